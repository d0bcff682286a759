import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CreateObjection, IdempotencyHeaders, IfMatchHeaders, Minutes, Objection, UpdateMinutes, ref } from '@postcare/contracts'
import { idempotentCreate, ifMatchVersion, setEtag } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { MeetingParams, READ, WRITE, changeProblems, createProblems } from '../http.js'
import type { MinutesService } from './minutes.service.js'

const tags = ['minutes']

export const minutesRoutes: FastifyPluginAsyncTypebox<{ minutes: MinutesService; idempotencyRetentionHours: number }> = async (app, { minutes, idempotencyRetentionHours }) => {
  const db = app.db as Kysely<Database>
  const url = '/v1/liaison/groups/:groupId/meetings/:meetingId/minutes'

  app.get(url, {
    config: READ,
    schema: { operationId: 'getLiaisonMinutes', tags, summary: 'The minutes of a meeting, per agenda item, with any objections', params: MeetingParams, response: { 200: ref(Minutes) } }
  }, async (req, reply) => {
    const m = await minutes.get(req.params.groupId, req.params.meetingId)
    setEtag(reply, m.version)
    return m
  })

  app.put(url, {
    config: WRITE,
    schema: {
      operationId: 'saveLiaisonMinutes', tags, summary: 'Save the minutes as they now read',
      description: 'With If-Match: of two secretaries saving from the same version, one succeeds and the other gets 412 and must read again. Once the meeting is held and until the minutes are confirmed; the first save makes the meeting `minutes_drafted`; saving circulated minutes takes them back to draft.',
      params: MeetingParams, headers: IfMatchHeaders, body: ref(UpdateMinutes), response: { 200: ref(Minutes), ...changeProblems }
    }
  }, async (req, reply) => {
    const version = ifMatchVersion(req)!
    const m = await db.transaction().execute((trx) => minutes.save(trx, req.params.groupId, req.params.meetingId, version, req.body))
    setEtag(reply, m.version)
    return m
  })

  app.post(`${url}/objections`, {
    config: WRITE,
    schema: {
      operationId: 'createLiaisonObjection', tags, summary: 'Record a member\'s objection to circulated minutes',
      description: 'Within the objection window (409 LIAISON_OBJECTION_WINDOW otherwise); the minutes go back to draft, to be corrected and circulated again.',
      params: MeetingParams, headers: IdempotencyHeaders, body: ref(CreateObjection), response: { 201: ref(Objection), ...createProblems }
    }
  }, async (req, reply) =>
    idempotentCreate(db, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => ({ statusCode: 201, body: await minutes.object(trx, req.params.groupId, req.params.meetingId, req.body) })))
}
