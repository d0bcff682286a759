import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CloseOffice, CreateOffice, IdempotencyHeaders, IfMatchHeaders, Office, OfficeCode, OfficeListQuery, OfficePage, UpdateOffice, ref } from '@postcare/contracts'
import { ifMatchVersion, idempotentCreate, problemResponse, setEtag } from '@postcare/platform'
import Type from 'typebox'
import type { OfficesService } from './offices.service.js'

const Params = Type.Object({ code: ref(OfficeCode) }, { additionalProperties: false })
const tags = ['offices']

export interface OfficeRoutesOptions {
  offices: OfficesService
  idempotencyRetentionHours: number
}

export const officeRoutes: FastifyPluginAsyncTypebox<OfficeRoutesOptions> = async (app, { offices, idempotencyRetentionHours }) => {
  app.get('/v1/directory/offices', {
    config: { scope: 'directory:read' },
    schema: { operationId: 'listOffices', tags, summary: 'List post offices', querystring: OfficeListQuery, response: { 200: ref(OfficePage) } }
  }, async (req) => {
    const { limit = 50, cursor, ...filter } = req.query
    return offices.list(filter, limit, cursor)
  })

  app.post('/v1/directory/offices', {
    config: { scope: 'directory:write', network: true },
    schema: {
      operationId: 'createOffice', tags, summary: 'Open a new post office', body: ref(CreateOffice),
      headers: IdempotencyHeaders,
      response: { 201: ref(Office), 409: problemResponse('An office with this code exists, or the key is in flight.'), 422: problemResponse('Unknown district, or the key was used for another request.') }
    }
  }, async (req, reply) => {
    return idempotentCreate(app.db as Kysely<Database>, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const office = await offices.create(req.body, trx)
      return { statusCode: 201, body: office, headers: { location: `/v1/directory/offices/${office.code}`, etag: `"${office.version}"` } }
    })
  })

  app.get('/v1/directory/offices/:code', {
    config: { scope: 'directory:read' },
    schema: { operationId: 'getOffice', tags, summary: 'Get a post office', params: Params, response: { 200: ref(Office) } }
  }, async (req, reply) => {
    const office = await offices.get(req.params.code)
    setEtag(reply, office.version)
    return office
  })

  app.patch('/v1/directory/offices/:code', {
    config: { scope: 'directory:write', network: true },
    schema: {
      operationId: 'updateOffice', tags, summary: 'Change an office\'s details', params: Params, body: ref(UpdateOffice),
      headers: IfMatchHeaders,
      response: { 200: ref(Office), 412: problemResponse('Stale If-Match.'), 428: problemResponse('If-Match missing.') }
    }
  }, async (req, reply) => {
    const office = await offices.update(req.params.code, ifMatchVersion(req)!, req.body)
    setEtag(reply, office.version)
    return office
  })

  app.post('/v1/directory/offices/:code/close', {
    config: { scope: 'directory:write', network: true },
    schema: {
      operationId: 'closeOffice', tags, summary: 'Close a post office', params: Params, body: ref(CloseOffice),
      headers: IfMatchHeaders,
      response: { 200: ref(Office), 409: problemResponse('Already closed; `allowed` names what is possible.'), 412: problemResponse('Stale If-Match.'), 428: problemResponse('If-Match missing.') }
    }
  }, async (req, reply) => {
    const office = await offices.transition(req.params.code, ifMatchVersion(req)!, 'close', req.body.closedOn)
    setEtag(reply, office.version)
    return office
  })

  app.post('/v1/directory/offices/:code/reopen', {
    config: { scope: 'directory:write', network: true },
    schema: {
      operationId: 'reopenOffice', tags, summary: 'Reopen a closed post office', params: Params,
      headers: IfMatchHeaders,
      response: { 200: ref(Office), 409: problemResponse('Not closed; `allowed` names what is possible.'), 412: problemResponse('Stale If-Match.'), 428: problemResponse('If-Match missing.') }
    }
  }, async (req, reply) => {
    const office = await offices.transition(req.params.code, ifMatchVersion(req)!, 'reopen')
    setEtag(reply, office.version)
    return office
  })
}
