import { type Insertable, type Kysely, type Selectable, sql } from 'kysely'
import type { Database, InvitationTable } from '../db/database.js'

export type InvitationRow = Selectable<InvitationTable>

export function invitationsRepository(db: Kysely<Database>) {
  return {
    /** The survey invited to, share-locked so it cannot close while the invitation is written. */
    surveyForShare(surveyId: string) {
      return db.selectFrom('surveys').select(['id', 'status', 'targetChannels']).where('id', '=', surveyId).forShare().executeTakeFirst()
    },

    /** Serialises invitations of the same contact (until the transaction ends), so two at once cannot both pass the re-contact rule. */
    async lockContact(hash: string): Promise<void> {
      await sql`select pg_advisory_xact_lock(hashtextextended(${'survey-contact ' + hash}, 0))`.execute(db)
    },

    /** Whether the contact was invited (and not suppressed) within the last `days` days. */
    async invitedWithin(hash: string, days: number): Promise<boolean> {
      const recent = await db
        .selectFrom('invitations')
        .select('id')
        .where('contactHash', '=', hash)
        .where('suppressed', '=', false)
        .where('createdAt', '>', sql<Date>`now() - make_interval(days => ${days})`)
        .executeTakeFirst()
      return recent !== undefined
    },

    /** A new invitation, valid for `validDays` from now. */
    insert(row: Omit<Insertable<InvitationTable>, 'expiresAt'>, validDays: number): Promise<InvitationRow> {
      return db
        .insertInto('invitations')
        .values({ ...row, expiresAt: sql<Date>`now() + make_interval(days => ${validDays})` })
        .returningAll()
        .executeTakeFirstOrThrow()
    },

    get(surveyId: string, id: string): Promise<InvitationRow | undefined> {
      return db.selectFrom('invitations').selectAll().where('surveyId', '=', surveyId).where('id', '=', id).executeTakeFirst()
    }
  }
}
