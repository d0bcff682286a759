import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  IdempotencyHeaders, ImportSurveyResponses, ImportedSurveyResponses, SubmitSurveyResponse, SurveyResponse, SurveyResponseListQuery, SurveyResponsePage, Uuid, ref
} from '@postcare/contracts'
import { idempotentCreate, problemResponse, replayFinished } from '@postcare/platform'
import type { Kysely } from 'kysely'
import Type from 'typebox'
import type { Database } from '../db/database.js'
import type { FollowUpsService } from '../follow-ups/follow-ups.service.js'
import type { ResponsesService } from './responses.service.js'

const Params = Type.Object({ surveyId: ref(Uuid) }, { additionalProperties: false })
const ResponseParams = Type.Object({ surveyId: ref(Uuid), responseId: ref(Uuid) }, { additionalProperties: false })
const tags = ['responses']

export interface ResponseRoutesOptions {
  responses: ResponsesService
  followUps: FollowUpsService
  idempotencyRetentionHours: number
}

export const responseRoutes: FastifyPluginAsyncTypebox<ResponseRoutesOptions> = async (app, { responses, followUps, idempotencyRetentionHours }) => {
  const db = app.db as Kysely<Database>
  const retention = { retentionHours: idempotencyRetentionHours }

  /** Opens the cases of new low scores right after the reply; the sweep catches what fails. */
  function dispatchSoon(ids: string[]) {
    if (ids.length === 0) return
    setImmediate(() => {
      followUps.dispatch(ids).catch((err: unknown) => app.log.warn({ err }, 'follow-up dispatch failed; the sweep will retry'))
    })
  }

  app.post('/v1/survey/surveys/:surveyId/responses', {
    config: { scope: 'survey:write' },
    schema: {
      operationId: 'submitSurveyResponse', tags, summary: 'Record one response',
      description:
        'Answers are checked against the published version (`surveyVersion`, default the latest): an unknown question, a wrong type or an out-of-range value is 422 `SURVEY_INVALID_ANSWERS` with `errors` naming each question. The office is checked in the directory and its district and region class are recorded with the response. A low score (see the survey\'s `followUp`) from a respondent who consented opens one feedback case; `followUp.status` is `pending` until it has. Send an Idempotency-Key: a retry with the same key and body replays the first response.',
      params: Params, headers: IdempotencyHeaders, body: ref(SubmitSurveyResponse),
      response: {
        201: ref(SurveyResponse),
        403: problemResponse('A counter terminal\'s key may record responses only for its own office.'),
        404: problemResponse('No such survey.'),
        409: problemResponse('The survey is not open (`SURVEY_NOT_ACCEPTING_RESPONSES`), or the key is in flight.'),
        422: problemResponse('Answers, office, channel, language or invitation do not fit the survey; `errors` names each field and question.'),
        503: problemResponse('The directory could not be reached to check the office; retry.')
      }
    }
  }, async (req, reply) => {
    // A retry of a finished submission is answered before the checks: the survey may have closed since.
    const replayed = await replayFinished(db, req, reply)
    if (replayed) return replayed
    const prepared = await responses.prepareOne(req.params.surveyId, req.body, req.identity)
    const sent = await idempotentCreate(db, req, reply, retention, async (trx) => {
      await responses.write(trx, req.params.surveyId, prepared, 'single')
      const body = await responses.get(req.params.surveyId, prepared[0]!.row.id, trx)
      return { statusCode: 201, body, headers: { location: `/v1/survey/surveys/${req.params.surveyId}/responses/${body.id}` } }
    })
    dispatchSoon(prepared.filter((p) => p.followUp).map((p) => p.row.id))
    return sent
  })

  app.post('/v1/survey/surveys/:surveyId/responses/import', {
    config: { scope: 'survey:write' },
    schema: {
      operationId: 'importSurveyResponses', tags, summary: 'Import fieldwork responses (all or none)',
      description:
        'Up to 1,000 responses in one request, checked as one by one submissions are; if any is invalid none is recorded and `errors` lists every problem (`body/responses/{i}/...`). Accepted while the survey is open, paused or closed (fieldwork is often entered after it closes), with `respondedAt` inside its open and close dates.',
      params: Params, headers: IdempotencyHeaders, body: ref(ImportSurveyResponses),
      response: {
        201: ref(ImportedSurveyResponses),
        404: problemResponse('No such survey.'),
        409: problemResponse('Nothing is published yet, or the key is in flight.'),
        413: problemResponse('The body is larger than the limit (4 MiB by default).'),
        422: problemResponse('Some responses do not fit the survey; `errors` names each.'),
        503: problemResponse('The directory could not be reached; retry.')
      }
    }
  }, async (req, reply) => {
    const replayed = await replayFinished(db, req, reply)
    if (replayed) return replayed
    const prepared = await responses.prepareImport(req.params.surveyId, req.body.responses)
    const sent = await idempotentCreate(db, req, reply, retention, async (trx) => {
      await responses.write(trx, req.params.surveyId, prepared, 'import')
      return { statusCode: 201, body: { imported: prepared.length, ids: prepared.map((p) => p.row.id) }, records: prepared.map((p) => p.row.id) }
    })
    dispatchSoon(prepared.filter((p) => p.followUp).map((p) => p.row.id))
    return sent
  })

  app.get('/v1/survey/surveys/:surveyId/responses', {
    config: { scope: 'survey:read' },
    schema: {
      operationId: 'listSurveyResponses', tags, summary: 'List responses, oldest first', params: Params, querystring: SurveyResponseListQuery,
      description: 'A counter terminal (a key bound to a post office) sees only the responses recorded for its own office.',
      response: { 200: ref(SurveyResponsePage), 404: problemResponse('No such survey.') }
    }
  }, async (req) => responses.list(req.params.surveyId, { channel: req.query.channel, officeCode: req.query.officeCode, visibleTo: req.identity.office }, req.query.limit ?? 50, req.query.cursor))

  app.get('/v1/survey/surveys/:surveyId/responses/:responseId', {
    config: { scope: 'survey:read' },
    schema: {
      operationId: 'getSurveyResponse', tags, summary: 'Get one response with its follow-up case', params: ResponseParams,
      description: 'To a counter terminal (a key bound to a post office), a response of another office is 404, as if it did not exist.',
      response: { 200: ref(SurveyResponse), 404: problemResponse('No such survey or response.') }
    }
  }, async (req) => responses.get(req.params.surveyId, req.params.responseId, undefined, req.identity.office))
}
