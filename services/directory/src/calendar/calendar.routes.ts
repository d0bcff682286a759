/**
 * The operator's calendar as reference data: public holidays and service suspensions. Every
 * service's pledge clocks read them (through the gateway, cached), so writes are network-wide
 * (`directory:write`, refused to office-bound callers) and reads need only `directory:read`.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  CancelServiceSuspension, CreatePublicHoliday, CreateServiceSuspension, IdempotencyHeaders, IfMatchHeaders, PublicHoliday, PublicHolidayListQuery, PublicHolidayPage,
  ServiceSuspension, ServiceSuspensionListQuery, ServiceSuspensionPage, Uuid, ref
} from '@postcare/contracts'
import { ifMatchVersion, idempotentCreate, problemResponse, setEtag } from '@postcare/platform'
import type { Kysely } from 'kysely'
import Type from 'typebox'
import type { Database } from '../db/database.js'
import type { HolidaysService } from './holidays.service.js'
import type { SuspensionsService } from './suspensions.service.js'

const HolidayParams = Type.Object({ holidayId: ref(Uuid) }, { additionalProperties: false })
const SuspensionParams = Type.Object({ suspensionId: ref(Uuid) }, { additionalProperties: false })
const tags = ['calendar']

export interface CalendarRoutesOptions {
  holidays: HolidaysService
  suspensions: SuspensionsService
  idempotencyRetentionHours: number
}

export const calendarRoutes: FastifyPluginAsyncTypebox<CalendarRoutesOptions> = async (app, { holidays, suspensions, idempotencyRetentionHours }) => {
  const db = app.db as Kysely<Database>

  app.get('/v1/directory/calendar/holidays', {
    config: { scope: 'directory:read' },
    schema: {
      operationId: 'listPublicHolidays', tags, summary: 'List public holidays',
      description: 'In date order; `year` for one calendar year, `status` `active` (default), `retired` or `all`. Pledge clocks skip active holidays.',
      querystring: PublicHolidayListQuery, response: { 200: ref(PublicHolidayPage) }
    }
  }, async (req) => {
    const { limit = 50, cursor, ...filter } = req.query
    return holidays.list(filter, limit, cursor)
  })

  app.post('/v1/directory/calendar/holidays', {
    config: { scope: 'directory:write', network: true },
    schema: {
      operationId: 'createPublicHoliday', tags, summary: 'Declare a public holiday', body: ref(CreatePublicHoliday), headers: IdempotencyHeaders,
      description: 'Pledge clocks in every service stop on it from the next time they read the calendar (within a minute).',
      response: { 201: ref(PublicHoliday), 409: problemResponse('The date is already an active holiday (`DIRECTORY_HOLIDAY_EXISTS`), or the key is in flight.'), 422: problemResponse('The key was used for another request.') }
    }
  }, async (req, reply) =>
    idempotentCreate(db, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const holiday = await holidays.create(req.body, trx)
      return { statusCode: 201, body: holiday, headers: { location: `/v1/directory/calendar/holidays/${holiday.id}`, etag: `"${holiday.version}"` } }
    }))

  app.get('/v1/directory/calendar/holidays/:holidayId', {
    config: { scope: 'directory:read' },
    schema: { operationId: 'getPublicHoliday', tags, summary: 'Get a public holiday', params: HolidayParams, response: { 200: ref(PublicHoliday), 404: problemResponse('No such holiday.') } }
  }, async (req, reply) => {
    const holiday = await holidays.get(req.params.holidayId)
    setEtag(reply, holiday.version)
    return holiday
  })

  app.post('/v1/directory/calendar/holidays/:holidayId/retire', {
    config: { scope: 'directory:write', network: true },
    schema: {
      operationId: 'retirePublicHoliday', tags, summary: 'Retire a public holiday (declared in error, or moved)', params: HolidayParams, headers: IfMatchHeaders,
      description: 'The day is a working day again for deadlines computed from now on; deadlines already set stay as they were. The holiday stays listed with `status=retired`.',
      response: { 200: ref(PublicHoliday), 404: problemResponse('No such holiday.'), 409: problemResponse('Already retired.'), 412: problemResponse('Stale If-Match.'), 428: problemResponse('If-Match missing.') }
    }
  }, async (req, reply) => {
    const holiday = await holidays.retire(req.params.holidayId, ifMatchVersion(req)!)
    setEtag(reply, holiday.version)
    return holiday
  })

  app.get('/v1/directory/calendar/suspensions', {
    config: { scope: 'directory:read' },
    schema: {
      operationId: 'listServiceSuspensions', tags, summary: 'List service suspensions',
      description: 'In order of their first day; `year` for those with a day in one calendar year, `status` `active` (default), `cancelled` or `all`.',
      querystring: ServiceSuspensionListQuery, response: { 200: ref(ServiceSuspensionPage) }
    }
  }, async (req) => {
    const { limit = 50, cursor, ...filter } = req.query
    return suspensions.list(filter, limit, cursor)
  })

  app.post('/v1/directory/calendar/suspensions', {
    config: { scope: 'directory:write', network: true },
    schema: {
      operationId: 'createServiceSuspension', tags, summary: 'Declare a service suspension (typhoon signal 8, black rainstorm, office closure)', body: ref(CreateServiceSuspension), headers: IdempotencyHeaders,
      description: 'Whole days, `from` to `to` inclusive. Pledge clocks of items at the offices named, in the districts named, or everywhere when neither is named, do not count these days.',
      response: {
        201: ref(ServiceSuspension),
        409: problemResponse('The key is in flight.'),
        422: problemResponse('`to` before `from` or too far after it (`DIRECTORY_INVALID_SUSPENSION`), an unknown district or office (each named), or the key was used for another request.')
      }
    }
  }, async (req, reply) =>
    idempotentCreate(db, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const suspension = await suspensions.create(req.body, trx)
      return { statusCode: 201, body: suspension, headers: { location: `/v1/directory/calendar/suspensions/${suspension.id}`, etag: `"${suspension.version}"` } }
    }))

  app.get('/v1/directory/calendar/suspensions/:suspensionId', {
    config: { scope: 'directory:read' },
    schema: { operationId: 'getServiceSuspension', tags, summary: 'Get a service suspension', params: SuspensionParams, response: { 200: ref(ServiceSuspension), 404: problemResponse('No such suspension.') } }
  }, async (req, reply) => {
    const suspension = await suspensions.get(req.params.suspensionId)
    setEtag(reply, suspension.version)
    return suspension
  })

  app.post('/v1/directory/calendar/suspensions/:suspensionId/cancel', {
    config: { scope: 'directory:write', network: true },
    schema: {
      operationId: 'cancelServiceSuspension', tags, summary: 'Cancel a service suspension declared in error', params: SuspensionParams, body: ref(CancelServiceSuspension), headers: IfMatchHeaders,
      description: 'Its days are working days again for deadlines computed from now on; deadlines already set stay as they were.',
      response: { 200: ref(ServiceSuspension), 404: problemResponse('No such suspension.'), 409: problemResponse('Already cancelled.'), 412: problemResponse('Stale If-Match.'), 428: problemResponse('If-Match missing.') }
    }
  }, async (req, reply) => {
    const suspension = await suspensions.cancel(req.params.suspensionId, ifMatchVersion(req)!, req.body.reason)
    setEtag(reply, suspension.version)
    return suspension
  })
}
