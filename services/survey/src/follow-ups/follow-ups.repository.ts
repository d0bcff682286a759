/**
 * Kysely only: the follow-up rows and what a case request is built from. Claims and give-ups take
 * rows with SKIP LOCKED, so replicas dispatching at once never work on the same follow-up.
 */
import { type Kysely, type Updateable, sql } from 'kysely'
import type { Database, FollowUpTable } from '../db/database.js'

export function followUpsRepository(db: Kysely<Database>) {
  /** Pending follow-ups nobody holds at `at` (optionally only these responses; optionally only those due). */
  function claimable(at: Date, responseIds: string[] | undefined, dueOnly: boolean) {
    let q = db
      .selectFrom('followUps')
      .select('responseId')
      .where('status', '=', 'pending')
      .where((w) => w.or([w('claimedUntil', 'is', null), w('claimedUntil', '<', at)]))
    if (dueOnly) q = q.where((w) => w.or([w('nextAttemptAt', 'is', null), w('nextAttemptAt', '<=', at)]))
    if (responseIds) q = q.where('responseId', 'in', responseIds)
    return q
  }

  return {
    /** What a case is made of: the response, its survey's rule and the version it answers; none once erased. */
    caseSource(responseId: string) {
      return db
        .selectFrom('followUps as f')
        .innerJoin('responses as r', 'r.id', 'f.responseId')
        .innerJoin('surveys as s', 's.id', 'r.surveyId')
        .innerJoin('surveyVersions as v', (j) => j.onRef('v.surveyId', '=', 'r.surveyId').onRef('v.number', '=', 'r.surveyVersion'))
        .select(['f.officeCode', 'r.id', 'r.surveyId', 'r.channel', 'r.language', 'r.respondedAt', 'r.answers', 'r.contactName', 'r.contactPhone', 'r.contactEmail', 's.followUp', 'v.questions', 'v.title'])
        .where('f.responseId', '=', responseId)
        // Erased since it was claimed: there is nobody to contact any more.
        .where('r.personalDataErasedAt', 'is', null)
        .executeTakeFirst()
    },

    /** Fails the claimable follow-ups created before `cutoff`, with `patch`; returns how many. */
    async giveUp(at: Date, responseIds: string[] | undefined, cutoff: Date, patch: Updateable<FollowUpTable>): Promise<number> {
      const rows = await db
        .updateTable('followUps')
        .set(patch)
        .where('responseId', 'in', claimable(at, responseIds, false).where('createdAt', '<', cutoff).forUpdate().skipLocked())
        .returning('responseId')
        .execute()
      return rows.length
    },

    /** Claims up to `limit` claimable follow-ups created from `cutoff` on, until `until`, counting the attempt. */
    claim(at: Date, responseIds: string[] | undefined, dueOnly: boolean, cutoff: Date, until: Date, limit: number): Promise<Array<{ responseId: string; attempts: number }>> {
      return db
        .updateTable('followUps')
        .set({ claimedUntil: until, attempts: sql<number>`attempts + 1` })
        .where('responseId', 'in', claimable(at, responseIds, dueOnly).where('createdAt', '>=', cutoff).orderBy('createdAt').limit(limit).forUpdate().skipLocked())
        .returning(['responseId', 'attempts'])
        .execute()
    },

    async update(responseId: string, patch: Updateable<FollowUpTable>): Promise<void> {
      await db.updateTable('followUps').set(patch).where('responseId', '=', responseId).execute()
    },

    /** Updates a follow-up only while it is still pending (an erasure may have cancelled it meanwhile). */
    async updatePending(responseId: string, patch: Updateable<FollowUpTable>): Promise<void> {
      await db.updateTable('followUps').set(patch).where('responseId', '=', responseId).where('status', '=', 'pending').execute()
    }
  }
}
