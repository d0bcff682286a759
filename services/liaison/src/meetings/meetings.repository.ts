import { versionedUpdate, type AppError } from '@postcare/platform'
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely'
import type { Database, MeetingTable, MinutesTable } from '../db/database.js'

export type MeetingRow = Selectable<MeetingTable>
export type MinutesRow = Selectable<MinutesTable>

export function meetingsRepository(db: Kysely<Database>) {
  return {
    get(groupId: string, id: string): Promise<MeetingRow | undefined> {
      return db.selectFrom('meetings').selectAll().where('groupId', '=', groupId).where('id', '=', id).executeTakeFirst()
    },
    /** The meeting row locked for the rest of the transaction: what is added under it waits for a change of its state, and the other way round. */
    getForUpdate(groupId: string, id: string): Promise<MeetingRow | undefined> {
      return db.selectFrom('meetings').selectAll().where('groupId', '=', groupId).where('id', '=', id).forUpdate().executeTakeFirst()
    },
    list(groupId: string, filter: { status?: string; since?: Date; before?: Date }, limit: number, after?: [string, string]): Promise<MeetingRow[]> {
      let q = db.selectFrom('meetings').selectAll().where('groupId', '=', groupId)
      if (filter.status) q = q.where('status', '=', filter.status)
      if (filter.since) q = q.where('startAt', '>=', filter.since)
      if (filter.before) q = q.where('startAt', '<', filter.before)
      if (after) q = q.where((eb) => eb.or([eb('startAt', '<', new Date(after[0])), eb.and([eb('startAt', '=', new Date(after[0])), eb('id', '>', after[1])])]))
      return q.orderBy('startAt', 'desc').orderBy('id').limit(limit + 1).execute()
    },
    insert(row: Insertable<MeetingTable>): Promise<MeetingRow> {
      return db.insertInto('meetings').values(row).returningAll().executeTakeFirstOrThrow()
    },
    update(id: string, expected: number, patch: Updateable<MeetingTable>, notFound: () => AppError): Promise<MeetingRow> {
      return versionedUpdate<MeetingRow>(db, 'meetings', { id }, expected, { ...patch }, notFound)
    },
    getMinutes(meetingId: string): Promise<MinutesRow | undefined> {
      return db.selectFrom('minutes').selectAll().where('meetingId', '=', meetingId).executeTakeFirst()
    },
    async createRecords(meetingId: string, confirmation: string): Promise<void> {
      await db.insertInto('attendanceRegisters').values({ meetingId }).execute()
      await db.insertInto('minutes').values({ meetingId, confirmation }).execute()
    }
  }
}
