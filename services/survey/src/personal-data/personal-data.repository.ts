/**
 * Kysely only: finding and erasing what the survey service keeps about a respondent. Every
 * function works inside the caller's transaction, so an erasure is written whole or not at all.
 */
import { ERASED_TEXT, forgetStoredResponses } from '@postcare/platform'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/database.js'
import { SurveyErrors } from '../errors.js'

/** What replaces a free-text answer; a placeholder rather than nothing, so the answer still counts as given. */
export const ERASED = ERASED_TEXT


export function personalDataRepository(db: Kysely<Database>) {
  return {
    /** Locks one response for erasure; undefined when the survey has no such response. */
    async lockResponse(surveyId: string, id: string): Promise<string | undefined> {
      const row = await db.selectFrom('responses').select('id').where('surveyId', '=', surveyId).where('id', '=', id).forUpdate().executeTakeFirst()
      return row?.id
    },

    /** Invitations whose contact hash is one of `hashes`, locked. */
    async lockInvitationsByHash(hashes: string[]): Promise<string[]> {
      if (hashes.length === 0) return []
      const rows = await db.selectFrom('invitations').select('id').where('contactHash', 'in', hashes).orderBy('id').forUpdate().execute()
      return rows.map((r) => r.id)
    },

    /**
     * Responses still holding this e-mail or phone (compared as the indexes normalise them), or
     * answering one of these invitations, locked.
     */
    async lockSubjectResponses(subject: { email?: string; phone?: string; invitationIds: string[] }): Promise<string[]> {
      const rows = await db
        .selectFrom('responses')
        .select('id')
        .where((eb) =>
          eb.or([
            ...(subject.email ? [eb(sql`lower(contact_email)`, '=', subject.email)] : []),
            ...(subject.phone ? [eb(sql`regexp_replace(contact_phone, '[^0-9+]', '', 'g')`, '=', subject.phone)] : []),
            ...(subject.invitationIds.length ? [eb('invitationId', 'in', subject.invitationIds)] : [])
          ])
        )
        .where('personalDataErasedAt', 'is', null)
        .orderBy('id')
        .forUpdate()
        .execute()
      return rows.map((r) => r.id)
    },

    /** Up to `limit` responses whose contact details were given before `cutoff`; rows another sweep holds are skipped. */
    async lockDueForRetention(cutoff: Date, limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('responses')
        .select('id')
        .where('contactConsent', '=', true)
        .where('personalDataErasedAt', 'is', null)
        .where('respondedAt', '<', cutoff)
        .orderBy('respondedAt')
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .execute()
      return rows.map((r) => r.id)
    },

    /**
     * Nulls the contact details and replaces every free-text answer (by the question types of the
     * version the response answers) with ERASED; ratings, choices and yes/no stay, so the rollups
     * the figures are read from stay exact. An answer whose question is missing from the version
     * is erased if it is text, since nothing says it is not free text. `contact_consent` is kept:
     * it is what the respondent agreed to at the time, and it explains a case already opened.
     */
    async eraseResponses(ids: string[], at: Date): Promise<void> {
      if (ids.length === 0) return
      await sql`
        update responses r
           set contact_name = null,
               contact_phone = null,
               contact_email = null,
               personal_data_erased_at = coalesce(r.personal_data_erased_at, ${at}),
               answers = (
                 select coalesce(jsonb_agg(
                          case when jsonb_typeof(a.elem -> 'value') = 'string' and coalesce(q.type, 'free_text') = 'free_text'
                               then jsonb_set(a.elem, '{value}', to_jsonb(${ERASED}::text))
                               else a.elem end
                          order by a.ord), '[]'::jsonb)
                   from jsonb_array_elements(r.answers) with ordinality as a(elem, ord)
                   left join lateral (
                     select x ->> 'type' as type from jsonb_array_elements(v.questions) x where x ->> 'id' = a.elem ->> 'questionId' limit 1
                   ) q on true
               )
          from survey_versions v
         where v.survey_id = r.survey_id and v.number = r.survey_version and r.id = any(${ids}::uuid[])`.execute(db)
    },

    /**
     * A pending follow-up would send the erased contact details to the feedback service, so it is
     * cancelled; the reason of a failed one is cleared too. Answers the references of the cases
     * already opened, which hold the same details in the feedback service.
     */
    async closeFollowUps(ids: string[], at: Date): Promise<string[]> {
      if (ids.length === 0) return []
      // A follow-up claimed by a dispatch may be sending the contact details to the feedback service
      // at this moment; erasing now would miss the case it opens. The erasure waits for it instead.
      const inFlight = await db.selectFrom('followUps').select('responseId').where('responseId', 'in', ids).where('status', '=', 'pending').where('claimedUntil', '>', at).forUpdate().execute()
      if (inFlight.length > 0) {
        throw SurveyErrors.SURVEY_FOLLOW_UP_IN_FLIGHT('A feedback case is being opened for this person right now; retry in a minute so the erasure can name it.')
      }
      await db
        .updateTable('followUps')
        .set({ status: 'cancelled', closedAt: at, claimedUntil: null, nextAttemptAt: null })
        .where('responseId', 'in', ids)
        .where('status', '=', 'pending')
        .execute()
      await db.updateTable('followUps').set({ lastError: null }).where('responseId', 'in', ids).where('lastError', 'is not', null).execute()
      const opened = await db.selectFrom('followUps').select('caseReference').where('responseId', 'in', ids).where('caseReference', 'is not', null).orderBy('caseReference').execute()
      return opened.map((r) => r.caseReference!)
    },


    /**
     * Removes the contact hash of invitations, and the create answers kept for their replays: the
     * replay holds nothing personal, but its request fingerprint is a plain hash of a small body
     * (channel, office, contact) that could be matched against a guessed phone number.
     */
    async eraseInvitations(ids: string[]): Promise<void> {
      if (ids.length === 0) return
      await db.updateTable('invitations').set({ contactHash: null }).where('id', 'in', ids).execute()
      await forgetStoredResponses(db, ids)
    },

    /** Invitations past `cutoff` that still keep a contact hash, locked (skipping those another sweep holds). */
    async lockInvitationsDueForRetention(cutoff: Date, limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('invitations')
        .select('id')
        .where('contactHash', 'is not', null)
        .where('createdAt', '<', cutoff)
        .orderBy('createdAt')
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .execute()
      return rows.map((r) => r.id)
    }
  }
}
