/**
 * The feedback service: complaints, commendations and suggestions from every channel, their
 * handling against the service pledges, and the published figures made from them.
 */
import { feedbackSchemas } from '@postcare/contracts'
import { createServiceApp, httpDirectoryLookup, type DirectoryLookup, type ServiceAppOptions } from '@postcare/platform'
import type { FeedbackConfig } from './config.js'

export { migrations } from './db/migrations/index.js'

export type FeedbackDeps = Pick<ServiceAppOptions, 'logStream' | 'database'> & {
  /** Offices and staff; by default looked up through the gateway with the service's own key. */
  directory?: DirectoryLookup
}

export const openapiInfo = {
  title: 'Postcare Feedback API',
  description: 'Complaints, commendations and suggestions from every channel: intake, handling against the service pledges, case work, and the published statistics.',
  version: '1.0.0',
  tags: [
    { name: 'feedback', description: 'Feedback items and their workflow' },
    { name: 'categories', description: 'The feedback category taxonomy' },
    { name: 'statistics', description: 'Published figures' }
  ]
}

export async function buildApp(config: FeedbackConfig, deps: FeedbackDeps = {}) {
  const { directory: _directory = httpDirectoryLookup({ baseUrl: config.gatewayUrl, apiKey: config.apiKey ?? '' }), ...platformDeps } = deps
  const app = await createServiceApp({ config, schemas: feedbackSchemas, openapi: openapiInfo, ...platformDeps })
  return app
}
