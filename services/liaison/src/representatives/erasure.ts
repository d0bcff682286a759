/**
 * Erasure of a representative's personal data, on request or when the retention period after
 * their term has passed: the name becomes `[erased]`, e-mail and phone go, the minutes name their
 * constituency instead, the messages they were sent are blanked, and the stored answers of the
 * create that registered them are rewritten. The constituency, position and term stay, so the
 * figures and quorums of past meetings are unchanged. Runs in the caller's transaction.
 */
import { ERASED_TEXT, addDays, audit, eraseMessages, rewriteStoredResponses, sweepInBlocks, preconditionFailed } from '@postcare/platform'
import { type Kysely, type Transaction, sql } from 'kysely'
import type { Database } from '../db/database.js'
import { LiaisonErrors } from '../errors.js'
import { MEMBER_SUBJECT, memberSubjectId } from '../messages/templates.js'
import { eraseFromMinutes, refreshPublicMinutes } from '../minutes/redaction.js'
import { representativesRepository, type RepresentativeRow } from './representatives.repository.js'
import { toRepresentative } from './representatives.service.js'

export async function eraseRepresentative(trx: Transaction<Database>, row: RepresentativeRow, who: { caller: string; requestId: string | null; reason: string }): Promise<RepresentativeRow> {
  await eraseFromMinutes(trx, row.groupId, { name: row.name, constituency: row.constituency })
  const erased = await trx
    .updateTable('representatives')
    .set({ name: ERASED_TEXT, email: null, phone: null, erasedAt: sql`now()`, version: sql`version + 1`, updatedAt: sql`now()` })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow()
  await refreshPublicMinutes(trx, row.groupId)
  const meetings = await trx.selectFrom('meetings').select('id').where('groupId', '=', row.groupId).execute()
  await eraseMessages(trx, { subjectType: MEMBER_SUBJECT, subjectIds: meetings.map((m) => memberSubjectId(m.id, row.id)) })
  const shown = toRepresentative(erased)
  await rewriteStoredResponses<{ id?: string }>(trx, [row.id], (body) => (body?.id === row.id ? shown : body))
  await audit(trx, [{ caller: who.caller, action: 'personal_data.erase', subjectType: 'liaison_representative', subjectId: row.id, requestId: who.requestId, details: { reason: who.reason } }])
  return erased
}

export function erasureService(db: Kysely<Database>, retentionDays: number, today: () => string) {
  return {
    /** The erasure command: If-Match is judged first, then an erased representative answers as it is. */
    async erase(trx: Transaction<Database>, groupId: string, id: string, expected: number, who: { caller: string; requestId: string }) {
      const row = await representativesRepository(trx).get(groupId, id)
      if (!row) throw LiaisonErrors.LIAISON_REPRESENTATIVE_NOT_FOUND(`No representative ${id} in this group.`)
      if (row.version !== expected) preconditionFailed(row.version)
      const locked = await trx.selectFrom('representatives').selectAll().where('id', '=', id).where('version', '=', expected).forUpdate().executeTakeFirst()
      if (!locked) preconditionFailed()
      if (locked.erasedAt) return toRepresentative(locked)
      return toRepresentative(await eraseRepresentative(trx, locked, { ...who, reason: 'request' }))
    },
    /** Erases the representatives whose term ended more than `retentionDays` ago; answers how many. */
    async sweepRetention(): Promise<number> {
      const cutoff = addDays(today(), -retentionDays)
      return sweepInBlocks(db, 200, async (trx, size) => {
        const due = await representativesRepository(trx).lockDueForRetention(cutoff, size)
        for (const row of due) await eraseRepresentative(trx, row, { caller: 'system:retention', requestId: null, reason: `retention: ${retentionDays} days after the term ended` })
        return due.length
      })
    }
  }
}
export type ErasureService = ReturnType<typeof erasureService>
