import type { CreateMeeting, Meeting, UpdateMeeting } from '@postcare/contracts'
import { addDays, decodeCursor, instantProblem, iso, isoOrNull, toPage, type OperatorCalendar } from '@postcare/platform'
import type { Kysely, Transaction, Updateable } from 'kysely'
import type { Database, MeetingTable } from '../db/database.js'
import { LiaisonErrors, fieldProblem } from '../errors.js'
import type { GroupsService } from '../groups/groups.service.js'
import type { GroupRow } from '../groups/groups.repository.js'
import { localTimes } from '../local-times.js'
import type { Lookups } from '../lookups.js'
import { meetingsRepository, type MeetingRow } from './meetings.repository.js'

/** A meeting lasts at most a day. */
const MAX_MEETING_MS = 24 * 3_600_000

const invalid = (field: string, message: string) => fieldProblem(LiaisonErrors.LIAISON_INVALID_MEETING, field, message)

export function toMeeting(row: MeetingRow, zone: string): Meeting {
  return {
    id: row.id,
    groupId: row.groupId,
    title: { en: row.titleEn, 'zh-Hant': row.titleZh },
    start: iso(row.startAt),
    end: iso(row.endAt),
    local: localTimes(row.startAt, row.endAt, zone),
    venue: row.venue,
    onlineLink: row.onlineLink,
    chair: { staffId: row.chairStaffId, name: row.chairName },
    status: row.status as Meeting['status'],
    contributionsCloseAt: iso(row.contributionsCloseAt),
    agendaPublishedAt: isoOrNull(row.agendaPublishedAt),
    noticeCirculatedAt: isoOrNull(row.noticeCirculatedAt),
    heldAt: isoOrNull(row.heldAt),
    reason: row.reason,
    minutesPublishedAt: isoOrNull(row.minutesPublishedAt),
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt)
  }
}

/** Checks a start and end (`from` names the body fields) and answers them as instants. */
export function checkTimes(start: string, end: string): { startAt: Date; endAt: Date } {
  for (const [field, value] of [['body/start', start], ['body/end', end]] as const) {
    const problem = instantProblem(value)
    if (problem) throw invalid(field, problem)
  }
  const startAt = new Date(start)
  const endAt = new Date(end)
  if (endAt <= startAt) throw invalid('body/end', 'must be after start')
  if (endAt.getTime() - startAt.getTime() > MAX_MEETING_MS) throw invalid('body/end', 'must be at most 24 hours after start')
  return { startAt, endAt }
}

export interface CheckedMeeting {
  group: GroupRow
  chairName: string
  startAt: Date
  endAt: Date
}

export function meetingsService(db: Kysely<Database>, groups: GroupsService, lookups: Lookups, calendar: OperatorCalendar) {
  const repo = meetingsRepository(db)
  const zone = calendar.timeZone
  const notFound = (id: string) => () => LiaisonErrors.LIAISON_MEETING_NOT_FOUND(`No meeting ${id} in this group.`)

  /** Contributions close at 00:00 local time `agendaCutoffDays` before the meeting's local date. */
  const contributionsCloseAt = (startAt: Date, group: GroupRow) => calendar.startOfDay(addDays(calendar.dayOf(startAt), -group.agendaCutoffDays))

  async function load(groupId: string, id: string, r = repo): Promise<MeetingRow> {
    const row = await r.get(groupId, id)
    if (!row) throw notFound(id)()
    return row
  }

  return {
    load,
    notFound,
    contributionsCloseAt,
    present: (row: MeetingRow) => toMeeting(row, zone),
    async get(groupId: string, id: string): Promise<Meeting> {
      return toMeeting(await load(groupId, id), zone)
    },
    async list(groupId: string, filter: { status?: string; from?: string; to?: string }, limit: number, cursor?: string) {
      const after = decodeCursor(cursor, ['instant', 'uuid'])
      await groups.load(groupId)
      const rows = await repo.list(groupId, { status: filter.status, ...calendar.dayRange(filter.from, filter.to) }, limit, after)
      return toPage(rows, limit, (r) => [iso(r.startAt), r.id], (r) => toMeeting(r, zone))
    },
    /** Checks what needs the group and the directory, before the create's transaction. */
    async check(groupId: string, input: CreateMeeting): Promise<CheckedMeeting> {
      const group = await groups.load(groupId)
      const times = checkTimes(input.start, input.end)
      if (!input.venue && !input.onlineLink) throw invalid('body/venue', 'or onlineLink is required: where does the meeting take place?')
      const chair = await lookups.staff(input.chairStaffId, 'body/chairStaffId')
      return { group, chairName: chair.name, ...times }
    },
    async create(trx: Transaction<Database>, input: CreateMeeting, checked: CheckedMeeting): Promise<Meeting> {
      const r = meetingsRepository(trx)
      const row = await r.insert({
        groupId: checked.group.id,
        titleEn: input.title.en,
        titleZh: input.title['zh-Hant'],
        startAt: checked.startAt,
        endAt: checked.endAt,
        venue: input.venue ?? null,
        onlineLink: input.onlineLink ?? null,
        chairStaffId: input.chairStaffId,
        chairName: checked.chairName,
        reason: null,
        contributionsCloseAt: contributionsCloseAt(checked.startAt, checked.group)
      })
      await r.createRecords(row.id, checked.group.minutesConfirmation)
      return toMeeting(row, zone)
    },
    /** The name of a new chair, from the directory, before the change's transaction. */
    async chairName(patch: UpdateMeeting): Promise<string | undefined> {
      return patch.chairStaffId ? (await lookups.staff(patch.chairStaffId, 'body/chairStaffId')).name : undefined
    },
    async update(trx: Transaction<Database>, groupId: string, id: string, expected: number, patch: UpdateMeeting, chairName: string | undefined): Promise<Meeting> {
      const r = meetingsRepository(trx)
      const row = await load(groupId, id, r)
      if (row.status === 'cancelled' || row.status === 'published') {
        throw LiaisonErrors.LIAISON_ILLEGAL_TRANSITION(`Meeting ${id} is ${row.status}; it no longer changes.`, { allowed: [] })
      }
      const set: Updateable<MeetingTable> = {}
      if (patch.title) Object.assign(set, { titleEn: patch.title.en, titleZh: patch.title['zh-Hant'] })
      if (patch.venue !== undefined) set.venue = patch.venue
      if (patch.onlineLink !== undefined) set.onlineLink = patch.onlineLink
      const venue = patch.venue !== undefined ? patch.venue : row.venue
      const link = patch.onlineLink !== undefined ? patch.onlineLink : row.onlineLink
      if (!venue && !link) throw invalid('body/venue', 'and onlineLink cannot both be empty')
      if (patch.chairStaffId && chairName) Object.assign(set, { chairStaffId: patch.chairStaffId, chairName })
      return toMeeting(await r.update(id, expected, set, notFound(id)), zone)
    }
  }
}
export type MeetingsService = ReturnType<typeof meetingsService>
