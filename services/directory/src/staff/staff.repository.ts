import type { Insertable, Kysely, Selectable } from 'kysely'
import type { Database, StaffTable } from '../db/database.js'

export type StaffRow = Selectable<StaffTable>

export interface StaffFilter {
  officeCode?: string
  grade?: string
  active?: boolean
}

export function staffRepository(db: Kysely<Database>) {
  return {
    list(filter: StaffFilter, limit: number, afterId?: string): Promise<StaffRow[]> {
      let q = db.selectFrom('staff').selectAll()
      if (filter.officeCode) q = q.where('officeCode', '=', filter.officeCode)
      if (filter.grade) q = q.where('grade', '=', filter.grade)
      if (filter.active !== undefined) q = q.where('active', '=', filter.active)
      if (afterId) q = q.where('id', '>', afterId)
      return q.orderBy('id').limit(limit + 1).execute()
    },
    get(id: string): Promise<StaffRow | undefined> {
      return db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst()
    },
    insert(row: Insertable<StaffTable>): Promise<StaffRow> {
      return db.insertInto('staff').values(row).returningAll().executeTakeFirstOrThrow()
    }
  }
}
