/** Views raised at meetings, each with its feedback category, and what was done about them: "you said, we did". */
import type { CreateView, View } from '@postcare/contracts'
import { decodeCursor, iso, isoOrNull, preconditionFailed, toPage, versionedUpdate, type OperatorCalendar } from '@postcare/platform'
import type { Kysely, Selectable, Transaction } from 'kysely'
import type { AgendaService } from '../agenda/agenda.service.js'
import type { Database, ViewRaisedTable } from '../db/database.js'
import { LiaisonErrors, fieldProblem } from '../errors.js'
import type { Lookups } from '../lookups.js'
import { meetingsRepository } from '../meetings/meetings.repository.js'
import type { MeetingsService } from '../meetings/meetings.service.js'
import { memberOn } from '../representatives/representatives.repository.js'

type ViewRow = Selectable<ViewRaisedTable>

export const toView = (row: ViewRow): View => ({
  id: row.id,
  groupId: row.groupId,
  meetingId: row.meetingId,
  agendaItemId: row.agendaItemId,
  representativeId: row.representativeId,
  constituency: row.constituency as View['constituency'],
  category: row.category,
  summary: row.summary,
  raisedOn: row.raisedOn,
  response: row.response,
  respondedAt: isoOrNull(row.respondedAt),
  status: row.response === null ? 'awaiting_response' : 'responded',
  version: row.version,
  createdAt: iso(row.createdAt),
  updatedAt: iso(row.updatedAt)
})

export interface ViewFilter {
  groupId?: string
  meetingId?: string
  category?: string
  status?: 'awaiting_response' | 'responded'
  from?: string
  to?: string
}

export function viewsService(db: Kysely<Database>, meetings: MeetingsService, agenda: AgendaService, lookups: Lookups, calendar: OperatorCalendar, now: () => Date) {
  const notFound = (id: string) => () => LiaisonErrors.LIAISON_VIEW_NOT_FOUND(`No view ${id} raised at this meeting.`)

  async function load(r: Kysely<Database>, meetingId: string, id: string): Promise<ViewRow> {
    const row = await r.selectFrom('viewsRaised').selectAll().where('meetingId', '=', meetingId).where('id', '=', id).executeTakeFirst()
    if (!row) throw notFound(id)()
    return row
  }

  async function list(filter: ViewFilter, limit: number, cursor?: string) {
    const after = decodeCursor(cursor, ['date', 'uuid'])
    let q = db.selectFrom('viewsRaised').selectAll()
    if (filter.groupId) q = q.where('groupId', '=', filter.groupId)
    if (filter.meetingId) q = q.where('meetingId', '=', filter.meetingId)
    if (filter.category) q = q.where('category', '=', filter.category)
    if (filter.status) q = q.where('response', filter.status === 'responded' ? 'is not' : 'is', null)
    if (filter.from) q = q.where('raisedOn', '>=', filter.from)
    if (filter.to) q = q.where('raisedOn', '<=', filter.to)
    if (after) q = q.where((eb) => eb.or([eb('raisedOn', '<', after[0]), eb.and([eb('raisedOn', '=', after[0]), eb('id', '>', after[1])])]))
    const rows = await q.orderBy('raisedOn', 'desc').orderBy('id').limit(limit + 1).execute()
    return toPage(rows, limit, (r) => [r.raisedOn, r.id], toView)
  }

  return {
    list,
    async forMeeting(groupId: string, meetingId: string, limit: number, cursor?: string) {
      await meetings.load(groupId, meetingId)
      return list({ meetingId }, limit, cursor)
    },
    async get(groupId: string, meetingId: string, id: string): Promise<View> {
      await meetings.load(groupId, meetingId)
      return toView(await load(db, meetingId, id))
    },
    check: (input: CreateView) => lookups.category(input.category, 'body/category'),
    async create(trx: Transaction<Database>, groupId: string, meetingId: string, input: CreateView): Promise<View> {
      const meeting = await agenda.lockMeeting(trx, groupId, meetingId)
      if (meeting.status === 'cancelled') throw LiaisonErrors.LIAISON_ILLEGAL_TRANSITION(`Meeting ${meetingId} is cancelled.`, { allowed: [] })
      const day = calendar.dayOf(meeting.startAt)
      if (input.agendaItemId && !(await trx.selectFrom('agendaItems').select('id').where('meetingId', '=', meetingId).where('id', '=', input.agendaItemId).executeTakeFirst())) {
        throw fieldProblem(LiaisonErrors.LIAISON_INVALID_REFERENCE, 'body/agendaItemId', `${input.agendaItemId} is not an item of this meeting's agenda`)
      }
      const rep = input.representativeId ? await memberOn(trx, groupId, input.representativeId, day, 'body/representativeId') : null
      const row = await trx
        .insertInto('viewsRaised')
        .values({ groupId, meetingId, agendaItemId: input.agendaItemId ?? null, representativeId: rep?.id ?? null, constituency: rep?.constituency ?? null, category: input.category, summary: input.summary, raisedOn: day })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toView(row)
    },
    async respond(trx: Transaction<Database>, groupId: string, meetingId: string, id: string, expected: number, response: string): Promise<View> {
      await meetings.load(groupId, meetingId, meetingsRepository(trx))
      const row = await load(trx, meetingId, id)
      if (row.version !== expected) preconditionFailed(row.version)
      return toView(await versionedUpdate<ViewRow>(trx, 'viewsRaised', { id }, expected, { response, respondedAt: now() }, notFound(id)))
    }
  }
}
export type ViewsService = ReturnType<typeof viewsService>
