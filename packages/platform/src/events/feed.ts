/**
 * The change feed: events in the order (transaction id, sequence), served only below the horizon.
 *
 * Why not `sequence > after`: a sequence number is taken when the event is written, and the
 * transaction that wrote it may commit after one holding a later number. A consumer that read the
 * later one first and stored its number would never see the earlier one. Here every event carries
 * its transaction's id (`xact_id`), and a read serves only events whose transaction id is below
 * the horizon, `pg_snapshot_xmin(pg_current_snapshot())`: every transaction below it has ended,
 * and any transaction still to write an event has an id at or above it. So once a position is
 * served nothing can later appear before it, and a consumer that resumes from its cursor misses
 * nothing and sees nothing twice. The horizon and the rows come from the same statement, so from
 * the same snapshot: what is below the horizon and committed is visible to it.
 *
 * The price: an event waits in the feed behind the oldest transaction still writing anywhere in
 * the PostgreSQL cluster (transaction ids are cluster-wide), at most the idle-in-transaction and
 * statement timeouts. `events_held_back` and `events_held_back_age_seconds` show it.
 */
import type { Event } from '@postcare/contracts'
import { sql, type Kysely } from 'kysely'
import { decodeCursor, encodeCursor } from '../pagination.js'
import { iso } from '../records.js'

/** A place in the feed: after the event of this transaction id and sequence. */
export interface FeedPosition {
  readonly xactId: string
  readonly sequence: number
}

export const FEED_START: FeedPosition = Object.freeze({ xactId: '0', sequence: 0 })

export const encodeFeedCursor = (p: FeedPosition): string => encodeCursor([p.xactId, p.sequence])

/** The position a cursor names (400 INVALID_CURSOR for anything else); the start of the feed for none. */
export function decodeFeedCursor(cursor: string | undefined): FeedPosition {
  const values = decodeCursor(cursor, ['xid8', 'number'])
  return values ? { xactId: values[0], sequence: values[1] } : FEED_START
}

export function comparePositions(a: FeedPosition, b: FeedPosition): number {
  const x = BigInt(a.xactId) - BigInt(b.xactId)
  return x !== 0n ? (x < 0n ? -1 : 1) : a.sequence - b.sequence
}

/** As the database's CamelCasePlugin hands it back; `data` is read as text so its keys stay as written. */
export interface FeedRow {
  id: string
  sequence: number
  xactId: string
  type: string
  subjectType: string
  subjectId: string
  data: string
  occurredAt: Date
}

export interface FeedRead {
  rows: FeedRow[]
  /** More events below the horizon follow the last row. */
  hasMore: boolean
  /** Where to resume: after the last row, or at the horizon when the read reached it. */
  next: FeedPosition
}

const columns = sql`e.id, e.sequence, e.xact_id::text as xact_id, e.type, e.subject_type, e.subject_id, e.data::text as data, e.occurred_at`

/** Up to `limit` events after `after` (of `types` only, when given), below the horizon. */
export async function readFeed(db: Kysely<any>, opts: { after: FeedPosition; limit: number; types?: readonly string[] }): Promise<FeedRead> {
  const { after, limit, types } = opts
  const ofTypes = types && types.length > 0 ? sql`and type = any(${[...types]}::text[])` : sql``
  const { rows } = await sql<FeedRow & { horizon: string }>`
    with h as (select pg_snapshot_xmin(pg_current_snapshot()) as horizon)
    select h.horizon::text as horizon, ${columns}
      from h left join lateral (
        select * from outbox_events
         where xact_id < h.horizon and (xact_id, sequence) > (${after.xactId}::xid8, ${after.sequence}::bigint) ${ofTypes}
         order by xact_id, sequence
         limit ${limit + 1}) e on true`.execute(db)
  const horizon = rows[0]!.horizon
  const found = rows.filter((r) => r.id !== null)
  const hasMore = found.length > limit
  const page = hasMore ? found.slice(0, limit) : found
  const last = page[page.length - 1]
  const lastPosition = last ? { xactId: last.xactId, sequence: last.sequence } : after
  // Every event of these types below the horizon was read: the next one is at or above it.
  const atHorizon = { xactId: horizon, sequence: 0 }
  const next = hasMore ? lastPosition : [lastPosition, atHorizon].reduce((a, b) => (comparePositions(a, b) >= 0 ? a : b))
  return { rows: page, hasMore, next }
}

/** The one event with this id, wherever it is in the feed. */
export async function readEvent(db: Kysely<any>, id: string): Promise<FeedRow | undefined> {
  const { rows } = await sql<FeedRow>`select ${columns} from outbox_events e where e.id = ${id}::uuid`.execute(db)
  return rows[0]
}

/** The position a consumer subscribing now starts after: every event from a transaction still to end is ahead of it. */
export async function headPosition(db: Kysely<any>): Promise<FeedPosition> {
  const { rows } = await sql<{ horizon: string }>`select pg_snapshot_xmin(pg_current_snapshot())::text as horizon`.execute(db)
  return { xactId: rows[0]!.horizon, sequence: 0 }
}

/** Committed events that the feed does not serve yet, because an older transaction is still running. */
export async function heldBack(db: Kysely<any>): Promise<{ count: number; ageSeconds: number }> {
  const { rows } = await sql<{ count: number; age: number | null }>`
    select count(*)::int as count, extract(epoch from now() - min(recorded_at))::float8 as age
      from outbox_events where xact_id >= pg_snapshot_xmin(pg_current_snapshot())`.execute(db)
  return { count: rows[0]?.count ?? 0, ageSeconds: Math.max(0, rows[0]?.age ?? 0) }
}

export function presentEvent(row: FeedRow, service: string): Event {
  return {
    id: row.id,
    type: row.type,
    service,
    sequence: row.sequence,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    occurredAt: iso(row.occurredAt),
    data: JSON.parse(row.data) as Record<string, unknown>,
    cursor: encodeFeedCursor({ xactId: row.xactId, sequence: row.sequence })
  }
}
