/**
 * Records missed pledges on items still waiting on us (an item whose next deadline has passed),
 * so a breach shows before anyone acts on the item: the acknowledgement if it never came, the
 * reply whether or not the item was acknowledged. Paused, answered and closed items have no next
 * deadline and are left alone. Each item marked gets a new version (its representation changed,
 * so its ETag must) and a timeline entry. Neither flag counts in the rollup until the
 * acknowledgement or reply is made, so the figures do not move.
 *
 * A sweep answers no request, so it owns its transactions: one per block (platform sweep.ts); a
 * row a command holds is skipped rather than waited for, and the next sweep takes it.
 */
import { sweepInBlocks } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { itemsRepository, type NewEvent } from '../items/items.repository.js'
import { breachesRepository, type DueItem } from './breaches.repository.js'

/** Items marked per transaction. */
const BLOCK = 1000

/** The timeline entry of an item the sweep marked: which flags it set, and the deadlines missed. */
export function breachEvent(was: DueItem, now: { acknowledgementBreached: boolean; replyBreached: boolean }, at: Date): NewEvent {
  const changes: Record<string, unknown> = {}
  const missed: string[] = []
  if (now.acknowledgementBreached && !was.acknowledgementBreached) { changes.acknowledgementBreached = true; missed.push(`acknowledgement (due ${was.acknowledgeDueOn})`) }
  if (now.replyBreached && !was.replyBreached) { changes.replyBreached = true; missed.push(`reply (due ${was.replyDueOn})`) }
  return { itemId: was.id, at, actor: 'system:pledges', type: 'pledge_breached', visibility: 'internal', command: null, fromStatus: null, toStatus: null, body: `Pledge missed: ${missed.join(' and ')}.`, changes }
}

/** `today` is the operator's local day now: a pledge is missed once its day has passed there. */
export function breachesService(db: Kysely<Database>, now: () => Date, today: () => string) {
  return {
    /** Marks every item whose pledge passed unmet; returns how many. */
    async record(): Promise<number> {
      const day = today()
      return sweepInBlocks(db, BLOCK, async (trx, size) => {
        const breaches = breachesRepository(trx)
        const due = await breaches.lockDue(day, size)
        if (due.length === 0) return 0
        const after = await breaches.mark(due.map((r) => r.id), day, now())
        const before = new Map(due.map((r) => [r.id, r]))
        await itemsRepository(trx).addEvents(after.map((r) => breachEvent(before.get(r.id)!, r, now())))
        return after.length
      })
    }
  }
}
export type BreachesService = ReturnType<typeof breachesService>
