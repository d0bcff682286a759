import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { AcceptContribution, Contribution, ContributionList, CreateContribution, IdempotencyHeaders, IfMatchHeaders, ReasonBody, Uuid, ref } from '@postcare/contracts'
import { idempotentCreate, ifMatchVersion, replayFinished, setEtag } from '@postcare/platform'
import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import Type from 'typebox'
import type { Database } from '../db/database.js'
import { MeetingParams, READ, WRITE, changeProblems, createProblems } from '../http.js'
import type { ContributionsService } from './contributions.service.js'

const tags = ['agenda']
const Params = Type.Object({ groupId: ref(Uuid), meetingId: ref(Uuid), contributionId: ref(Uuid) }, { additionalProperties: false })

export const contributionRoutes: FastifyPluginAsyncTypebox<{ contributions: ContributionsService; idempotencyRetentionHours: number }> = async (app, { contributions, idempotencyRetentionHours }) => {
  const db = app.db as Kysely<Database>
  const base = '/v1/liaison/groups/:groupId/meetings/:meetingId/contributions'

  app.post(base, {
    config: WRITE,
    schema: {
      operationId: 'createLiaisonContribution', tags, summary: 'Submit a member\'s contribution to the agenda',
      description: 'Until the meeting\'s `contributionsCloseAt` (409 LIAISON_CONTRIBUTIONS_CLOSED after), from a member whose term covers the meeting day.',
      params: MeetingParams, headers: IdempotencyHeaders, body: ref(CreateContribution), response: { 201: ref(Contribution), ...createProblems }
    }
  }, async (req, reply) => {
    const replayed = await replayFinished(db, req, reply)
    if (replayed) return replayed
    await contributions.check(req.body)
    return idempotentCreate(db, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const contribution = await contributions.create(trx, req.params.groupId, req.params.meetingId, req.body)
      return { statusCode: 201, body: contribution, headers: { location: `${req.url}/${contribution.id}`, etag: `"${contribution.version}"` } }
    })
  })

  app.get(base, {
    config: READ,
    schema: { operationId: 'listLiaisonContributions', tags, summary: 'The contributions to a meeting\'s agenda', params: MeetingParams, response: { 200: ref(ContributionList) } }
  }, async (req) => contributions.list(req.params.groupId, req.params.meetingId))

  app.get(`${base}/:contributionId`, {
    config: READ,
    schema: { operationId: 'getLiaisonContribution', tags, summary: 'Get a contribution', params: Params, response: { 200: ref(Contribution) } }
  }, async (req, reply) => {
    const contribution = await contributions.get(req.params.groupId, req.params.meetingId, req.params.contributionId)
    setEtag(reply, contribution.version)
    return contribution
  })

  app.post(`${base}/:contributionId/accept`, {
    config: WRITE,
    schema: {
      operationId: 'acceptLiaisonContribution', tags, summary: 'Put a contribution on the agenda', description: 'It becomes the last agenda item, presented by the member who contributed it. The body may be omitted.',
      params: Params, headers: IfMatchHeaders, body: ref(AcceptContribution), response: { 200: ref(Contribution), ...changeProblems }
    },
    preValidation: async (req: FastifyRequest) => { req.body ??= {} }
  }, async (req, reply) => {
    const version = ifMatchVersion(req)!
    const c = await db.transaction().execute((trx) => contributions.accept(trx, req.params.groupId, req.params.meetingId, req.params.contributionId, version, req.body.visibility))
    setEtag(reply, c.version)
    return c
  })

  app.post(`${base}/:contributionId/decline`, {
    config: WRITE,
    schema: {
      operationId: 'declineLiaisonContribution', tags, summary: 'Decline a contribution, saying why',
      params: Params, headers: IfMatchHeaders, body: ref(ReasonBody), response: { 200: ref(Contribution), ...changeProblems }
    }
  }, async (req, reply) => {
    const version = ifMatchVersion(req)!
    const c = await db.transaction().execute((trx) => contributions.decline(trx, req.params.groupId, req.params.meetingId, req.params.contributionId, version, req.body.reason))
    setEtag(reply, c.version)
    return c
  })
}
