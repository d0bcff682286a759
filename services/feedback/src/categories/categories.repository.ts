import { versionedUpdate, type AppError } from '@postcare/platform'
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely'
import type { CategoryTable, Database } from '../db/database.js'

export type CategoryRow = Selectable<CategoryTable>

export function categoriesRepository(db: Kysely<Database>) {
  return {
    list(): Promise<CategoryRow[]> {
      return db.selectFrom('categories').selectAll().orderBy('code').execute()
    },

    insert(row: Insertable<CategoryTable>): Promise<CategoryRow> {
      return db.insertInto('categories').values(row).returningAll().executeTakeFirstOrThrow()
    },

    /** If-Match in one statement: `notFound` when there is no such code, 412 when `expected` is stale. */
    update(code: string, expected: number, patch: Updateable<CategoryTable>, notFound: () => AppError): Promise<CategoryRow> {
      return versionedUpdate<CategoryRow>(db, 'categories', { code }, expected, { ...patch }, notFound)
    },

    /** The codes new items and edits may use. */
    async activeCodes(): Promise<Set<string>> {
      const rows = await db.selectFrom('categories').select('code').where('active', '=', true).execute()
      return new Set(rows.map((r) => r.code))
    }
  }
}
