import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CreateDistrict, District, DistrictCode, DistrictPage, IdempotencyHeaders, IfMatchHeaders, PageQuery, UpdateDistrict, ref } from '@postcare/contracts'
import { ifMatchVersion, idempotentCreate, problemResponse, setEtag } from '@postcare/platform'
import Type from 'typebox'
import type { DistrictsService } from './districts.service.js'

const Params = Type.Object({ code: ref(DistrictCode) }, { additionalProperties: false })
const tags = ['districts']

export interface DistrictRoutesOptions {
  districts: DistrictsService
  idempotencyRetentionHours: number
}

export const districtRoutes: FastifyPluginAsyncTypebox<DistrictRoutesOptions> = async (app, { districts, idempotencyRetentionHours }) => {
  app.get('/v1/directory/districts', {
    config: { scope: 'directory:read' },
    schema: { operationId: 'listDistricts', tags, summary: 'List districts', querystring: Type.Object({ ...PageQuery }, { additionalProperties: false }), response: { 200: ref(DistrictPage) } }
  }, async (req) => districts.list(req.query.limit ?? 50, req.query.cursor))

  app.post('/v1/directory/districts', {
    config: { scope: 'directory:write', network: true },
    schema: {
      operationId: 'createDistrict', tags, summary: 'Create a district', body: ref(CreateDistrict), headers: IdempotencyHeaders,
      response: { 201: ref(District), 409: problemResponse('The district exists, or the key is in flight.'), 422: problemResponse('The key was used for another request.') }
    }
  }, async (req, reply) =>
    idempotentCreate(app.db as Kysely<Database>, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const district = await districts.create(req.body, trx)
      return { statusCode: 201, body: district, headers: { location: `/v1/directory/districts/${district.code}`, etag: `"${district.version}"` } }
    }))

  app.get('/v1/directory/districts/:code', {
    config: { scope: 'directory:read' },
    schema: { operationId: 'getDistrict', tags, summary: 'Get a district', params: Params, response: { 200: ref(District) } }
  }, async (req, reply) => {
    const district = await districts.get(req.params.code)
    setEtag(reply, district.version)
    return district
  })

  app.patch('/v1/directory/districts/:code', {
    config: { scope: 'directory:write', network: true },
    schema: {
      operationId: 'updateDistrict', tags, summary: 'Rename a district or change its area', params: Params, body: ref(UpdateDistrict), headers: IfMatchHeaders,
      response: { 200: ref(District), 412: problemResponse('Stale If-Match.'), 428: problemResponse('If-Match missing.') }
    }
  }, async (req, reply) => {
    const district = await districts.update(req.params.code, ifMatchVersion(req)!, req.body)
    setEtag(reply, district.version)
    return district
  })
}
