import { type Insertable, type Kysely, type Selectable, sql } from 'kysely'
import type { ApiKeyTable, Database } from '../db/database.js'

export type ApiKeyRow = Selectable<ApiKeyTable>

export function apiKeysRepository(db: Kysely<Database>) {
  return {
    insert(row: Insertable<ApiKeyTable>): Promise<ApiKeyRow> {
      return db.insertInto('apiKeys').values(row).returningAll().executeTakeFirstOrThrow()
    },
    /**
     * Registers a key whose secret comes from configuration: a restart finds it already there and
     * only brings its scopes up to date, unless it was revoked (a revocation sticks until the
     * configured secret changes).
     */
    async upsertConfigured(row: Insertable<ApiKeyTable>): Promise<void> {
      await db
        .insertInto('apiKeys')
        .values(row)
        .onConflict((oc) => oc.column('keyHash').doUpdateSet({ scopes: (eb) => eb.ref('excluded.scopes') }).where('apiKeys.revokedAt', 'is', null))
        .execute()
    },
    get(id: string): Promise<ApiKeyRow | undefined> {
      return db.selectFrom('apiKeys').selectAll().where('id', '=', id).executeTakeFirst()
    },
    findByHash(keyHash: string): Promise<ApiKeyRow | undefined> {
      return db.selectFrom('apiKeys').selectAll().where('keyHash', '=', keyHash).executeTakeFirst()
    },
    list(limit: number, after?: { createdAt: string; id: string }): Promise<ApiKeyRow[]> {
      let q = db.selectFrom('apiKeys').selectAll()
      if (after) q = q.where(sql<boolean>`(created_at, id) > (${after.createdAt}::timestamptz, ${after.id}::uuid)`)
      return q.orderBy('createdAt').orderBy('id').limit(limit + 1).execute()
    },
    revoke(id: string): Promise<ApiKeyRow | undefined> {
      return db.updateTable('apiKeys').set({ revokedAt: sql`now()` }).where('id', '=', id).where('revokedAt', 'is', null).returningAll().executeTakeFirst()
    }
  }
}
