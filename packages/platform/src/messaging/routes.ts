/**
 * The same messages routes in every service that sends them, from one factory:
 *   GET  /v1/<service>/messages                         list (filters, cursor paging, counts by status)
 *   GET  /v1/<service>/messages/{messageId}             one message, with its ETag
 *   POST /v1/<service>/messages/{messageId}/retry       queue a failed message again (If-Match)
 * Network-wide operations: they show every office's messages. The recipient and the text are
 * masked without `personal-data:read` and audited with it, by the contract's marks (disclosure.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IfMatchHeaders, MessageListQuery, MessageParams, OutboxMessage, OutboxMessagePage, ref, type OutboxMessage as Message } from '@postcare/contracts'
import { sql, type Kysely, type Selectable } from 'kysely'
import { audit } from '../audit.js'
import { ERASED_TEXT } from '../disclosure.js'
import { defineErrors } from '../errors.js'
import { ifMatchVersion, preconditionFailed, setEtag } from '../etag.js'
import { problemResponse } from '../openapi.js'
import { decodeCursor, toPage } from '../pagination.js'
import { iso, isoOrNull } from '../records.js'
import { messageIdOf } from './dispatcher.js'
import type { PlatformTables } from '../platform-tables.js'
import type { OutboxMessageTable } from './outbox.js'

export const MessagingErrors = defineErrors({
  MESSAGE_NOT_FOUND: { status: 404, title: 'No such message' },
  MESSAGE_NOT_RETRYABLE: { status: 409, title: 'Only a failed message can be retried' }
})

export const messagesTag = { name: 'messages', description: 'Messages to people (e-mail, SMS, letters) and how their sending went' }

type Row = Selectable<OutboxMessageTable>

export function presentMessage(row: Row, messageIdDomain: string): Message {
  const erased = row.erasedAt !== null
  const address = row.recipient
  return {
    id: row.id,
    messageId: messageIdOf(row.id, messageIdDomain),
    kind: row.kind,
    channel: row.channel,
    status: row.status,
    language: row.language,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    to: {
      name: row.recipientName,
      email: row.channel === 'email' ? address : null,
      phone: row.channel === 'sms' ? address : null,
      postalAddress: row.channel === 'letter' ? address : null
    },
    subject: row.subject,
    text: row.bodyText,
    html: row.bodyHtml,
    personalData: erased ? 'erased' : 'full',
    dueAt: iso(row.dueAt),
    attempts: row.attempts,
    nextAttemptAt: isoOrNull(row.nextAttemptAt),
    lastError: row.lastError,
    deliveredTo: row.deliveredTo,
    sentAt: isoOrNull(row.sentAt),
    failedAt: isoOrNull(row.failedAt),
    cancelledAt: isoOrNull(row.cancelledAt),
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt)
  }
}

export interface MessageRoutesOptions {
  service: string
  messageIdDomain: string
  /** Reading messages: `<service>:read` by default; retrying them: `<service>:manage`. */
  scopes?: { read: string; manage: string }
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

export const messageRoutes: FastifyPluginAsyncTypebox<MessageRoutesOptions> = async (app, opts) => {
  const db = app.db as Kysely<PlatformTables>
  const { service, messageIdDomain } = opts
  const scopes = opts.scopes ?? { read: `${service}:read`, manage: `${service}:manage` }
  const Service = capitalised(service)
  const tags = [messagesTag.name]
  const present = (row: Row) => presentMessage(row, messageIdDomain)
  const load = async (id: string) => {
    const row = await db.selectFrom('outboxMessages').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw MessagingErrors.MESSAGE_NOT_FOUND(`No message ${id} in the ${service} service.`)
    return row
  }

  app.get(`/v1/${service}/messages`, {
    config: { scope: scopes.read, network: true },
    schema: {
      operationId: `list${Service}Messages`, tags, summary: `List the ${service} service's messages to people`,
      description: 'Newest first. `counts` gives how many match the other filters, by status. Recipients and text are masked without `personal-data:read`.',
      querystring: MessageListQuery,
      response: { 200: ref(OutboxMessagePage) }
    }
  }, async (req) => {
    const { status, channel, kind, subjectType, subjectId, limit = 50, cursor } = req.query
    const after = decodeCursor(cursor, ['instant', 'uuid'])
    let q = db.selectFrom('outboxMessages')
    if (channel) q = q.where('channel', '=', channel)
    if (kind) q = q.where('kind', '=', kind)
    if (subjectType) q = q.where('subjectType', '=', subjectType)
    if (subjectId) q = q.where('subjectId', '=', subjectId)
    let page = q.selectAll()
    if (status) page = page.where('status', '=', status)
    if (after) page = page.where(sql<boolean>`(created_at, id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`)
    const [rows, counted] = await Promise.all([
      page.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit + 1).execute(),
      q.select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute()
    ])
    const counts = { queued: 0, sent: 0, failed: 0, cancelled: 0 }
    for (const c of counted) counts[c.status] = Number(c.n)
    return { ...toPage(rows, limit, (r) => [iso(r.createdAt), r.id], present), counts }
  })

  app.get(`/v1/${service}/messages/:messageId`, {
    config: { scope: scopes.read, network: true },
    schema: {
      operationId: `get${Service}Message`, tags, summary: 'One message to a person, and how its sending went',
      params: MessageParams,
      response: { 200: ref(OutboxMessage) }
    }
  }, async (req, reply) => {
    const row = await load(req.params.messageId)
    setEtag(reply, row.version)
    return present(row)
  })

  app.post(`/v1/${service}/messages/:messageId/retry`, {
    config: { scope: scopes.manage, network: true },
    schema: {
      operationId: `retry${Service}Message`, tags, summary: 'Send a failed message again',
      description: 'Queues a `failed` message for sending now, with its attempts counted afresh. Not for a message whose recipient was erased.',
      params: MessageParams, headers: IfMatchHeaders,
      response: {
        200: ref(OutboxMessage),
        409: problemResponse('The message is not `failed` (or was erased); `allowed` names the commands that are.'),
        412: problemResponse('Stale If-Match: read the message again.'),
        428: problemResponse('If-Match missing.')
      }
    }
  }, async (req, reply) => {
    const expected = ifMatchVersion(req)!
    const row = await load(req.params.messageId)
    if (row.version !== expected) preconditionFailed(row.version)
    if (row.status !== 'failed' || row.erasedAt !== null || row.recipient === ERASED_TEXT) {
      throw MessagingErrors.MESSAGE_NOT_RETRYABLE(`This message is ${row.erasedAt ? 'erased' : row.status}.`, { allowed: [] })
    }
    // Sending again is an operator's decision about someone's personal data: it is audited.
    const updated = await db.transaction().execute(async (trx) => {
      const changed = await trx
        .updateTable('outboxMessages')
        .set({ status: 'queued', attempts: 0, nextAttemptAt: sql`now()`, failedAt: null, version: sql`version + 1`, updatedAt: sql`now()` })
        .where('id', '=', row.id)
        .where('version', '=', expected)
        .where('status', '=', 'failed')
        .returningAll()
        .executeTakeFirst()
      if (changed) await audit(trx, [{ caller: req.identity.sub, action: 'message.retry', subjectType: 'message', subjectId: row.id, requestId: String(req.id), details: { kind: row.kind, lastError: row.lastError } }])
      return changed
    })
    if (!updated) return preconditionFailed()
    setEtag(reply, updated.version)
    return present(updated)
  })
}
