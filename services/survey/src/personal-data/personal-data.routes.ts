import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { EraseSurveyResponsePersonalData, EraseSurveySubject, SurveyResponse, SurveyRetentionRun, SurveySubjectErasure, Uuid, ref } from '@postcare/contracts'
import { problemResponse } from '@postcare/platform'
import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import Type from 'typebox'
import type { Database } from '../db/database.js'
import type { PersonalDataService, Requester } from './personal-data.service.js'

const ResponseParams = Type.Object({ surveyId: ref(Uuid), responseId: ref(Uuid) }, { additionalProperties: false })
const tags = ['personal-data']

/**
 * Erasure and retention are the data protection officer's, network-wide: the routes are
 * `network`, so a key bound to a post office (a counter terminal) is refused even with the scope.
 */
function requester(req: FastifyRequest): Requester {
  return { sub: req.identity.sub, requestId: String(req.id) }
}

const inFlight = problemResponse('A feedback case is being opened for this response right now (`SURVEY_FOLLOW_UP_IN_FLIGHT`); retry shortly, so the erasure can name it.')
const officeBound = problemResponse('A counter terminal (a key bound to a post office) may not erase or run retention.')

export const personalDataRoutes: FastifyPluginAsyncTypebox<{ personalData: PersonalDataService }> = async (app, { personalData }) => {
  const db = app.db as Kysely<Database>

  app.post('/v1/survey/surveys/:surveyId/responses/:responseId/erase-personal-data', {
    config: { scope: 'survey:manage', network: true },
    schema: {
      operationId: 'eraseSurveyResponsePersonalData', tags, summary: 'Erase the respondent\'s personal data from one response now',
      description:
        'For an erasure request naming a response: the contact name, phone and e-mail are removed for good, free-text answers become `[erased]`, a pending follow-up is `cancelled`, and the stored answer an Idempotency-Key replays is erased too (a retried submission replays the erased response; it is not recorded again). Ratings and choices stay, so results do not change. `contact_consent` is kept as what the respondent agreed to. A feedback case the response already opened (`followUp.caseReference`) holds the same contact details: erase it with `eraseFeedbackPersonalData`. Answers the response as it now reads (`personalData: erased`); repeating the request answers the same. Each request is written to the audit log with its `reason`.',
      params: ResponseParams, body: ref(EraseSurveyResponsePersonalData),
      response: { 200: ref(SurveyResponse), 403: officeBound, 404: problemResponse('No such survey or response (`SURVEY_RESPONSE_NOT_FOUND`).'), 409: inFlight }
    }
  }, async (req) => db.transaction().execute((trx) => personalData.eraseResponse(trx, req.params.surveyId, req.params.responseId, req.body.reason, requester(req))))

  app.post('/v1/survey/personal-data/erase', {
    config: { scope: 'survey:manage', network: true },
    schema: {
      operationId: 'eraseSurveySubjectPersonalData', tags, summary: 'Erase everything kept about a person, found by e-mail or phone',
      description:
        'For an erasure request from a person, who knows their contact details but not response ids. Every response in every survey whose contact e-mail (case-insensitively) or phone (by its digits) matches, and every response to an invitation sent to that contact, is erased as `eraseSurveyResponsePersonalData` does; the invitations lose their contact hash, so the re-contact rule no longer recognises the person. One transaction: all of it or nothing. `followUpCases` lists the feedback cases to erase there. The e-mail and phone are neither stored nor logged.',
      body: ref(EraseSurveySubject),
      response: { 200: ref(SurveySubjectErasure), 403: officeBound, 409: inFlight, 422: problemResponse('Neither `email` nor `phone` was given (`SURVEY_INVALID_ERASURE_REQUEST`).') }
    }
  }, async (req) => db.transaction().execute((trx) => personalData.eraseSubject(trx, req.body, requester(req))))

  app.post('/v1/survey/retention/run', {
    config: { scope: 'survey:manage', network: true },
    schema: {
      operationId: 'runSurveyRetention', tags, summary: 'Anonymise responses past the contact retention period now',
      description:
        'Erases, as `eraseSurveyResponsePersonalData` does, every response whose contact details were given (`respondedAt`) more than `SURVEY_CONTACT_RETENTION_DAYS` ago, and removes the contact hash of invitations older than both that and `SURVEY_RECONTACT_DAYS`. The service also does this by itself every `SURVEY_RETENTION_SWEEP_MINUTES`; this runs it at once. Safe to repeat.',
      response: { 200: ref(SurveyRetentionRun), 403: officeBound }
    }
  }, async (req) => {
    requester(req)
    return personalData.sweepRetention()
  })
}
