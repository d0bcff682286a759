/**
 * The owners of overdue actions are reminded: an action open or in progress past its due day, whose
 * owner gave an e-mail address, gets a reminder in the outbox, and again every
 * LIAISON_ACTION_REMINDER_DAYS while it stays overdue. A sweep answers no request, so it owns its
 * transactions: blocks taken with SKIP LOCKED, so replicas share the work and never remind twice.
 */
import { addDays, enqueueMany, sweepInBlocks } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { ACTION_SUBJECT, templates } from '../messages/templates.js'

export function remindersService(db: Kysely<Database>, intervalDays: number, today: () => string) {
  return {
    /** Reminds the owners of the overdue actions not reminded lately; answers how many. */
    async remindOverdue(): Promise<number> {
      const day = today()
      const again = addDays(day, -intervalDays)
      return sweepInBlocks(db, 200, async (trx, size) => {
        const due = await trx
          .selectFrom('actions as a')
          .innerJoin('groups as g', 'g.id', 'a.groupId')
          .select(['a.id', 'a.title', 'a.dueOn', 'a.ownerName', 'a.ownerEmail', 'g.nameEn'])
          .where('a.status', 'in', ['open', 'in_progress'])
          .where('a.dueOn', '<', day)
          .where('a.ownerEmail', 'is not', null)
          .where((eb) => eb.or([eb('a.remindedOn', 'is', null), eb('a.remindedOn', '<=', again)]))
          .orderBy('a.dueOn')
          .orderBy('a.id')
          .limit(size)
          .forUpdate('a')
          .skipLocked()
          .execute()
        if (due.length === 0) return 0
        await enqueueMany(trx, templates, due.map((a) => ({
          kind: 'liaison.action.overdue' as const,
          to: { channel: 'email' as const, email: a.ownerEmail!, name: a.ownerName },
          language: 'en',
          variables: { name: a.ownerName, group: a.nameEn, title: a.title, dueOn: a.dueOn },
          subjectType: ACTION_SUBJECT,
          subjectId: a.id
        })))
        await trx.updateTable('actions').set({ remindedOn: day }).where('id', 'in', due.map((a) => a.id)).execute()
        return due.length
      })
    }
  }
}
export type RemindersService = ReturnType<typeof remindersService>
