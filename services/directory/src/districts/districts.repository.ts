import type { Insertable, Kysely, Selectable } from 'kysely'
import type { Database, DistrictTable } from '../db/database.js'

export type DistrictRow = Selectable<DistrictTable>

export function districtsRepository(db: Kysely<Database>) {
  return {
    list(limit: number, afterCode?: string): Promise<DistrictRow[]> {
      let q = db.selectFrom('districts').selectAll()
      if (afterCode) q = q.where('code', '>', afterCode)
      return q.orderBy('code').limit(limit + 1).execute()
    },
    get(code: string): Promise<DistrictRow | undefined> {
      return db.selectFrom('districts').selectAll().where('code', '=', code).executeTakeFirst()
    },
    insert(row: Insertable<DistrictTable>): Promise<DistrictRow> {
      return db.insertInto('districts').values(row).returningAll().executeTakeFirstOrThrow()
    }
  }
}
