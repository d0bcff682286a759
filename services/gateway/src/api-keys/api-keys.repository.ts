import { type Insertable, type Kysely, type Selectable, sql } from 'kysely'
import type { ApiKeyTable, Database } from '../db/database.js'

export type ApiKeyRow = Selectable<ApiKeyTable>

export function apiKeysRepository(db: Kysely<Database>) {
  return {
    insert(row: Insertable<ApiKeyTable>): Promise<ApiKeyRow> {
      return db.insertInto('apiKeys').values(row).returningAll().executeTakeFirstOrThrow()
    },
    /**
     * Registers a key whose secret comes from configuration, marked as such: a restart finds it
     * already there and only brings its scopes up to date, unless it was revoked (a revocation
     * sticks until the configured secret changes).
     */
    async upsertConfigured(row: Insertable<ApiKeyTable>): Promise<void> {
      await db
        .insertInto('apiKeys')
        .values({ ...row, configured: true })
        .onConflict((oc) =>
          oc.column('keyHash').doUpdateSet({
            configured: true,
            scopes: sql<string[]>`case when api_keys.revoked_at is null then excluded.scopes else api_keys.scopes end`
          })
        )
        .execute()
    },
    /** Keys marked as configured whose secret is no longer among `keyHashes` become ordinary keys. */
    async unmarkConfiguredExcept(keyHashes: readonly string[]): Promise<void> {
      let q = db.updateTable('apiKeys').set({ configured: false }).where('configured', '=', true)
      if (keyHashes.length > 0) q = q.where('keyHash', 'not in', [...keyHashes])
      await q.execute()
    },
    get(id: string): Promise<ApiKeyRow | undefined> {
      return db.selectFrom('apiKeys').selectAll().where('id', '=', id).executeTakeFirst()
    },
    findByHash(keyHash: string): Promise<ApiKeyRow | undefined> {
      return db.selectFrom('apiKeys').selectAll().where('keyHash', '=', keyHash).executeTakeFirst()
    },
    /** Oldest first; only the keys bound to `office` when one is given. */
    list(limit: number, after?: { createdAt: string; id: string }, office?: string): Promise<ApiKeyRow[]> {
      let q = db.selectFrom('apiKeys').selectAll()
      if (office !== undefined) q = q.where('officeCode', '=', office)
      if (after) q = q.where(sql<boolean>`(created_at, id) > (${after.createdAt}::timestamptz, ${after.id}::uuid)`)
      return q.orderBy('createdAt').orderBy('id').limit(limit + 1).execute()
    },
    /** Revokes a key that is neither revoked already nor from configuration; undefined otherwise. */
    revoke(id: string): Promise<ApiKeyRow | undefined> {
      return db
        .updateTable('apiKeys')
        .set({ revokedAt: sql`now()` })
        .where('id', '=', id)
        .where('revokedAt', 'is', null)
        .where('configured', '=', false)
        .returningAll()
        .executeTakeFirst()
    }
  }
}
