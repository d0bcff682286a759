import { versionedUpdate, type AppError } from '@postcare/platform'
import { sql, type Kysely, type Selectable, type Updateable } from 'kysely'
import type { Database, MinuteEntryTable, MinutesTable } from '../db/database.js'

export type MinutesRow = Selectable<MinutesTable>
export type MinuteEntryRow = Selectable<MinuteEntryTable>

export function minutesRepository(db: Kysely<Database>) {
  return {
    get(meetingId: string): Promise<MinutesRow | undefined> {
      return db.selectFrom('minutes').selectAll().where('meetingId', '=', meetingId).executeTakeFirst()
    },
    entries(meetingId: string): Promise<MinuteEntryRow[]> {
      return db
        .selectFrom('minuteEntries as e')
        .innerJoin('agendaItems as a', 'a.id', 'e.agendaItemId')
        .selectAll('e')
        .where('e.meetingId', '=', meetingId)
        .orderBy('a.position')
        .execute()
    },
    objections(meetingId: string) {
      return db
        .selectFrom('objections as o')
        .innerJoin('representatives as r', 'r.id', 'o.representativeId')
        .select(['o.id', 'o.representativeId', 'r.name', 'o.reason', 'o.createdAt'])
        .where('o.meetingId', '=', meetingId)
        .orderBy('o.createdAt')
        .orderBy('o.id')
        .execute()
    },
    update(meetingId: string, expected: number, patch: Updateable<MinutesTable>, notFound: () => AppError): Promise<MinutesRow> {
      return versionedUpdate<MinutesRow>(db, 'minutes', { meetingId }, expected, { ...patch }, notFound)
    },
    /** A change made by a command of the meeting (circulated, confirmed): the minutes' version moves with it. */
    async set(meetingId: string, patch: Updateable<MinutesTable>): Promise<void> {
      await db.updateTable('minutes').set({ ...patch, version: sql`version + 1`, updatedAt: sql`now()` }).where('meetingId', '=', meetingId).execute()
    },
    async replaceEntries(meetingId: string, entries: Array<Omit<MinuteEntryRow, 'meetingId' | 'publicDiscussionEn' | 'publicDiscussionZh' | 'publicDecisionsEn' | 'publicDecisionsZh'>>): Promise<void> {
      await db.deleteFrom('minuteEntries').where('meetingId', '=', meetingId).execute()
      if (entries.length === 0) return
      await db.insertInto('minuteEntries').values(entries.map((e) => ({ ...e, meetingId }))).execute()
    },
    async insertObjection(row: { meetingId: string; representativeId: string; reason: string }): Promise<string> {
      return (await db.insertInto('objections').values(row).returning('id').executeTakeFirstOrThrow()).id
    }
  }
}
