/** Members' contributions to the agenda, before the cutoff; accepted ones become agenda items. */
import type { Contribution, CreateContribution } from '@postcare/contracts'
import { iso, preconditionFailed, versionedUpdate, type OperatorCalendar } from '@postcare/platform'
import type { Kysely, Selectable, Transaction } from 'kysely'
import type { ContributionTable, Database } from '../db/database.js'
import { LiaisonErrors } from '../errors.js'
import type { Lookups } from '../lookups.js'
import { OPEN_AGENDA_STATES } from '../meetings/lifecycle.js'
import type { MeetingsService } from '../meetings/meetings.service.js'
import { memberOn } from '../representatives/representatives.repository.js'
import type { AgendaService } from './agenda.service.js'

type ContributionRow = Selectable<ContributionTable>

const toContribution = (row: ContributionRow): Contribution => ({
  id: row.id,
  meetingId: row.meetingId,
  representativeId: row.representativeId,
  title: { en: row.titleEn, 'zh-Hant': row.titleZh },
  category: row.category,
  summary: row.summary,
  status: row.status as Contribution['status'],
  agendaItemId: row.agendaItemId,
  decisionNote: row.decisionNote,
  version: row.version,
  createdAt: iso(row.createdAt),
  updatedAt: iso(row.updatedAt)
})

export function contributionsService(db: Kysely<Database>, meetings: MeetingsService, agenda: AgendaService, lookups: Lookups, calendar: OperatorCalendar, now: () => Date) {
  const notFound = (id: string) => () => LiaisonErrors.LIAISON_CONTRIBUTION_NOT_FOUND(`No contribution ${id} to this meeting.`)

  async function load(r: Kysely<Database>, meetingId: string, id: string): Promise<ContributionRow> {
    const row = await r.selectFrom('contributions').selectAll().where('meetingId', '=', meetingId).where('id', '=', id).executeTakeFirst()
    if (!row) throw notFound(id)()
    return row
  }

  /** The contribution as submitted, If-Match judged first, in the route's transaction with the meeting locked. */
  async function decide(trx: Transaction<Database>, groupId: string, meetingId: string, id: string, expected: number) {
    const meeting = await agenda.lockMeeting(trx, groupId, meetingId)
    const row = await load(trx, meetingId, id)
    if (row.version !== expected) preconditionFailed(row.version)
    if (row.status !== 'submitted') throw LiaisonErrors.LIAISON_ILLEGAL_TRANSITION(`Contribution ${id} is already ${row.status}.`, { allowed: [] })
    return { meeting, row }
  }

  return {
    async list(groupId: string, meetingId: string) {
      await meetings.load(groupId, meetingId)
      const rows = await db.selectFrom('contributions').selectAll().where('meetingId', '=', meetingId).orderBy('createdAt').orderBy('id').limit(500).execute()
      return { items: rows.map(toContribution) }
    },
    async get(groupId: string, meetingId: string, id: string) {
      await meetings.load(groupId, meetingId)
      return toContribution(await load(db, meetingId, id))
    },
    check: (input: CreateContribution) => lookups.category(input.category, 'body/category'),
    async create(trx: Transaction<Database>, groupId: string, meetingId: string, input: CreateContribution): Promise<Contribution> {
      const meeting = await agenda.lockMeeting(trx, groupId, meetingId)
      if (!(OPEN_AGENDA_STATES as readonly string[]).includes(meeting.status) || now() >= meeting.contributionsCloseAt) {
        throw LiaisonErrors.LIAISON_CONTRIBUTIONS_CLOSED(`Contributions to this agenda closed at ${iso(meeting.contributionsCloseAt)} (the meeting is ${meeting.status}).`)
      }
      await memberOn(trx, groupId, input.representativeId, calendar.dayOf(meeting.startAt), 'body/representativeId')
      const row = await trx
        .insertInto('contributions')
        .values({ meetingId, representativeId: input.representativeId, titleEn: input.title.en, titleZh: input.title['zh-Hant'], category: input.category, summary: input.summary })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toContribution(row)
    },
    async accept(trx: Transaction<Database>, groupId: string, meetingId: string, id: string, expected: number, visibility: string | undefined): Promise<Contribution> {
      const { row } = await decide(trx, groupId, meetingId, id, expected)
      const item = await agenda.create(trx, groupId, meetingId, { title: { en: row.titleEn, 'zh-Hant': row.titleZh }, category: row.category, visibility: visibility ?? 'public', presenterRepresentativeId: row.representativeId }, { presenterName: null })
      return toContribution(await versionedUpdate<ContributionRow>(trx, 'contributions', { id }, expected, { status: 'accepted', agendaItemId: item.id }, notFound(id)))
    },
    async decline(trx: Transaction<Database>, groupId: string, meetingId: string, id: string, expected: number, reason: string): Promise<Contribution> {
      await decide(trx, groupId, meetingId, id, expected)
      return toContribution(await versionedUpdate<ContributionRow>(trx, 'contributions', { id }, expected, { status: 'declined', decisionNote: reason }, notFound(id)))
    }
  }
}
export type ContributionsService = ReturnType<typeof contributionsService>
