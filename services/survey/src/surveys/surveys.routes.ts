import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CreateSurvey, IdempotencyHeaders, IfMatchHeaders, Survey, SurveyDefinition, SurveyListQuery, SurveyPage, UpdateSurvey, Uuid, ref } from '@postcare/contracts'
import { idempotentCreate, ifMatchVersion, problemResponse, setEtag } from '@postcare/platform'
import type { Kysely } from 'kysely'
import Type from 'typebox'
import type { Database } from '../db/database.js'
import type { SurveyCommand, SurveysService } from './surveys.service.js'

const Params = Type.Object({ surveyId: ref(Uuid) }, { additionalProperties: false })
const VersionParams = Type.Object({ surveyId: ref(Uuid), version: Type.Integer({ minimum: 1, maximum: 100000 }) }, { additionalProperties: false })
const tags = ['surveys']

export interface SurveyRoutesOptions {
  surveys: SurveysService
  idempotencyRetentionHours: number
}

const commands: Array<{ verb: SurveyCommand; operationId: string; summary: string; conflict: string }> = [
  { verb: 'publish', operationId: 'publishSurvey', summary: 'Publish the draft definition as an immutable version', conflict: 'Nothing to publish, or the survey is closed.' },
  { verb: 'open', operationId: 'openSurvey', summary: 'Start accepting responses', conflict: 'Not draft or paused, or no version published yet.' },
  { verb: 'pause', operationId: 'pauseSurvey', summary: 'Stop accepting responses for now', conflict: 'The survey is not open.' },
  { verb: 'close', operationId: 'closeSurvey', summary: 'Stop accepting responses for good', conflict: 'The survey is not open or paused.' }
]

export const surveyRoutes: FastifyPluginAsyncTypebox<SurveyRoutesOptions> = async (app, { surveys, idempotencyRetentionHours }) => {
  const db = app.db as Kysely<Database>

  app.get('/v1/survey/surveys', {
    config: { scope: 'survey:read' },
    schema: { operationId: 'listSurveys', tags, summary: 'List surveys', querystring: SurveyListQuery, response: { 200: ref(SurveyPage) } }
  }, async (req) => surveys.list(req.query.status, req.query.limit ?? 50, req.query.cursor))

  app.post('/v1/survey/surveys', {
    config: { scope: 'survey:write', network: true },
    schema: {
      operationId: 'createSurvey', tags, summary: 'Create a survey (its first definition version is a draft)', body: ref(CreateSurvey), headers: IdempotencyHeaders,
      response: {
        201: ref(Survey),
        409: problemResponse('The key is in flight.'),
        422: problemResponse('The definition is inconsistent (`errors` names each question), or the key was used for another request.')
      }
    }
  }, async (req, reply) =>
    idempotentCreate(db, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const survey = await surveys.create(trx, req.body)
      return { statusCode: 201, body: survey, headers: { location: `/v1/survey/surveys/${survey.id}`, etag: `"${survey.version}"` } }
    }))

  app.get('/v1/survey/surveys/:surveyId', {
    config: { scope: 'survey:read' },
    schema: { operationId: 'getSurvey', tags, summary: 'Get a survey with its latest definition', params: Params, response: { 200: ref(Survey) } }
  }, async (req, reply) => {
    const survey = await surveys.get(req.params.surveyId)
    setEtag(reply, survey.version)
    return survey
  })

  app.patch('/v1/survey/surveys/:surveyId', {
    config: { scope: 'survey:write', network: true },
    schema: {
      operationId: 'updateSurvey', tags, summary: 'Change a survey (a changed definition after publishing becomes a new draft version)',
      params: Params, body: ref(UpdateSurvey), headers: IfMatchHeaders,
      response: {
        200: ref(Survey),
        409: problemResponse('The survey is closed.'),
        412: problemResponse('Stale If-Match.'),
        422: problemResponse('The definition is inconsistent; `errors` names each question.'),
        428: problemResponse('If-Match missing.')
      }
    }
  }, async (req, reply) => {
    const version = ifMatchVersion(req)!
    const survey = await db.transaction().execute((trx) => surveys.update(trx, req.params.surveyId, version, req.body))
    setEtag(reply, survey.version)
    return survey
  })

  for (const c of commands) {
    app.post(`/v1/survey/surveys/:surveyId/${c.verb}`, {
      config: { scope: 'survey:write', network: true },
      schema: {
        operationId: c.operationId, tags, summary: c.summary, params: Params, headers: IfMatchHeaders,
        response: {
          200: ref(Survey),
          409: problemResponse(`${c.conflict} \`allowed\` names the commands possible now.`),
          412: problemResponse('Stale If-Match.'),
          428: problemResponse('If-Match missing.')
        }
      }
    }, async (req, reply) => {
      const version = ifMatchVersion(req)!
      const survey = await db.transaction().execute((trx) => surveys.command(trx, req.params.surveyId, version, c.verb))
      setEtag(reply, survey.version)
      return survey
    })
  }

  app.get('/v1/survey/surveys/:surveyId/definition', {
    config: { scope: 'survey:read' },
    schema: {
      operationId: 'getSurveyDefinition', tags, summary: 'The latest published definition, to render the survey offline', params: Params,
      response: { 200: ref(SurveyDefinition) }
    }
  }, async (req, reply) => {
    const def = await surveys.definition(req.params.surveyId)
    setEtag(reply, def.version)
    return def
  })

  app.get('/v1/survey/surveys/:surveyId/versions/:version', {
    config: { scope: 'survey:read' },
    schema: {
      operationId: 'getSurveyVersion', tags, summary: 'One published (immutable) version of a survey\'s definition', params: VersionParams,
      response: { 200: ref(SurveyDefinition) }
    }
  }, async (req, reply) => {
    const def = await surveys.definition(req.params.surveyId, req.params.version)
    // Published versions never change, so terminals may keep them as long as they like.
    reply.header('cache-control', 'private, max-age=31536000, immutable')
    setEtag(reply, def.version)
    return def
  })
}
