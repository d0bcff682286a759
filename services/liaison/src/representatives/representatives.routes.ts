import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CreateRepresentative, IdempotencyHeaders, IfMatchHeaders, Representative, RepresentativeListQuery, RepresentativePage, TermsEndingQuery, UpdateRepresentative, Uuid, ref } from '@postcare/contracts'
import { idempotentCreate, ifMatchVersion, problemResponse, replayFinished, setEtag } from '@postcare/platform'
import type { Kysely } from 'kysely'
import Type from 'typebox'
import type { Database } from '../db/database.js'
import { GroupParams, READ, WRITE, callerOf, changeProblems, createProblems } from '../http.js'
import type { ErasureService } from './erasure.js'
import type { RepresentativesService } from './representatives.service.js'

const tags = ['representatives']
const Params = Type.Object({ groupId: ref(Uuid), representativeId: ref(Uuid) }, { additionalProperties: false })

export interface RepresentativeRoutesOptions {
  representatives: RepresentativesService
  erasure: ErasureService
  idempotencyRetentionHours: number
}

export const representativeRoutes: FastifyPluginAsyncTypebox<RepresentativeRoutesOptions> = async (app, { representatives, erasure, idempotencyRetentionHours }) => {
  const db = app.db as Kysely<Database>

  app.post('/v1/liaison/groups/:groupId/representatives', {
    config: WRITE,
    schema: {
      operationId: 'createLiaisonRepresentative', tags, summary: 'Appoint a representative for a term',
      description: 'An official (chair, secretary, senior official) is a directory staff member, named by the directory. Anyone else gives a name; their contact details are personal data. A member in a seat position speaks for a constituency the group has seats for.',
      params: GroupParams, headers: IdempotencyHeaders, body: ref(CreateRepresentative), response: { 201: ref(Representative), ...createProblems }
    }
  }, async (req, reply) => {
    const replayed = await replayFinished(db, req, reply)
    if (replayed) return replayed
    const checked = await representatives.check(req.params.groupId, req.body)
    return idempotentCreate(db, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const rep = await representatives.create(trx, req.params.groupId, req.body, checked)
      return { statusCode: 201, body: rep, headers: { location: `/v1/liaison/groups/${rep.groupId}/representatives/${rep.id}`, etag: `"${rep.version}"` } }
    })
  })

  app.get('/v1/liaison/groups/:groupId/representatives', {
    config: READ,
    schema: { operationId: 'listLiaisonRepresentatives', tags, summary: 'The group\'s representatives, past and present', params: GroupParams, querystring: RepresentativeListQuery, response: { 200: ref(RepresentativePage) } }
  }, async (req) => representatives.list(req.params.groupId, req.query.current, req.query.limit ?? 50, req.query.cursor))

  app.get('/v1/liaison/groups/:groupId/representatives/:representativeId', {
    config: READ,
    schema: { operationId: 'getLiaisonRepresentative', tags, summary: 'Get a representative', params: Params, response: { 200: ref(Representative) } }
  }, async (req, reply) => {
    const rep = await representatives.get(req.params.groupId, req.params.representativeId)
    setEtag(reply, rep.version)
    return rep
  })

  app.patch('/v1/liaison/groups/:groupId/representatives/:representativeId', {
    config: WRITE,
    schema: {
      operationId: 'updateLiaisonRepresentative', tags, summary: 'Change a representative\'s position, contact details, consent or term end',
      params: Params, headers: IfMatchHeaders, body: ref(UpdateRepresentative), response: { 200: ref(Representative), ...changeProblems }
    }
  }, async (req, reply) => {
    const version = ifMatchVersion(req)!
    const rep = await db.transaction().execute((trx) => representatives.update(trx, req.params.groupId, req.params.representativeId, version, req.body))
    setEtag(reply, rep.version)
    return rep
  })

  app.post('/v1/liaison/groups/:groupId/representatives/:representativeId/erase', {
    config: { scope: 'liaison:manage', network: true },
    schema: {
      operationId: 'eraseLiaisonRepresentative', tags, summary: 'Erase a representative\'s personal data',
      description: 'The name becomes `[erased]` (the minutes name the constituency instead), e-mail and phone go, the messages they were sent are blanked. Constituency, position and term stay, so past quorums and figures do not change. Audited. Erasing again answers the erased record.',
      params: Params, headers: IfMatchHeaders,
      response: { 200: ref(Representative), 412: problemResponse('Stale If-Match.'), 428: problemResponse('If-Match missing.') }
    }
  }, async (req, reply) => {
    const version = ifMatchVersion(req)!
    const rep = await db.transaction().execute((trx) => erasure.erase(trx, req.params.groupId, req.params.representativeId, version, { caller: callerOf(req).id, requestId: String(req.id) }))
    setEtag(reply, rep.version)
    return rep
  })

  app.get('/v1/liaison/representatives', {
    config: READ,
    schema: {
      operationId: 'listLiaisonTermsEnding', tags, summary: 'Current terms ending soon, across every group',
      description: 'Representatives whose term covers today and ends within `termEndsWithinDays` local days, soonest first: the appointments to renew or fill.',
      querystring: TermsEndingQuery, response: { 200: ref(RepresentativePage) }
    }
  }, async (req) => representatives.termsEnding(req.query.termEndsWithinDays ?? 30, req.query.groupId, req.query.limit ?? 50, req.query.cursor))
}
