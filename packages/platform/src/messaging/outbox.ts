/**
 * The transactional outbox (the platform's table `outbox_messages`, in every service schema).
 * A service never names the table: it calls
 *  - enqueue / enqueueMany in the transaction of the change that causes the message: rendered
 *    there from the service's templates, so a rolled-back change leaves nothing to send and a
 *    committed one is sent even if the process dies right after the commit;
 *  - cancelMessages when what a queued message says no longer holds (a reminder for a survey
 *    already answered);
 *  - eraseMessages in an erasure or retention run, by the records the messages concern: queued
 *    ones are cancelled, and the recipient and text of every one are blanked.
 */
import type { ColumnType, Generated, Kysely } from 'kysely'
import { sql } from 'kysely'
import type { MessageChannel } from '@postcare/contracts'
import { ERASED_TEXT } from '../disclosure.js'
import type { TemplateDefinition, Templates, VariableValue } from './templates.js'

type Instant = ColumnType<Date, Date | string | undefined, Date | string | null>
type NullableInstant = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>

export interface OutboxMessageTable {
  id: Generated<string>
  kind: string
  channel: MessageChannel
  language: string
  recipient: string
  recipientName: string | null
  subjectType: string
  subjectId: string
  subject: string
  bodyText: string
  bodyHtml: string | null
  status: ColumnType<'queued' | 'sent' | 'failed' | 'cancelled', 'queued' | undefined, 'queued' | 'sent' | 'failed' | 'cancelled'>
  dueAt: Instant
  nextAttemptAt: NullableInstant
  attempts: Generated<number>
  claimedUntil: NullableInstant
  claimToken: string | null
  lastError: string | null
  deliveredTo: string | null
  sentAt: NullableInstant
  failedAt: NullableInstant
  cancelledAt: NullableInstant
  erasedAt: NullableInstant
  version: Generated<number>
  createdAt: Instant
  updatedAt: Instant
}

export type Recipient =
  | { channel: 'email'; email: string; name?: string | null }
  | { channel: 'sms'; phone: string }
  | { channel: 'letter'; name: string; postalAddress: string }

export interface MessageInput<T extends Record<string, TemplateDefinition>, K extends keyof T & string> {
  kind: K
  to: Recipient
  /** The recipient's language (BCP 47); the template's en variant when it has none for it. */
  language: string
  variables: Record<T[K]['variables'][number], VariableValue>
  /** The record the message concerns, for erasure and for `GET .../messages?subjectType=&subjectId=`. */
  subjectType: string
  subjectId: string
  /** Not before this (a reminder); now by default. */
  dueAt?: Date
}

export class InvalidMessageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InvalidMessageError'
  }
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/
const PHONE = /^\+?[0-9][0-9 ()-]{5,24}$/
const SUBJECT_TYPE = /^[a-z][a-z0-9_]{0,59}$/
const SUBJECT_ID = /^[A-Za-z0-9._:-]{1,100}$/

function recipientColumns(to: Recipient): { recipient: string; recipientName: string | null } {
  switch (to.channel) {
    case 'email':
      if (typeof to.email !== 'string' || to.email.length > 254 || !EMAIL.test(to.email)) throw new InvalidMessageError('to.email is not an e-mail address')
      return { recipient: to.email, recipientName: to.name?.trim() || null }
    case 'sms':
      if (typeof to.phone !== 'string' || !PHONE.test(to.phone)) throw new InvalidMessageError('to.phone is not a phone number')
      return { recipient: to.phone, recipientName: null }
    case 'letter':
      if (!to.name?.trim() || !to.postalAddress?.trim() || to.postalAddress.length > 500) throw new InvalidMessageError('a letter needs a name and a postal address of at most 500 characters')
      return { recipient: to.postalAddress.trim(), recipientName: to.name.trim() }
    default:
      throw new InvalidMessageError(`no channel ${JSON.stringify((to as { channel?: unknown }).channel)}`)
  }
}

/**
 * Writes messages in `trx`, the transaction of the change that causes them, rendered now. Throws
 * (and so fails that transaction) on a template error or a recipient that cannot be addressed.
 */
export async function enqueueMany<T extends Record<string, TemplateDefinition>, K extends keyof T & string>(
  trx: Kysely<any>,
  templates: Templates<T>,
  messages: ReadonlyArray<MessageInput<T, K>>
): Promise<Array<{ id: string }>> {
  if (!trx.isTransaction) throw new Error('enqueue must run in the transaction of the change that causes the message')
  const rows = messages.map((m) => {
    if (!SUBJECT_TYPE.test(m.subjectType) || !SUBJECT_ID.test(m.subjectId)) throw new InvalidMessageError('subjectType is a snake_case word and subjectId an id of at most 100 characters')
    const r = templates.render(m.kind, m.language, m.variables)
    const due = m.dueAt ?? null
    return {
      kind: m.kind,
      channel: m.to.channel,
      language: r.language,
      ...recipientColumns(m.to),
      subjectType: m.subjectType,
      subjectId: m.subjectId,
      subject: r.subject,
      bodyText: m.to.channel === 'sms' ? r.sms : r.text,
      bodyHtml: m.to.channel === 'sms' ? null : r.html,
      dueAt: due ?? sql<Date>`now()`,
      nextAttemptAt: due ?? sql<Date>`now()`
    }
  })
  const out: Array<{ id: string }> = []
  for (let i = 0; i < rows.length; i += 1000) {
    out.push(...(await trx.insertInto('outboxMessages').values(rows.slice(i, i + 1000)).returning('id').execute()))
  }
  return out
}

export async function enqueue<T extends Record<string, TemplateDefinition>, K extends keyof T & string>(trx: Kysely<any>, templates: Templates<T>, message: MessageInput<T, K>): Promise<{ id: string }> {
  const [row] = await enqueueMany(trx, templates, [message])
  return row!
}

export interface MessageSubjects {
  subjectType: string
  subjectIds: readonly string[]
  /** Only messages of these kinds (all by default). */
  kinds?: readonly string[]
}

/** Cancels the queued messages about these records; returns how many. */
export async function cancelMessages(db: Kysely<any>, about: MessageSubjects): Promise<number> {
  if (about.subjectIds.length === 0) return 0
  let q = db
    .updateTable('outboxMessages')
    .set({ status: 'cancelled', cancelledAt: sql`now()`, nextAttemptAt: null, claimedUntil: null, claimToken: null, version: sql`version + 1`, updatedAt: sql`now()` })
    .where('subjectType', '=', about.subjectType)
    .where('subjectId', 'in', [...about.subjectIds])
    .where('status', '=', 'queued')
  if (about.kinds) q = q.where('kind', 'in', about.kinds.length ? [...about.kinds] : [''])
  const res = await q.executeTakeFirst()
  return Number(res.numUpdatedRows)
}

/**
 * For an erasure or a retention run: the messages about these records keep what they were (kind,
 * channel, status, times) but lose who they were for and what they said; queued ones are
 * cancelled first. Run it in the erasure's transaction.
 */
export async function eraseMessages(db: Kysely<any>, about: Omit<MessageSubjects, 'kinds'>): Promise<{ cancelled: number; erased: number }> {
  if (about.subjectIds.length === 0) return { cancelled: 0, erased: 0 }
  const cancelled = await cancelMessages(db, about)
  const res = await db
    .updateTable('outboxMessages')
    .set({
      recipient: ERASED_TEXT,
      recipientName: sql`case when recipient_name is null then null else ${ERASED_TEXT} end`,
      subject: ERASED_TEXT,
      bodyText: ERASED_TEXT,
      bodyHtml: sql`case when body_html is null then null else ${ERASED_TEXT} end`,
      erasedAt: sql`now()`,
      version: sql`version + 1`,
      updatedAt: sql`now()`
    })
    .where('subjectType', '=', about.subjectType)
    .where('subjectId', 'in', [...about.subjectIds])
    .where('erasedAt', 'is', null)
    .executeTakeFirst()
  return { cancelled, erased: Number(res.numUpdatedRows) }
}
