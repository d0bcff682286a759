/**
 * What else holds an erased item's personal data, and how it goes: the timeline's messages, notes
 * and replies, and the create answers kept for Idempotency-Key replays (the whole item as first
 * answered). Shared by the erasure request and the retention sweep; runs in their transaction.
 */
import type { FeedbackItem } from '@postcare/contracts'
import { rewriteStoredResponses } from '@postcare/platform'
import type { Transaction } from 'kysely'
import type { Database } from '../db/database.js'
import { itemsRepository, type ItemRow } from './items.repository.js'
import { toItem } from './items.view.js'

/**
 * Erases the traces of items already erased (`erased` are their rows after the erasure). The
 * stored create answers are rewritten to show the erased item, so a retry of that create replays
 * it rather than making the item again.
 */
export async function eraseTraces(trx: Transaction<Database>, erased: ItemRow[], today: string): Promise<void> {
  if (erased.length === 0) return
  const ids = erased.map((r) => r.id)
  await itemsRepository(trx).eraseEventBodies(ids)
  const shown = new Map(erased.map((r) => [r.id, toItem(r, today)]))
  await rewriteStoredResponses(trx, ids, (body) => withErased(body, shown))
}

/** A stored create answer (one item, or a batch's results) with the erased items in place of the originals. */
function withErased(body: unknown, erased: Map<string, FeedbackItem>): unknown {
  const b = body as { id?: unknown; results?: Array<{ item?: { id: string } }> } | null
  if (typeof b?.id === 'string' && erased.has(b.id)) return erased.get(b.id)
  if (Array.isArray(b?.results)) return { ...b, results: b.results.map((r) => (r.item && erased.has(r.item.id) ? { ...r, item: erased.get(r.item.id) } : r)) }
  return body
}
