import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CoverageListQuery, CreateLiaisonGroup, GroupCoverage, GroupCoveragePage, IdempotencyHeaders, IfMatchHeaders, LiaisonGroup, LiaisonGroupListQuery, LiaisonGroupPage, UpdateLiaisonGroup, ref } from '@postcare/contracts'
import { idempotentCreate, ifMatchVersion, replayFinished, setEtag } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { GroupParams, READ, WRITE, changeProblems, createProblems } from '../http.js'
import type { GroupsService } from './groups.service.js'

const tags = ['groups']

export const groupRoutes: FastifyPluginAsyncTypebox<{ groups: GroupsService; idempotencyRetentionHours: number }> = async (app, { groups, idempotencyRetentionHours }) => {
  const db = app.db as Kysely<Database>

  app.post('/v1/liaison/groups', {
    config: WRITE,
    schema: {
      operationId: 'createLiaisonGroup', tags, summary: 'Set up a liaison group',
      description: 'A Customer Liaison Group names the directory districts it covers; the Philately Liaison Group covers the whole territory (no districts). Seats per constituency, the quorum rule and the meeting frequency target are stated here.',
      headers: IdempotencyHeaders, body: ref(CreateLiaisonGroup), response: { 201: ref(LiaisonGroup), ...createProblems }
    }
  }, async (req, reply) => {
    const replayed = await replayFinished(db, req, reply)
    if (replayed) return replayed
    await groups.check(req.body)
    return idempotentCreate(db, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const group = await groups.create(trx, req.body)
      return { statusCode: 201, body: group, headers: { location: `/v1/liaison/groups/${group.id}`, etag: `"${group.version}"` } }
    })
  })

  app.get('/v1/liaison/groups', {
    config: READ,
    schema: { operationId: 'listLiaisonGroups', tags, summary: 'List liaison groups', querystring: LiaisonGroupListQuery, response: { 200: ref(LiaisonGroupPage) } }
  }, async (req) => {
    const { limit = 50, cursor, ...filter } = req.query
    return groups.list(filter, limit, cursor)
  })

  app.get('/v1/liaison/groups/:groupId', {
    config: READ,
    schema: { operationId: 'getLiaisonGroup', tags, summary: 'Get a liaison group', params: GroupParams, response: { 200: ref(LiaisonGroup) } }
  }, async (req, reply) => {
    const group = await groups.get(req.params.groupId)
    setEtag(reply, group.version)
    return group
  })

  app.patch('/v1/liaison/groups/:groupId', {
    config: WRITE,
    schema: {
      operationId: 'updateLiaisonGroup', tags, summary: 'Change a group\'s terms, seats, quorum rule or targets',
      description: 'A meeting already held keeps the quorum rule it was held under.',
      params: GroupParams, headers: IfMatchHeaders, body: ref(UpdateLiaisonGroup), response: { 200: ref(LiaisonGroup), ...changeProblems }
    }
  }, async (req, reply) => {
    const version = ifMatchVersion(req)!
    await groups.checkUpdate(req.params.groupId, req.body)
    const group = await db.transaction().execute((trx) => groups.update(trx, req.params.groupId, version, req.body))
    setEtag(reply, group.version)
    return group
  })

  app.get('/v1/liaison/groups/:groupId/coverage', {
    config: READ,
    schema: {
      operationId: 'getLiaisonGroupCoverage', tags, summary: 'Seats filled and vacant, and constituencies without a current member',
      description: 'As of today (local). A group with a vacant seat or an unrepresented constituency is `flagged`.',
      params: GroupParams, response: { 200: ref(GroupCoverage) }
    }
  }, async (req) => groups.coverage(req.params.groupId))

  app.get('/v1/liaison/coverage', {
    config: READ,
    schema: {
      operationId: 'listLiaisonCoverage', tags, summary: 'Every group\'s seats today; `flagged=true` for the groups with a vacancy or an unrepresented constituency',
      querystring: CoverageListQuery, response: { 200: ref(GroupCoveragePage) }
    }
  }, async (req) => groups.coverageList(req.query.flagged, req.query.limit ?? 50, req.query.cursor))
}
