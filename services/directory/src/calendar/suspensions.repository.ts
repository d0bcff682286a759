import { type Insertable, type Kysely, type Selectable, sql } from 'kysely'
import type { Database, ServiceSuspensionTable } from '../db/database.js'

export type SuspensionRow = Selectable<ServiceSuspensionTable>

export interface SuspensionFilter {
  year?: number
  status?: 'active' | 'cancelled' | 'all'
}

export function suspensionsRepository(db: Kysely<Database>) {
  return {
    /** In order of their first day, keyset on (from_day, id). */
    list(filter: SuspensionFilter, limit: number, after?: { from: string; id: string }): Promise<SuspensionRow[]> {
      let q = db.selectFrom('serviceSuspensions').selectAll()
      const status = filter.status ?? 'active'
      if (status !== 'all') q = q.where('status', '=', status)
      // A day in the year: it starts by the year's end and ends on or after its start.
      if (filter.year !== undefined) q = q.where('fromDay', '<=', `${filter.year}-12-31`).where('toDay', '>=', `${filter.year}-01-01`)
      if (after) q = q.where((eb) => eb.or([eb('fromDay', '>', after.from), eb.and([eb('fromDay', '=', after.from), eb('id', '>', after.id)])]))
      return q.orderBy('fromDay').orderBy('id').limit(limit + 1).execute()
    },
    get(id: string): Promise<SuspensionRow | undefined> {
      return db.selectFrom('serviceSuspensions').selectAll().where('id', '=', id).executeTakeFirst()
    },
    insert(row: Insertable<ServiceSuspensionTable>): Promise<SuspensionRow> {
      return db.insertInto('serviceSuspensions').values(row).returningAll().executeTakeFirstOrThrow()
    },
    /** Which of `codes` are not districts (or offices) of the directory. */
    async unknown(table: 'districts' | 'offices', codes: readonly string[]): Promise<Set<string>> {
      if (codes.length === 0) return new Set()
      const known = await db.selectFrom(table).select('code').where('code', '=', sql<string>`any(${[...codes]}::text[])`).execute()
      const found = new Set(known.map((r) => r.code))
      return new Set(codes.filter((c) => !found.has(c)))
    }
  }
}
