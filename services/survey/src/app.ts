/**
 * The survey service: versioned questionnaires, responses from every channel, and the figures
 * made from them — satisfied shares with Wilson intervals, NPS, KCSI/ACSI-style indices and
 * service equity across region classes — plus the loop that turns a low score into a case.
 */
import { surveySchemas } from '@postcare/contracts'
import { createServiceApp, httpDirectoryLookup, type DirectoryLookup, type ServiceAppOptions } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { SurveyConfig } from './config.js'
import type { Database } from './db/database.js'
import { httpFeedbackClient, type FeedbackClient } from './follow-ups/feedback-client.js'
import { surveyRoutes } from './surveys/surveys.routes.js'
import { surveysService } from './surveys/surveys.service.js'

export { migrations } from './db/migrations/index.js'

export type SurveyDeps = Pick<ServiceAppOptions, 'logStream' | 'database'> & {
  /** Offices; by default looked up through the gateway with the service's own key. */
  directory?: DirectoryLookup
  /** Where follow-up cases are opened; by default the feedback service through the gateway. */
  feedback?: FeedbackClient
}

export const openapiInfo = {
  title: 'Postcare Survey API',
  description: 'Customer satisfaction surveys: versioned questionnaires in English, Traditional Chinese and Korean, responses from every channel, satisfied shares with Wilson intervals, NPS, KCSI- and ACSI-style indices, and service equity across region classes.',
  version: '1.0.0',
  tags: [
    { name: 'surveys', description: 'Survey definitions, their versions and status' },
    { name: 'responses', description: 'Responses and fieldwork imports' },
    { name: 'results', description: 'Results, trends, indices and service equity' },
    { name: 'invitations', description: 'Single-use invitations and the re-contact rule' },
    { name: 'follow-ups', description: 'Cases opened in the feedback service for low scores' }
  ]
}

export async function buildApp(config: SurveyConfig, deps: SurveyDeps = {}) {
  const {
    directory: _directory = httpDirectoryLookup({ baseUrl: config.gatewayUrl, apiKey: config.apiKey ?? '' }),
    feedback: _feedback = httpFeedbackClient({ gatewayUrl: config.gatewayUrl, apiKey: config.apiKey }),
    ...platformDeps
  } = deps
  const app = await createServiceApp({ config, schemas: surveySchemas, openapi: openapiInfo, ...platformDeps })
  const db = app.db as Kysely<Database>
  const retention = { idempotencyRetentionHours: config.idempotencyRetentionHours }
  const surveys = surveysService(db)
  await app.register(surveyRoutes, { surveys, ...retention })
  return app
}
