import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Agenda, AgendaItem, CreateAgendaItem, CreateDeclaration, Declaration, IdempotencyHeaders, IfMatchHeaders, UpdateAgendaItem, ref } from '@postcare/contracts'
import { idempotentCreate, ifMatchVersion, replayFinished, setEtag } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { ItemParams, MeetingParams, READ, WRITE, changeProblems, createProblems } from '../http.js'
import type { AgendaService } from './agenda.service.js'

const tags = ['agenda']

export const agendaRoutes: FastifyPluginAsyncTypebox<{ agenda: AgendaService; idempotencyRetentionHours: number }> = async (app, { agenda, idempotencyRetentionHours }) => {
  const db = app.db as Kysely<Database>
  const base = '/v1/liaison/groups/:groupId/meetings/:meetingId/agenda-items'

  app.post(base, {
    config: WRITE,
    schema: {
      operationId: 'createLiaisonAgendaItem', tags, summary: 'Add an item to the agenda',
      description: 'While the meeting is scheduled or postponed. The category must be one of feedback\'s live categories. `position` puts it there and moves the later items down.',
      params: MeetingParams, headers: IdempotencyHeaders, body: ref(CreateAgendaItem), response: { 201: ref(AgendaItem), ...createProblems }
    }
  }, async (req, reply) => {
    const replayed = await replayFinished(db, req, reply)
    if (replayed) return replayed
    const checked = await agenda.check(req.body)
    return idempotentCreate(db, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const item = await agenda.create(trx, req.params.groupId, req.params.meetingId, req.body, checked)
      return { statusCode: 201, body: item, headers: { location: `${req.url}/${item.id}`, etag: `"${item.version}"` } }
    })
  })

  app.get(base, {
    config: READ,
    schema: {
      operationId: 'getLiaisonAgenda', tags, summary: 'The agenda: its items in order, and the matters arising',
      description: 'Matters arising are the group\'s actions raised at earlier meetings and still open, carried automatically (fixed once the meeting is held).',
      params: MeetingParams, response: { 200: ref(Agenda) }
    }
  }, async (req) => agenda.agenda(req.params.groupId, req.params.meetingId))

  app.get(`${base}/:itemId`, {
    config: READ,
    schema: { operationId: 'getLiaisonAgendaItem', tags, summary: 'Get an agenda item with its papers and declarations of interest', params: ItemParams, response: { 200: ref(AgendaItem) } }
  }, async (req, reply) => {
    const item = await agenda.getItem(req.params.groupId, req.params.meetingId, req.params.itemId)
    setEtag(reply, item.version)
    return item
  })

  app.patch(`${base}/:itemId`, {
    config: WRITE,
    schema: {
      operationId: 'updateLiaisonAgendaItem', tags, summary: 'Change an item: title, category, place, or whether it is public',
      description: 'Visibility may change at any time: an item made confidential leaves the public record at once, one made public joins it. The rest only while the agenda is open.',
      params: ItemParams, headers: IfMatchHeaders, body: ref(UpdateAgendaItem), response: { 200: ref(AgendaItem), ...changeProblems }
    }
  }, async (req, reply) => {
    const version = ifMatchVersion(req)!
    // What needs feedback is asked before the transaction, which then holds no connection waiting on it.
    if (req.body.category) await agenda.check({ category: req.body.category })
    const item = await db.transaction().execute((trx) => agenda.update(trx, req.params.groupId, req.params.meetingId, req.params.itemId, version, req.body))
    setEtag(reply, item.version)
    return item
  })

  app.post(`${base}/:itemId/declarations`, {
    config: WRITE,
    schema: {
      operationId: 'createLiaisonDeclaration', tags, summary: 'Record a member\'s declaration of interest in an item',
      params: ItemParams, headers: IdempotencyHeaders, body: ref(CreateDeclaration), response: { 201: ref(Declaration), ...createProblems }
    }
  }, async (req, reply) =>
    idempotentCreate(db, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const declaration = await agenda.declare(trx, req.params.groupId, req.params.meetingId, req.params.itemId, req.body)
      return { statusCode: 201, body: declaration }
    }))
}
