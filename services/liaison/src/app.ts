/**
 * Liaison groups where district councils, philatelists, account customers and the public meet
 * senior officials. A running skeleton: platform, database, migrations and health. The domain
 * arrives with the liaison issue.
 */
import { liaisonSchemas } from '@postcare/contracts'
import { createServiceApp, type ServiceAppOptions } from '@postcare/platform'
import type { LiaisonConfig } from './config.js'

export { migrations } from './db/migrations/index.js'

export const openapiInfo = {
  title: 'Postcare Liaison API',
  description: 'Customer and philately liaison groups: members, meetings chaired by senior officials, and actions arising.',
  version: '0.1.0',
  tags: [{ name: 'liaison', description: 'Liaison groups and their meetings' }]
}

export async function buildApp(config: LiaisonConfig, deps: Pick<ServiceAppOptions, 'logStream' | 'database'> = {}) {
  return createServiceApp({ config, schemas: liaisonSchemas, openapi: openapiInfo, ...deps })
}
