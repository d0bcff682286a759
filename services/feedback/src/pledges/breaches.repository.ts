import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/database.js'

export interface DueItem {
  id: string
  acknowledgementBreached: boolean
  replyBreached: boolean
  acknowledgeDueOn: string
  replyDueOn: string | null
}

export function breachesRepository(db: Kysely<Database>) {
  return {
    /**
     * Up to `limit` items still waiting on us past a deadline not yet marked (`day` is today), locked;
     * rows a command holds are skipped rather than waited for, and the next sweep takes them.
     */
    lockDue(day: string, limit: number): Promise<DueItem[]> {
      return db
        .selectFrom('feedbackItems')
        .select(['id', 'acknowledgementBreached', 'replyBreached', 'acknowledgeDueOn', 'replyDueOn'])
        .where('nextDueOn', '<', day)
        .where((eb) => eb.or([
          eb.and([eb('acknowledgedAt', 'is', null), eb('acknowledgementBreached', '=', false), eb('acknowledgeDueOn', '<', day)]),
          eb.and([eb('replyBreached', '=', false), eb('replyDueOn', '<', day)])
        ]))
        .orderBy('id')
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .execute()
    },

    /** Sets the flags of the deadlines before `day` that passed unmet, with a new version; returns the flags now. */
    mark(ids: string[], day: string, at: Date): Promise<Array<{ id: string; acknowledgementBreached: boolean; replyBreached: boolean }>> {
      return db
        .updateTable('feedbackItems')
        .set((eb) => ({
          acknowledgementBreached: sql<boolean>`acknowledgement_breached or (acknowledged_at is null and acknowledge_due_on < ${day}::date)`,
          replyBreached: sql<boolean>`reply_breached or coalesce(reply_due_on < ${day}::date, false)`,
          version: eb('version', '+', 1),
          updatedAt: at
        }))
        .where('id', '=', sql<string>`any(${ids}::uuid[])`)
        .returning(['id', 'acknowledgementBreached', 'replyBreached'])
        .execute()
    }
  }
}
