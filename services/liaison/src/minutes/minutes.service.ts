/** The minutes of a meeting: written per agenda item with If-Match, objected to while circulated. */
import type { Minutes, UpdateMinutes } from '@postcare/contracts'
import { iso, isoOrNull } from '@postcare/platform'
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/database.js'
import { LiaisonErrors, fieldProblem } from '../errors.js'
import { meetingsRepository, type MeetingRow } from '../meetings/meetings.repository.js'
import type { MeetingsService } from '../meetings/meetings.service.js'
import { memberOn } from '../representatives/representatives.repository.js'
import { minutesRepository, type MinutesRow } from './minutes.repository.js'
import { refreshPublicMinutes } from './redaction.js'

export function minutesService(db: Kysely<Database>, meetings: MeetingsService, today: () => string, now: () => Date) {
  async function present(r: Kysely<Database>, row: MinutesRow): Promise<Minutes> {
    const repo = minutesRepository(r)
    const [entries, objections] = await Promise.all([repo.entries(row.meetingId), repo.objections(row.meetingId)])
    return {
      meetingId: row.meetingId,
      status: row.status as Minutes['status'],
      entries: entries.map((e) => ({
        agendaItemId: e.agendaItemId,
        discussion: { en: e.discussionEn, 'zh-Hant': e.discussionZh },
        decisions: { en: e.decisionsEn, 'zh-Hant': e.decisionsZh }
      })),
      confirmation: row.confirmation as Minutes['confirmation'],
      circulatedAt: isoOrNull(row.circulatedAt),
      objectionsCloseAt: isoOrNull(row.objectionsCloseAt),
      objections: objections.map((o) => ({ id: o.id, representativeId: o.representativeId, name: o.name, reason: o.reason, createdAt: iso(o.createdAt) })),
      confirmedAt: isoOrNull(row.confirmedAt),
      confirmedAtMeetingId: row.confirmedAtMeetingId,
      version: row.version,
      updatedAt: iso(row.updatedAt)
    }
  }

  async function lock(trx: Transaction<Database>, groupId: string, meetingId: string): Promise<MeetingRow> {
    const meeting = await meetingsRepository(trx).getForUpdate(groupId, meetingId)
    if (!meeting) throw meetings.notFound(meetingId)()
    return meeting
  }

  const notFound = (id: string) => () => meetings.notFound(id)()

  return {
    async get(groupId: string, meetingId: string): Promise<Minutes> {
      await meetings.load(groupId, meetingId)
      return present(db, (await minutesRepository(db).get(meetingId))!)
    },
    /**
     * Saves the minutes as they now read. The first save of a held meeting's minutes makes them
     * drafted; saving circulated minutes takes them back to draft (they must be circulated again).
     */
    async save(trx: Transaction<Database>, groupId: string, meetingId: string, expected: number, input: UpdateMinutes): Promise<Minutes> {
      const meeting = await lock(trx, groupId, meetingId)
      const repo = minutesRepository(trx)
      const updated = await repo.update(meetingId, expected, { status: 'draft', circulatedAt: null, objectionsCloseAt: null }, notFound(meetingId))
      if (meeting.status !== 'held' && meeting.status !== 'minutes_drafted') {
        throw LiaisonErrors.LIAISON_MINUTES_LOCKED(
          meeting.status === 'minutes_confirmed' || meeting.status === 'published' ? 'The minutes are confirmed: they are the record now.' : `Meeting ${meetingId} is ${meeting.status}; minutes are written once it has been held.`
        )
      }
      const items = new Set((await trx.selectFrom('agendaItems').select('id').where('meetingId', '=', meetingId).execute()).map((i) => i.id))
      const seen = new Set<string>()
      for (const [i, e] of input.entries.entries()) {
        const field = `body/entries/${i}/agendaItemId`
        if (!items.has(e.agendaItemId)) throw fieldProblem(LiaisonErrors.LIAISON_INVALID_REFERENCE, field, `${e.agendaItemId} is not an item of this meeting's agenda`)
        if (seen.has(e.agendaItemId)) throw fieldProblem(LiaisonErrors.LIAISON_INVALID_REFERENCE, field, 'names an agenda item a second time')
        seen.add(e.agendaItemId)
      }
      await repo.replaceEntries(meetingId, input.entries.map((e) => ({
        agendaItemId: e.agendaItemId, discussionEn: e.discussion.en, discussionZh: e.discussion['zh-Hant'], decisionsEn: e.decisions.en, decisionsZh: e.decisions['zh-Hant']
      })))
      await refreshPublicMinutes(trx, groupId, meetingId)
      if (meeting.status === 'held') await meetingsRepository(trx).update(meetingId, meeting.version, { status: 'minutes_drafted' }, notFound(meetingId))
      return present(trx, updated)
    },
    /** A member's objection to circulated minutes, within the window: the minutes go back to draft. */
    async object(trx: Transaction<Database>, groupId: string, meetingId: string, input: { representativeId: string; reason: string }) {
      await lock(trx, groupId, meetingId)
      const repo = minutesRepository(trx)
      const minutes = (await repo.get(meetingId))!
      if (minutes.status !== 'circulated' || !minutes.objectionsCloseAt || now() >= minutes.objectionsCloseAt) {
        throw LiaisonErrors.LIAISON_OBJECTION_WINDOW(minutes.status === 'circulated' ? `The objection window closed at ${iso(minutes.objectionsCloseAt!)}.` : 'The minutes are not circulated for objection.')
      }
      const rep = await memberOn(trx, groupId, input.representativeId, today(), 'body/representativeId')
      const id = await repo.insertObjection({ meetingId, representativeId: rep.id, reason: input.reason })
      await repo.set(meetingId, { status: 'draft', circulatedAt: null, objectionsCloseAt: null })
      return { id, representativeId: rep.id, name: rep.name, reason: input.reason, createdAt: iso(now()) }
    }
  }
}
export type MinutesService = ReturnType<typeof minutesService>
