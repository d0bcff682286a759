/**
 * The survey service: versioned questionnaires, responses from every channel, and the figures
 * made from them — satisfied shares with Wilson intervals, NPS, KCSI/ACSI-style indices and
 * service equity across region classes — plus the loop that turns a low score into a case.
 *
 * Who owns a transaction: the route, as in every service. A request that writes runs in exactly
 * one transaction, opened where the request is handled — by the platform's `idempotentCreate`
 * for a create (the Idempotency-Key is claimed in the same transaction as the write) and by
 * `db.transaction()` for every other write. Service methods that write take that transaction
 * (`Transaction<Database>`) as their first argument and never open one; reads use `db`. Work that
 * answers no request (the retention sweep, follow-up dispatch) owns its transactions.
 */
import { surveySchemas } from '@postcare/contracts'
import { createServiceApp, httpDirectoryLookup, type DirectoryLookup, type ServiceAppOptions } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { SurveyConfig } from './config.js'
import type { Database } from './db/database.js'
import { httpFeedbackClient, type FeedbackClient } from './follow-ups/feedback-client.js'
import { followUpRoutes } from './follow-ups/follow-ups.routes.js'
import { followUpsService } from './follow-ups/follow-ups.service.js'
import { invitationRoutes } from './invitations/invitations.routes.js'
import { invitationsService } from './invitations/invitations.service.js'
import { personalDataRoutes } from './personal-data/personal-data.routes.js'
import { personalDataService } from './personal-data/personal-data.service.js'
import { resultRoutes } from './results/results.routes.js'
import { resultsService } from './results/results.service.js'
import { responseRoutes } from './responses/responses.routes.js'
import { responsesService } from './responses/responses.service.js'
import { surveyRoutes } from './surveys/surveys.routes.js'
import { surveysService } from './surveys/surveys.service.js'

export { migrations } from './db/migrations/index.js'

export type SurveyDeps = Pick<ServiceAppOptions, 'logStream' | 'database'> & {
  /** Offices; by default looked up through the gateway with the service's own key. */
  directory?: DirectoryLookup
  /** Where follow-up cases are opened; by default the feedback service through the gateway. */
  feedback?: FeedbackClient
  /** The service's clock: response times, the retention sweep, erasure times and follow-up retries (tests move it). */
  now?: () => Date
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
    { name: 'follow-ups', description: 'Cases opened in the feedback service for low scores' },
    { name: 'personal-data', description: 'Erasure of respondents\' personal data, on request and by the contact retention period' }
  ]
}

export async function buildApp(config: SurveyConfig, deps: SurveyDeps = {}) {
  const {
    directory = httpDirectoryLookup({ baseUrl: config.gatewayUrl, apiKey: config.apiKey ?? '' }),
    feedback = httpFeedbackClient({ gatewayUrl: config.gatewayUrl, apiKey: config.apiKey }),
    now = () => new Date(),
    ...platformDeps
  } = deps
  const app = await createServiceApp({ config, schemas: surveySchemas, openapi: openapiInfo, ...platformDeps })
  const db = app.db as Kysely<Database>
  const retention = { idempotencyRetentionHours: config.idempotencyRetentionHours }
  const surveys = surveysService(db)
  const followUps = followUpsService(db, feedback, app.log, { maxAttempts: config.followUpMaxAttempts, giveUpHours: config.followUpGiveUpHours, now })
  const responses = responsesService(db, config, directory, now)
  const personalData = personalDataService(db, config, responses, now)
  await app.register(surveyRoutes, { surveys, ...retention })
  await app.register(responseRoutes, { responses, followUps, ...retention })
  await app.register(followUpRoutes, { followUps })
  await app.register(resultRoutes, { results: resultsService(db, config) })
  await app.register(invitationRoutes, { invitations: invitationsService(db, config, directory), ...retention })
  await app.register(personalDataRoutes, { personalData })

  // Follow-ups the feedback service did not accept are retried on this timer by every replica
  // (claims keep them from working on the same one), each once its back-off has passed.
  const sweep = setInterval(() => {
    followUps.dispatch(undefined, { dueOnly: true }).catch((err: unknown) => app.log.warn({ err }, 'follow-up sweep failed'))
  }, config.followUpRetrySeconds * 1000)
  sweep.unref()
  // Contact retention is kept by the service itself; replicas sweeping at once skip each other's rows.
  const retentionSweep = setInterval(() => {
    personalData.sweepRetention().catch((err: unknown) => app.log.warn({ err }, 'contact retention sweep failed'))
  }, config.retentionSweepMinutes * 60_000)
  retentionSweep.unref()
  app.addHook('onClose', async () => {
    clearInterval(sweep)
    clearInterval(retentionSweep)
  })
  return app
}
