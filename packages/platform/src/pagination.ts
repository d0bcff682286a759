/**
 * Keyset pagination: the cursor is the sort key of the last row returned, so pages stay stable
 * while rows are inserted or deleted and any page costs the same as the first. The cursor is
 * opaque to callers (base64url JSON) and validated strictly: a tampered one is 400.
 */
import { EARLIEST_DATE, LATEST_DATE, isCalendarDate } from './dates.js'
import { PlatformErrors } from './errors.js'


export type CursorValue = string | number

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url')
}

/**
 * What each position of a cursor must hold. A decoded cursor is input like any other: its values
 * go into SQL casts and comparisons, so each is checked for its kind and range here (a cursor
 * holding year 0001 or 36 dashes is a 400, never a 500 from PostgreSQL).
 */
export type CursorKind = 'string' | 'number' | 'instant' | 'uuid' | 'date' | 'xid8'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/
/** A PostgreSQL xid8 (a 64-bit transaction id), written in decimal: it does not fit a JSON number. */
const XID8 = /^(0|[1-9][0-9]{0,19})$/
const XID8_MAX = 2n ** 64n - 1n

function fits(value: unknown, kind: CursorKind): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string' && value.length <= 200
    case 'number':
      return typeof value === 'number' && Number.isSafeInteger(value)
    case 'uuid':
      return typeof value === 'string' && UUID.test(value)
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE
    case 'xid8':
      return typeof value === 'string' && XID8.test(value) && BigInt(value) <= XID8_MAX
    case 'instant':
      return typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value)) && fits(value.slice(0, 10), 'date')
  }
}

/** The value a position of kind K holds: a number for `number`, a string for every other kind. */
export type CursorValues<K extends readonly CursorKind[]> = { -readonly [I in keyof K]: K[I] extends 'number' ? number : string }

/**
 * Decodes a cursor and checks it has one value per sort key, each of its kind. Typed by the kinds:
 * `decodeCursor(c, ['instant', 'uuid'])` is `[string, string] | undefined`, so callers need no cast.
 */
export function decodeCursor<const K extends readonly CursorKind[]>(cursor: string | undefined, kinds: K): CursorValues<K> | undefined {
  if (cursor === undefined) return undefined
  let values: unknown
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url')
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw PlatformErrors.INVALID_CURSOR('Pass back `nextCursor` exactly as you received it.')
  }
  if (!Array.isArray(values) || values.length !== kinds.length || values.some((v, i) => !fits(v, kinds[i]!))) {
    throw PlatformErrors.INVALID_CURSOR('Pass back `nextCursor` exactly as you received it.')
  }
  return values as CursorValues<K>
}

/** Rows were fetched with `limit + 1`; returns the page and the cursor for the next one. */
export function toPage<R, T>(rows: R[], limit: number, keyOf: (row: R) => CursorValue[], map: (row: R) => T): { items: T[]; nextCursor: string | null } {
  const hasMore = rows.length > limit
  const pageRows = hasMore ? rows.slice(0, limit) : rows
  const last = pageRows[pageRows.length - 1]
  return { items: pageRows.map(map), nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null }
}
