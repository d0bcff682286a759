import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CreateStaff, IdempotencyHeaders, IfMatchHeaders, Staff, StaffId, StaffListQuery, StaffPage, UpdateStaff, ref } from '@postcare/contracts'
import { ifMatchVersion, idempotentCreate, problemResponse, setEtag } from '@postcare/platform'
import Type from 'typebox'
import type { StaffService } from './staff.service.js'

const Params = Type.Object({ staffId: ref(StaffId) }, { additionalProperties: false })
const tags = ['staff']

export interface StaffRoutesOptions {
  staff: StaffService
  idempotencyRetentionHours: number
}

export const staffRoutes: FastifyPluginAsyncTypebox<StaffRoutesOptions> = async (app, { staff, idempotencyRetentionHours }) => {
  app.get('/v1/directory/staff', {
    config: { scope: 'directory:read' },
    schema: { operationId: 'listStaff', tags, summary: 'List staff', querystring: StaffListQuery, response: { 200: ref(StaffPage) } }
  }, async (req) => {
    const { limit = 50, cursor, ...filter } = req.query
    return staff.list(filter, limit, cursor)
  })

  app.post('/v1/directory/staff', {
    config: { scope: 'directory:write', network: true },
    schema: {
      operationId: 'createStaff', tags, summary: 'Add a member of staff', body: ref(CreateStaff), headers: IdempotencyHeaders,
      response: { 201: ref(Staff), 409: problemResponse('The staff id exists, or the key is in flight.'), 422: problemResponse('Unknown office, or the key was used for another request.') }
    }
  }, async (req, reply) =>
    idempotentCreate(app.db as Kysely<Database>, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const member = await staff.create(req.body, trx)
      return { statusCode: 201, body: member, headers: { location: `/v1/directory/staff/${member.id}`, etag: `"${member.version}"` } }
    }))

  app.get('/v1/directory/staff/:staffId', {
    config: { scope: 'directory:read' },
    schema: { operationId: 'getStaff', tags, summary: 'Get a member of staff', params: Params, response: { 200: ref(Staff) } }
  }, async (req, reply) => {
    const member = await staff.get(req.params.staffId)
    setEtag(reply, member.version)
    return member
  })

  app.patch('/v1/directory/staff/:staffId', {
    config: { scope: 'directory:write', network: true },
    schema: {
      operationId: 'updateStaff', tags, summary: 'Change a staff member\'s details, office or active flag', params: Params, body: ref(UpdateStaff), headers: IfMatchHeaders,
      response: { 200: ref(Staff), 412: problemResponse('Stale If-Match.'), 422: problemResponse('Unknown office.'), 428: problemResponse('If-Match missing.') }
    }
  }, async (req, reply) => {
    const member = await staff.update(req.params.staffId, ifMatchVersion(req)!, req.body)
    setEtag(reply, member.version)
    return member
  })
}
