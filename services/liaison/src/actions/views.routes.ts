import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CreateView, IdempotencyHeaders, IfMatchHeaders, PageQuery, RespondToView, Uuid, View, ViewListQuery, ViewPage, ref } from '@postcare/contracts'
import { idempotentCreate, ifMatchVersion, replayFinished, setEtag } from '@postcare/platform'
import type { Kysely } from 'kysely'
import Type from 'typebox'
import type { Database } from '../db/database.js'
import { MeetingParams, READ, WRITE, changeProblems, createProblems } from '../http.js'
import type { ViewsService } from './views.service.js'

const tags = ['views']
const Params = Type.Object({ groupId: ref(Uuid), meetingId: ref(Uuid), viewId: ref(Uuid) }, { additionalProperties: false })
const MeetingViewsQuery = Type.Object({ ...PageQuery }, { additionalProperties: false })

export const viewRoutes: FastifyPluginAsyncTypebox<{ views: ViewsService; idempotencyRetentionHours: number }> = async (app, { views, idempotencyRetentionHours }) => {
  const db = app.db as Kysely<Database>
  const base = '/v1/liaison/groups/:groupId/meetings/:meetingId/views'

  app.post(base, {
    config: WRITE,
    schema: {
      operationId: 'createLiaisonView', tags, summary: 'Record a view raised at a meeting, with its feedback category',
      params: MeetingParams, headers: IdempotencyHeaders, body: ref(CreateView), response: { 201: ref(View), ...createProblems }
    }
  }, async (req, reply) => {
    const replayed = await replayFinished(db, req, reply)
    if (replayed) return replayed
    await views.check(req.body)
    return idempotentCreate(db, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const view = await views.create(trx, req.params.groupId, req.params.meetingId, req.body)
      return { statusCode: 201, body: view, headers: { location: `${req.url}/${view.id}`, etag: `"${view.version}"` } }
    })
  })

  app.get(base, {
    config: READ,
    schema: { operationId: 'listLiaisonMeetingViews', tags, summary: 'The views raised at a meeting', params: MeetingParams, querystring: MeetingViewsQuery, response: { 200: ref(ViewPage) } }
  }, async (req) => views.forMeeting(req.params.groupId, req.params.meetingId, req.query.limit ?? 50, req.query.cursor))

  app.get(`${base}/:viewId`, {
    config: READ,
    schema: { operationId: 'getLiaisonView', tags, summary: 'Get a view and what was done about it', params: Params, response: { 200: ref(View) } }
  }, async (req, reply) => {
    const view = await views.get(req.params.groupId, req.params.meetingId, req.params.viewId)
    setEtag(reply, view.version)
    return view
  })

  app.post(`${base}/:viewId/respond`, {
    config: WRITE,
    schema: {
      operationId: 'respondToLiaisonView', tags, summary: 'Record what was done about a view ("we did")', description: 'Again to change the answer.',
      params: Params, headers: IfMatchHeaders, body: ref(RespondToView), response: { 200: ref(View), ...changeProblems }
    }
  }, async (req, reply) => {
    const version = ifMatchVersion(req)!
    const view = await db.transaction().execute((trx) => views.respond(trx, req.params.groupId, req.params.meetingId, req.params.viewId, version, req.body.response))
    setEtag(reply, view.version)
    return view
  })

  app.get('/v1/liaison/views', {
    config: READ,
    schema: {
      operationId: 'listLiaisonViews', tags, summary: 'The "you said, we did" register: views raised at every meeting and what was done',
      description: 'Newest first; by group, feedback category (to read beside complaints), whether answered, and the local days they were raised.',
      querystring: ViewListQuery, response: { 200: ref(ViewPage) }
    }
  }, async (req) => {
    const { limit = 50, cursor, ...filter } = req.query
    return views.list(filter, limit, cursor)
  })
}
