import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/database.js'
import type { ItemRow } from '../items/items.repository.js'
import type { ItemPatch } from '../items/items.workflow.js'

export function retentionRepository(db: Kysely<Database>) {
  return {
    /** Up to `limit` items closed before `cutoff` still holding personal data, locked; rows another sweep holds are skipped. */
    async lockDue(cutoff: Date, limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('feedbackItems')
        .select('id')
        .where('status', '=', 'closed')
        .where('personalDataErasedAt', 'is', null)
        .where('closedAt', '<', cutoff)
        .orderBy('id')
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .execute()
      return rows.map((r) => r.id)
    },

    /** Applies the erasure patch to `ids` with a new version; returns the rows as they now are. */
    anonymise(ids: string[], patch: ItemPatch, at: Date): Promise<ItemRow[]> {
      return db
        .updateTable('feedbackItems')
        .set({ ...patch, version: (eb) => eb('version', '+', 1), updatedAt: at })
        .where('id', '=', sql<string>`any(${ids}::uuid[])`)
        .returningAll()
        .execute()
    }
  }
}
