/**
 * The directory: districts, post offices and staff. Reference data that every other service
 * validates office codes and staff ids against, and splits its figures by.
 */
import { calendarSchemas, directorySchemas } from '@postcare/contracts'
import { createServiceApp, type ServiceAppOptions } from '@postcare/platform'
import type { Kysely } from 'kysely'
import { calendarRoutes } from './calendar/calendar.routes.js'
import { holidaysService } from './calendar/holidays.service.js'
import { suspensionsService } from './calendar/suspensions.service.js'
import type { DirectoryConfig } from './config.js'
import type { Database } from './db/database.js'
import { districtRoutes } from './districts/districts.routes.js'
import { districtsService } from './districts/districts.service.js'
import { officeRoutes } from './offices/offices.routes.js'
import { officesService } from './offices/offices.service.js'
import { staffRoutes } from './staff/staff.routes.js'
import { staffService } from './staff/staff.service.js'

export { migrations } from './db/migrations/index.js'

export type DirectoryDeps = Pick<ServiceAppOptions, 'logStream' | 'database'>

export const openapiInfo = {
  title: 'Postcare Directory API',
  description: 'Districts, post offices (with their region class), staff, and the calendar of public holidays and service suspensions: the reference data every Postcare figure and pledge clock depends on.',
  version: '1.0.0',
  tags: [
    { name: 'districts', description: 'Districts of the postal network' },
    { name: 'offices', description: 'Post offices, their district and region class' },
    { name: 'staff', description: 'Staff and the office they work at' },
    { name: 'calendar', description: 'Public holidays and service suspensions: the days pledge clocks do not count' }
  ]
}

export async function buildApp(config: DirectoryConfig, deps: DirectoryDeps = {}) {
  const app = await createServiceApp({ config, schemas: [...directorySchemas, ...calendarSchemas], openapi: openapiInfo, ...deps })
  const db = app.db as Kysely<Database>
  const retention = { idempotencyRetentionHours: config.idempotencyRetentionHours }
  await app.register(districtRoutes, { districts: districtsService(db), ...retention })
  await app.register(officeRoutes, { offices: officesService(db), ...retention })
  await app.register(staffRoutes, { staff: staffService(db), ...retention })
  await app.register(calendarRoutes, { holidays: holidaysService(db), suspensions: suspensionsService(db), ...retention })
  return app
}
