/**
 * The retention sweep: items closed longer ago than FEEDBACK_RETENTION_DAYS lose their personal
 * data for good, as on an erasure request (the item and its figures stay). A sweep answers no
 * request, so it owns its transactions: blocks taken with SKIP LOCKED (platform sweep.ts).
 */
import { sweepInBlocks } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { FeedbackConfig } from '../config.js'
import type { Database } from '../db/database.js'
import { eraseTraces } from '../items/items.erasure.js'
import { itemsRepository } from '../items/items.repository.js'
import { erasurePatch } from '../items/items.workflow.js'
import { retentionRepository } from './retention.repository.js'

/** Items anonymised per transaction. */
const BLOCK = 1000

/** `today` is the operator's local day now (for the `overdue` of the erased items' stored answers). */
export function retentionService(db: Kysely<Database>, config: Pick<FeedbackConfig, 'retentionDays'>, now: () => Date, today: () => string) {
  return {
    /** Anonymises the items past the retention period; returns how many. */
    async sweep(): Promise<number> {
      const cutoff = new Date(now().getTime() - config.retentionDays * 86_400_000)
      return sweepInBlocks(db, BLOCK, async (trx, size) => {
        const retention = retentionRepository(trx)
        const due = await retention.lockDue(cutoff, size)
        if (due.length === 0) return 0
        const rows = await retention.anonymise(due, erasurePatch(now()), now())
        await eraseTraces(trx, rows, today())
        await itemsRepository(trx).addEvents(
          rows.map((r) => ({ itemId: r.id, at: now(), actor: 'system:retention', type: 'personal_data_erased', visibility: 'internal', command: null, fromStatus: null, toStatus: null, body: `Retention period of ${config.retentionDays} days after closure`, changes: {} }))
        )
        return rows.length
      })
    }
  }
}
export type RetentionService = ReturnType<typeof retentionService>
