import type { Insertable, Kysely, Selectable } from 'kysely'
import type { Database, PublicHolidayTable } from '../db/database.js'

export type HolidayRow = Selectable<PublicHolidayTable>

export interface HolidayFilter {
  year?: number
  status?: 'active' | 'retired' | 'all'
}

export function holidaysRepository(db: Kysely<Database>) {
  return {
    /** In date order, keyset on (date, id). */
    list(filter: HolidayFilter, limit: number, after?: { date: string; id: string }): Promise<HolidayRow[]> {
      let q = db.selectFrom('publicHolidays').selectAll()
      const status = filter.status ?? 'active'
      if (status !== 'all') q = q.where('status', '=', status)
      if (filter.year !== undefined) q = q.where('date', '>=', `${filter.year}-01-01`).where('date', '<=', `${filter.year}-12-31`)
      if (after) q = q.where((eb) => eb.or([eb('date', '>', after.date), eb.and([eb('date', '=', after.date), eb('id', '>', after.id)])]))
      return q.orderBy('date').orderBy('id').limit(limit + 1).execute()
    },
    get(id: string): Promise<HolidayRow | undefined> {
      return db.selectFrom('publicHolidays').selectAll().where('id', '=', id).executeTakeFirst()
    },
    insert(row: Insertable<PublicHolidayTable>): Promise<HolidayRow> {
      return db.insertInto('publicHolidays').values(row).returningAll().executeTakeFirstOrThrow()
    }
  }
}
