/**
 * Keyset pagination: the cursor is the sort key of the last row returned, so pages stay stable
 * while rows are inserted or deleted and any page costs the same as the first. The cursor is
 * opaque to callers (base64url JSON) and validated strictly: a tampered one is 400.
 */
import { PlatformErrors } from './errors.js'

export const DEFAULT_PAGE_SIZE = 50
export const MAX_PAGE_SIZE = 500

export type CursorValue = string | number

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url')
}

/** Decodes a cursor and checks it has one value per sort key, of the expected kinds. */
export function decodeCursor(cursor: string | undefined, kinds: Array<'string' | 'number'>): CursorValue[] | undefined {
  if (cursor === undefined) return undefined
  let values: unknown
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url')
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw PlatformErrors.INVALID_CURSOR('Pass back `nextCursor` exactly as you received it.')
  }
  if (!Array.isArray(values) || values.length !== kinds.length || values.some((v, i) => typeof v !== kinds[i] || (typeof v === 'string' && v.length > 200))) {
    throw PlatformErrors.INVALID_CURSOR('Pass back `nextCursor` exactly as you received it.')
  }
  return values as CursorValue[]
}

/** Rows were fetched with `limit + 1`; returns the page and the cursor for the next one. */
export function toPage<R, T>(rows: R[], limit: number, keyOf: (row: R) => CursorValue[], map: (row: R) => T): { items: T[]; nextCursor: string | null } {
  const hasMore = rows.length > limit
  const pageRows = hasMore ? rows.slice(0, limit) : rows
  const last = pageRows[pageRows.length - 1]
  return { items: pageRows.map(map), nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null }
}
