/**
 * Small helpers every repository needs: instants as ISO strings, and the versioned update that
 * implements If-Match atomically (update where version = expected; if nothing changed, tell a
 * missing row (404) from a stale one (412)).
 */
import type { Kysely, Transaction } from 'kysely'
import { sql } from 'kysely'
import type { AppError } from './errors.js'
import { preconditionFailed } from './etag.js'

export function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString()
}

export function isoOrNull(value: Date | string | null | undefined): string | null {
  return value == null ? null : iso(value)
}

export async function versionedUpdate<Row>(
  db: Kysely<any> | Transaction<any>,
  table: string,
  key: Record<string, unknown>,
  expectedVersion: number,
  patch: Record<string, unknown>,
  notFound: () => AppError
): Promise<Row> {
  let q = db.updateTable(table).set({ ...patch, version: sql`version + 1`, updatedAt: sql`now()` })
  for (const [col, value] of Object.entries(key)) q = q.where(col, '=', value)
  const updated = await q.where('version', '=', expectedVersion).returningAll().executeTakeFirst()
  if (updated) return updated as Row
  let probe = db.selectFrom(table).select('version')
  for (const [col, value] of Object.entries(key)) probe = probe.where(col, '=', value)
  const current = await probe.executeTakeFirst()
  if (!current) throw notFound()
  return preconditionFailed(current.version as number)
}
