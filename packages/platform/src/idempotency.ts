/**
 * Idempotency-Key on creates (after Stripe and the IETF draft). The key is claimed in the same
 * transaction as the write: a transaction-scoped advisory lock on (caller, key) serialises
 * duplicates, the stored response is written before commit, so either both the record and the
 * key exist or neither does.
 *  - same key, same request   → the first response is replayed (`Idempotent-Replayed: true`)
 *  - same key, other request  → 422 IDEMPOTENCY_KEY_REUSED
 *  - duplicate while in flight → 409 IDEMPOTENCY_KEY_IN_FLIGHT (the lock is held)
 *  - a request that fails (validation, domain error) leaves no key behind
 *  - a replay is sent like any answer, so it is masked or audited on the way out (disclosure.ts)
 *  - each stored answer names the records it shows (`records`), so an erasure can rewrite the
 *    answers holding a person's data (`rewriteStoredResponses`) through an index
 * Keys are per caller and expire after the retention period.
 */
import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { type ColumnType, type Kysely, type RawBuilder, type Transaction, sql } from 'kysely'
import { PlatformErrors } from './errors.js'

export const IDEMPOTENCY_HEADER = 'idempotency-key'

export interface IdempotencyKeyTable {
  caller: string
  key: string
  requestHash: string
  responseStatus: number
  responseBody: unknown
  responseHeaders: unknown
  /** Ids of the records the stored answer shows. */
  records: ColumnType<string[], string[] | undefined, string[]>
  createdAt: ColumnType<Date, Date | string | undefined, never>
  expiresAt: ColumnType<Date, Date | string | RawBuilder<Date>, Date | string>
}
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/

export interface StoredResponse<T = unknown> {
  statusCode: number
  body: T
  headers?: Record<string, string>
  /** The records the answer shows (default: the body's `id`), for erasure to find it. */
  records?: string[]
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value as object).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
  }
  return value
}

export function requestFingerprint(request: FastifyRequest): string {
  return createHash('sha256')
    .update(request.method)
    .update('\0')
    .update(request.routeOptions.url ?? '')
    .update('\0')
    .update(JSON.stringify(canonical(request.params ?? {})))
    .update('\0')
    .update(JSON.stringify(canonical(request.body ?? null)))
    .digest('base64url')
}

export function readIdempotencyKey(request: FastifyRequest): string | undefined {
  const raw = request.headers[IDEMPOTENCY_HEADER]
  if (raw === undefined) return undefined
  if (typeof raw !== 'string' || !KEY_PATTERN.test(raw)) {
    throw PlatformErrors.INVALID_IDEMPOTENCY_KEY('Idempotency-Key must be 1 to 255 visible ASCII characters.')
  }
  return raw
}

/**
 * Stored in place of a request's fingerprint when an erasure removes the personal data the request
 * held: the fingerprint is a plain hash of the body, and a body with a phone number in it can be
 * found again by trying numbers. An erased key replays its (erased) response to any retry, since
 * the request it answered can no longer be told from another.
 */
export const ERASED_FINGERPRINT = 'erased'

const sameRequest = (stored: string, fingerprint: string) => stored === fingerprint || stored === ERASED_FINGERPRINT

export interface IdempotencyOptions {
  retentionHours: number
}

/**
 * Runs `work` in a transaction, guarded by the request's Idempotency-Key when it has one, and
 * sends the response (first or replayed).
 */
export async function idempotentCreate<DB, T>(
  database: Kysely<DB>,
  request: FastifyRequest,
  reply: FastifyReply,
  options: IdempotencyOptions,
  work: (trx: Transaction<DB>) => Promise<StoredResponse<T>>
): Promise<FastifyReply> {
  const db = database as unknown as Kysely<any>
  const key = readIdempotencyKey(request)
  const caller = request.identity?.sub ?? 'anonymous'
  const result = await db.transaction().execute(async (trx) => {
    if (key === undefined) return { response: await work(trx), replayed: false }
    const fingerprint = requestFingerprint(request)
    // A space separates caller and key (keys are visible ASCII, so it cannot occur in one); a NUL
    // byte would be refused by PostgreSQL as text.
    const locked = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(hashtextextended(${caller + ' ' + key}, 0)) as locked`.execute(trx)
    if (!locked.rows[0]?.locked) {
      throw PlatformErrors.IDEMPOTENCY_KEY_IN_FLIGHT('Wait for the first request with this key to finish, then retry.')
    }
    const existing = await trx
      .selectFrom('idempotencyKeys')
      .select([...storedColumns, 'expiresAt'])
      .where('caller', '=', caller)
      .where('key', '=', key)
      .executeTakeFirst()
    if (existing && new Date(existing.expiresAt).getTime() > Date.now()) {
      return { response: replayOf<T>(existing, fingerprint), replayed: true }
    }
    if (existing) await trx.deleteFrom('idempotencyKeys').where('caller', '=', caller).where('key', '=', key).execute()
    const response = await work(trx)
    await trx
      .insertInto('idempotencyKeys')
      .values({
        caller,
        key,
        requestHash: fingerprint,
        responseStatus: response.statusCode,
        responseBody: JSON.stringify(response.body ?? null),
        responseHeaders: JSON.stringify(response.headers ?? {}),
        records: response.records ?? recordOf(response.body),
        expiresAt: sql`now() + make_interval(hours => ${options.retentionHours})`
      })
      .execute()
    return { response, replayed: false }
  })
  return sendStored(reply, result.response, result.replayed)
}

function recordOf(body: unknown): string[] {
  const id = (body as { id?: unknown } | null)?.id
  return typeof id === 'string' || typeof id === 'number' ? [String(id)] : []
}

/**
 * The stored answer is read as text: it is replayed as it was first sent, and the database layer
 * camel-cases every key it reads, nested JSON included, which turned a survey's segment shares
 * (`general_public`) into keys its schema refuses: every replay of such a create was a 500.
 */
const storedColumns = [
  'requestHash',
  'responseStatus',
  sql<string>`response_body::text`.as('responseBody'),
  sql<string>`response_headers::text`.as('responseHeaders')
] as const

interface StoredRow {
  requestHash: string
  responseStatus: number
  responseBody: string
  responseHeaders: string
}

/** The stored answer to replay for a request with `fingerprint`; the same key with another request is 422. */
function replayOf<T>(row: StoredRow, fingerprint: string): StoredResponse<T> {
  if (!sameRequest(row.requestHash, fingerprint)) throw PlatformErrors.IDEMPOTENCY_KEY_REUSED('Use a new Idempotency-Key for a different request.')
  return { statusCode: row.responseStatus, body: JSON.parse(row.responseBody) as T, headers: JSON.parse(row.responseHeaders) as Record<string, string> }
}

function sendStored<T>(reply: FastifyReply, response: StoredResponse<T>, replayed: boolean): FastifyReply {
  if (response.headers) reply.headers(response.headers)
  if (replayed) reply.header('idempotent-replayed', 'true')
  return reply.code(response.statusCode).send(response.body)
}

/**
 * For a create that must check things before its transaction (a survey that may have closed since,
 * a directory that may be down): answers a retry whose first request finished with the stored
 * response at once, so the retry is not judged by a state the first request no longer depends on.
 * Answers undefined when there is nothing to replay; idempotentCreate still settles every race.
 * The same key with another request is 422 here too.
 */
export async function replayFinished<DB>(database: Kysely<DB>, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  const key = readIdempotencyKey(request)
  if (key === undefined) return undefined
  const db = database as unknown as Kysely<any>
  const caller = request.identity?.sub ?? 'anonymous'
  const existing = await db
    .selectFrom('idempotencyKeys')
    .select(storedColumns)
    .where('caller', '=', caller)
    .where('key', '=', key)
    .where('expiresAt', '>', sql<Date>`now()`)
    .executeTakeFirst()
  if (!existing) return undefined
  return sendStored(reply, replayOf(existing, requestFingerprint(request)), true)
}

/** Deletes expired keys; run periodically. */
export async function purgeExpiredIdempotencyKeys(db: Kysely<any>): Promise<number> {
  const res = await db.deleteFrom('idempotencyKeys').where('expiresAt', '<', sql<Date>`now()`).executeTakeFirst()
  return Number(res.numDeletedRows ?? 0)
}

/**
 * For an erasure: every stored answer that shows one of `records` is rewritten by `rewrite` (to
 * show the erased record) and its request fingerprint replaced, since the fingerprint is a plain
 * hash of a body that held the personal data. A retry with such a key still replays the (erased)
 * answer rather than creating the record again. Runs in the erasure's transaction.
 */
export async function rewriteStoredResponses<T>(db: Kysely<any>, records: readonly string[], rewrite: (body: T) => T | Promise<T>): Promise<number> {
  if (records.length === 0) return 0
  // Read as text, as replays are: the database layer would camel-case the keys of the JSON.
  const rows = await db
    .selectFrom('idempotencyKeys')
    .select(['caller', 'key', sql<string>`response_body::text`.as('responseBody')])
    .where(sql<boolean>`records && ${[...records]}::text[]`)
    .forUpdate()
    .execute()
  for (const row of rows) {
    await db
      .updateTable('idempotencyKeys')
      .set({ responseBody: JSON.stringify(await rewrite(JSON.parse(row.responseBody) as T)), requestHash: ERASED_FINGERPRINT })
      .where('caller', '=', row.caller)
      .where('key', '=', row.key)
      .execute()
  }
  return rows.length
}

/** Deletes every stored answer that shows one of `records` (a retry then makes the record again). */
export async function forgetStoredResponses(db: Kysely<any>, records: readonly string[]): Promise<number> {
  if (records.length === 0) return 0
  const res = await db.deleteFrom('idempotencyKeys').where(sql<boolean>`records && ${[...records]}::text[]`).executeTakeFirst()
  return Number(res.numDeletedRows ?? 0)
}
