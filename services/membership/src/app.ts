/**
 * Membership clubs for small businesses and online merchants (PostalPlus for SME, e-Club).
 * A running skeleton: platform, database, migrations and health. The domain arrives with the
 * membership issue.
 */
import { membershipSchemas } from '@postcare/contracts'
import { createServiceApp, type ServiceAppOptions } from '@postcare/platform'
import type { MembershipConfig } from './config.js'

export { migrations } from './db/migrations/index.js'

export const openapiInfo = {
  title: 'Postcare Membership API',
  description: 'Membership clubs for small businesses and online merchants: members, benefits, events and campaigns.',
  version: '0.1.0',
  tags: [{ name: 'membership', description: 'Clubs and their members' }]
}

export async function buildApp(config: MembershipConfig, deps: Pick<ServiceAppOptions, 'logStream' | 'database'> = {}) {
  return createServiceApp({ config, schemas: membershipSchemas, openapi: openapiInfo, ...deps })
}
