/**
 * How a sweep works through a backlog: in blocks, each in a transaction of its own, so one sweep
 * after a long outage never becomes one huge transaction or statement, and replicas sweeping at
 * once (each block takes its rows with SKIP LOCKED) share the work instead of queueing.
 */
import type { Kysely, Transaction } from 'kysely'

/**
 * Runs `block` (which takes up to `size` rows in `trx` and answers how many it took) until a block
 * takes fewer than `size`; answers the total.
 */
export async function sweepInBlocks<DB>(db: Kysely<DB>, size: number, block: (trx: Transaction<DB>, size: number) => Promise<number>): Promise<number> {
  let total = 0
  for (;;) {
    const taken = await db.transaction().execute((trx) => block(trx, size))
    total += taken
    if (taken < size) return total
  }
}
