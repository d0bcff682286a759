import type { Agenda, AgendaItem, CreateAgendaItem, Paper, UpdateAgendaItem } from '@postcare/contracts'
import { iso, isoOrNull, preconditionFailed, type OperatorCalendar } from '@postcare/platform'
import type { Kysely, Selectable, Transaction, Updateable } from 'kysely'
import type { ActionTable, AgendaItemTable, Database } from '../db/database.js'
import { LiaisonErrors, fieldProblem } from '../errors.js'
import type { Lookups } from '../lookups.js'
import { HELD_STATES, OPEN_AGENDA_STATES } from '../meetings/lifecycle.js'
import { meetingsRepository, type MeetingRow } from '../meetings/meetings.repository.js'
import type { MeetingsService } from '../meetings/meetings.service.js'
import { memberOn } from '../representatives/representatives.repository.js'
import { agendaRepository, type AgendaItemRow, type DeclarationRow, type PaperRow } from './agenda.repository.js'

export const MAX_AGENDA_ITEMS = 200

export function toPaper(row: PaperRow): Paper {
  return {
    id: row.id,
    agendaItemId: row.agendaItemId,
    title: { en: row.titleEn, 'zh-Hant': row.titleZh },
    status: row.status as Paper['status'],
    mediaType: row.mediaType as Paper['mediaType'],
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedAt: isoOrNull(row.uploadedAt),
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt)
  }
}

function toItem(row: AgendaItemRow, papers: PaperRow[], declarations: DeclarationRow[]): AgendaItem {
  const presenter = row.presenterRepresentativeId
    ? { representativeId: row.presenterRepresentativeId, staffId: null, name: row.presenterRepresentativeName ?? '' }
    : row.presenterStaffId
      ? { representativeId: null, staffId: row.presenterStaffId, name: row.presenterName ?? '' }
      : null
  return {
    id: row.id,
    meetingId: row.meetingId,
    position: row.position,
    title: { en: row.titleEn, 'zh-Hant': row.titleZh },
    category: row.category,
    visibility: row.visibility as AgendaItem['visibility'],
    presenter,
    contributionId: row.contributionId,
    papers: papers.map(toPaper),
    declarations: declarations.map((d) => ({ id: d.id, agendaItemId: d.agendaItemId, representativeId: d.representativeId, name: d.name, interest: d.interest, createdAt: iso(d.createdAt) })),
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt)
  }
}

const invalid = (field: string, message: string) => fieldProblem(LiaisonErrors.LIAISON_INVALID_MEETING, field, message)

export function agendaService(db: Kysely<Database>, meetings: MeetingsService, lookups: Lookups, calendar: OperatorCalendar, today: () => string) {
  const notFound = (id: string) => () => LiaisonErrors.LIAISON_AGENDA_ITEM_NOT_FOUND(`No agenda item ${id} in this meeting.`)

  async function present(rows: AgendaItemRow[], r = agendaRepository(db)): Promise<AgendaItem[]> {
    const ids = rows.map((x) => x.id)
    const [papers, declarations] = await Promise.all([r.papers(ids), r.declarations(ids)])
    return rows.map((row) => toItem(row, papers.filter((p) => p.agendaItemId === row.id), declarations.filter((d) => d.agendaItemId === row.id)))
  }

  async function loadItem(meetingId: string, id: string, r = agendaRepository(db)): Promise<AgendaItemRow> {
    const row = await r.get(meetingId, id)
    if (!row) throw notFound(id)()
    return row
  }

  /** The meeting locked for the change: agenda positions are decided one writer at a time. */
  async function lockMeeting(trx: Transaction<Database>, groupId: string, meetingId: string): Promise<MeetingRow> {
    const row = await meetingsRepository(trx).getForUpdate(groupId, meetingId)
    if (!row) throw meetings.notFound(meetingId)()
    return row
  }

  const openAgenda = (meeting: MeetingRow) => {
    if (!(OPEN_AGENDA_STATES as readonly string[]).includes(meeting.status)) {
      throw LiaisonErrors.LIAISON_ILLEGAL_TRANSITION(`Meeting ${meeting.id} is ${meeting.status}; its agenda is settled.`, { allowed: [] })
    }
  }

  const matter = (a: Selectable<ActionTable>) => ({
    actionId: a.id, title: a.title, ownerStaffId: a.ownerStaffId, dueOn: a.dueOn, status: a.status as Agenda['mattersArising'][number]['status'], overdue: a.dueOn < today(), raisedAtMeetingId: a.meetingId
  })

  return {
    present,
    loadItem,
    lockMeeting,
    async agenda(groupId: string, meetingId: string): Promise<Agenda> {
      const meeting = await meetings.load(groupId, meetingId)
      const r = agendaRepository(db)
      const held = (HELD_STATES as readonly string[]).includes(meeting.status)
      const actions = held ? await r.carried(meetingId) : meeting.status === 'cancelled' ? [] : await r.openActionsBefore(groupId, meeting.startAt)
      return { meetingId, items: await present(await r.items(meetingId)), mattersArising: actions.map(matter) }
    },
    /** Carries the open actions into a meeting being held, fixing its matters arising. */
    async carry(trx: Transaction<Database>, meeting: MeetingRow): Promise<void> {
      const r = agendaRepository(trx)
      await r.carry(meeting.id, (await r.openActionsBefore(meeting.groupId, meeting.startAt)).map((a) => a.id))
    },
    async getItem(groupId: string, meetingId: string, id: string): Promise<AgendaItem> {
      await meetings.load(groupId, meetingId)
      const [item] = await present([await loadItem(meetingId, id)])
      return item!
    },
    /** Checks what needs feedback and the directory, before the create's transaction; answers a staff presenter's name. */
    async check(input: { category: string; presenterStaffId?: string; presenterRepresentativeId?: string }, prefix = 'body'): Promise<{ presenterName: string | null }> {
      await lookups.category(input.category, `${prefix}/category`)
      if (input.presenterStaffId && input.presenterRepresentativeId) throw invalid(`${prefix}/presenterStaffId`, 'give presenterStaffId or presenterRepresentativeId, not both')
      return { presenterName: input.presenterStaffId ? (await lookups.staff(input.presenterStaffId, `${prefix}/presenterStaffId`)).name : null }
    },
    async create(trx: Transaction<Database>, groupId: string, meetingId: string, input: CreateAgendaItem, checked: { presenterName: string | null }): Promise<AgendaItem> {
      const meeting = await lockMeeting(trx, groupId, meetingId)
      openAgenda(meeting)
      if (input.presenterRepresentativeId) await memberOn(trx, groupId, input.presenterRepresentativeId, calendar.dayOf(meeting.startAt), 'body/presenterRepresentativeId')
      const r = agendaRepository(trx)
      const count = await r.count(meetingId)
      if (count >= MAX_AGENDA_ITEMS) throw invalid('body', `an agenda holds at most ${MAX_AGENDA_ITEMS} items`)
      const position = Math.min(input.position ?? count + 1, count + 1)
      await r.shift(meetingId, position, count, 1)
      const id = await r.insert({
        meetingId, position, titleEn: input.title.en, titleZh: input.title['zh-Hant'], category: input.category, visibility: input.visibility ?? 'public',
        presenterRepresentativeId: input.presenterRepresentativeId ?? null, presenterStaffId: input.presenterStaffId ?? null, presenterName: checked.presenterName
      })
      const [item] = await present([await loadItem(meetingId, id, r)], r)
      return item!
    },
    async update(trx: Transaction<Database>, groupId: string, meetingId: string, id: string, expected: number, patch: UpdateAgendaItem): Promise<AgendaItem> {
      const meeting = await lockMeeting(trx, groupId, meetingId)
      const r = agendaRepository(trx)
      const row = await loadItem(meetingId, id, r)
      if (row.version !== expected) preconditionFailed(row.version)
      // Visibility may change at any time (the public record follows); the rest only while the agenda is open.
      if (patch.title || patch.category || patch.position !== undefined) openAgenda(meeting)
      const set: Updateable<AgendaItemTable> = {}
      if (patch.title) Object.assign(set, { titleEn: patch.title.en, titleZh: patch.title['zh-Hant'] })
      if (patch.category) set.category = patch.category
      if (patch.visibility) set.visibility = patch.visibility
      if (patch.position !== undefined && patch.position !== row.position) {
        const target = Math.min(patch.position, await r.count(meetingId))
        if (target < row.position) await r.shift(meetingId, target, row.position - 1, 1)
        else await r.shift(meetingId, row.position + 1, target, -1)
        set.position = target
      }
      await r.update(id, expected, set, notFound(id))
      const [item] = await present([await loadItem(meetingId, id, r)], r)
      return item!
    },
    async declare(trx: Transaction<Database>, groupId: string, meetingId: string, itemId: string, input: { representativeId: string; interest: string }) {
      const meeting = await lockMeeting(trx, groupId, meetingId)
      if (meeting.status === 'cancelled') throw LiaisonErrors.LIAISON_ILLEGAL_TRANSITION(`Meeting ${meetingId} is cancelled.`, { allowed: [] })
      const r = agendaRepository(trx)
      await loadItem(meetingId, itemId, r)
      await memberOn(trx, groupId, input.representativeId, calendar.dayOf(meeting.startAt), 'body/representativeId')
      const id = await r.insertDeclaration({ agendaItemId: itemId, ...input })
      await r.touch(itemId)
      const declaration = (await r.declarations([itemId])).find((d) => d.id === id)!
      return { id, agendaItemId: itemId, representativeId: declaration.representativeId, name: declaration.name, interest: declaration.interest, createdAt: iso(declaration.createdAt) }
    }
  }
}
export type AgendaService = ReturnType<typeof agendaService>
