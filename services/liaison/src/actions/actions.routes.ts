import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Action, ActionListQuery, ActionPage, ActionProgress, CreateAction, IdempotencyHeaders, IfMatchHeaders, Uuid, ref } from '@postcare/contracts'
import { idempotentCreate, ifMatchVersion, replayFinished, setEtag } from '@postcare/platform'
import type { Kysely } from 'kysely'
import Type from 'typebox'
import type { Database } from '../db/database.js'
import { GroupParams, MeetingParams, READ, WRITE, callerOf, changeProblems, createProblems } from '../http.js'
import type { ActionsService } from './actions.service.js'

const tags = ['actions']
const Params = Type.Object({ groupId: ref(Uuid), meetingId: ref(Uuid), actionId: ref(Uuid) }, { additionalProperties: false })
const { groupId: _groupId, ...groupFilters } = ActionListQuery.properties
const GroupActionQuery = Type.Object(groupFilters, { additionalProperties: false })

export const actionRoutes: FastifyPluginAsyncTypebox<{ actions: ActionsService; idempotencyRetentionHours: number }> = async (app, { actions, idempotencyRetentionHours }) => {
  const db = app.db as Kysely<Database>
  const base = '/v1/liaison/groups/:groupId/meetings/:meetingId/actions'

  app.post(base, {
    config: WRITE,
    schema: {
      operationId: 'createLiaisonAction', tags, summary: 'Record an action raised at a meeting',
      description: 'At a meeting that has been held. The owner is a directory staff member; while the action is open it is carried to the group\'s next meeting as a matter arising, and once overdue its owner is reminded (given `ownerEmail`).',
      params: MeetingParams, headers: IdempotencyHeaders, body: ref(CreateAction), response: { 201: ref(Action), ...createProblems }
    }
  }, async (req, reply) => {
    const replayed = await replayFinished(db, req, reply)
    if (replayed) return replayed
    const owner = await actions.check(req.body)
    return idempotentCreate(db, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const action = await actions.create(trx, req.params.groupId, req.params.meetingId, req.body, owner.name, callerOf(req))
      return { statusCode: 201, body: action, headers: { location: `${req.url}/${action.id}`, etag: `"${action.version}"` } }
    })
  })

  app.get(base, {
    config: READ,
    schema: { operationId: 'listLiaisonMeetingActions', tags, summary: 'The actions raised at a meeting', params: MeetingParams, querystring: GroupActionQuery, response: { 200: ref(ActionPage) } }
  }, async (req) => {
    const { limit = 50, cursor, ...filter } = req.query
    return actions.list({ ...filter, groupId: req.params.groupId, meetingId: req.params.meetingId }, limit, cursor)
  })

  app.get(`${base}/:actionId`, {
    config: READ,
    schema: { operationId: 'getLiaisonAction', tags, summary: 'Get an action with its progress', params: Params, response: { 200: ref(Action) } }
  }, async (req, reply) => {
    const action = await actions.get(req.params.groupId, req.params.meetingId, req.params.actionId)
    setEtag(reply, action.version)
    return action
  })

  app.post(`${base}/:actionId/progress`, {
    config: WRITE,
    schema: {
      operationId: 'recordLiaisonActionProgress', tags, summary: 'Record progress on an action, and change its status',
      params: Params, headers: IfMatchHeaders, body: ref(ActionProgress), response: { 200: ref(Action), ...changeProblems }
    }
  }, async (req, reply) => {
    const version = ifMatchVersion(req)!
    const action = await db.transaction().execute((trx) => actions.progress(trx, req.params.groupId, req.params.meetingId, req.params.actionId, version, req.body, callerOf(req)))
    setEtag(reply, action.version)
    return action
  })

  app.get('/v1/liaison/groups/:groupId/actions', {
    config: READ,
    schema: { operationId: 'listLiaisonGroupActions', tags, summary: 'The group\'s actions, from every meeting', params: GroupParams, querystring: GroupActionQuery, response: { 200: ref(ActionPage) } }
  }, async (req) => {
    const { limit = 50, cursor, ...filter } = req.query
    return actions.list({ ...filter, groupId: req.params.groupId }, limit, cursor)
  })

  app.get('/v1/liaison/actions', {
    config: READ,
    schema: {
      operationId: 'listLiaisonActions', tags, summary: 'Actions across every group; `overdue=true` for those past their due day',
      querystring: ActionListQuery, response: { 200: ref(ActionPage) }
    }
  }, async (req) => {
    const { limit = 50, cursor, ...filter } = req.query
    return actions.list(filter, limit, cursor)
  })
}
