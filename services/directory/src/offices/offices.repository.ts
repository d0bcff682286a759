import { type Kysely, type Selectable, type Insertable, sql } from 'kysely'
import type { Database, OfficeTable } from '../db/database.js'

export type OfficeRow = Selectable<OfficeTable>

export interface OfficeFilter {
  districtCode?: string
  regionClass?: string
  status?: string
  q?: string
}

export function officesRepository(db: Kysely<Database>) {
  return {
    async list(filter: OfficeFilter, limit: number, afterCode?: string): Promise<OfficeRow[]> {
      let q = db.selectFrom('offices').selectAll()
      if (filter.districtCode) q = q.where('districtCode', '=', filter.districtCode)
      if (filter.regionClass) q = q.where('regionClass', '=', filter.regionClass as OfficeRow['regionClass'])
      if (filter.status) q = q.where('status', '=', filter.status as OfficeRow['status'])
      if (filter.q) {
        const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
        q = q.where((eb) => eb.or([eb('name', 'ilike', pattern), eb('code', 'ilike', pattern)]))
      }
      if (afterCode) q = q.where('code', '>', afterCode)
      return q.orderBy('code').limit(limit + 1).execute()
    },
    get(code: string): Promise<OfficeRow | undefined> {
      return db.selectFrom('offices').selectAll().where('code', '=', code).executeTakeFirst()
    },
    insert(row: Insertable<OfficeTable>): Promise<OfficeRow> {
      return db.insertInto('offices').values(row).returningAll().executeTakeFirstOrThrow()
    },
    async count(): Promise<number> {
      const r = await db.selectFrom('offices').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
      return r.n
    }
  }
}
