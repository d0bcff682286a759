/** Actions raised at meetings: owners from the directory, due dates, progress, and the overdue ones. */
import type { Action, CreateAction } from '@postcare/contracts'
import { decodeCursor, iso, isoOrNull, preconditionFailed, toPage, versionedUpdate, type OperatorCalendar } from '@postcare/platform'
import type { Kysely, Selectable, Transaction } from 'kysely'
import type { AgendaService } from '../agenda/agenda.service.js'
import type { ActionTable, ActionUpdateTable, Database } from '../db/database.js'
import { LiaisonErrors, fieldProblem } from '../errors.js'
import type { Caller } from '../http.js'
import type { Lookups } from '../lookups.js'
import { HELD_STATES } from '../meetings/lifecycle.js'
import { meetingsRepository } from '../meetings/meetings.repository.js'
import type { MeetingsService } from '../meetings/meetings.service.js'

type ActionRow = Selectable<ActionTable>
type UpdateRow = Selectable<ActionUpdateTable>
const OPEN = ['open', 'in_progress']
const CLOSED = ['completed', 'dropped']

export interface ActionFilter {
  groupId?: string
  meetingId?: string
  status?: string
  overdue?: boolean
  ownerStaffId?: string
}

export function actionsService(db: Kysely<Database>, meetings: MeetingsService, agenda: AgendaService, lookups: Lookups, calendar: OperatorCalendar, today: () => string, now: () => Date) {
  const notFound = (id: string) => () => LiaisonErrors.LIAISON_ACTION_NOT_FOUND(`No action ${id} raised at this meeting.`)

  const toAction = (row: ActionRow, updates: UpdateRow[]): Action => ({
    id: row.id,
    groupId: row.groupId,
    meetingId: row.meetingId,
    agendaItemId: row.agendaItemId,
    viewId: row.viewId,
    title: row.title,
    owner: { staffId: row.ownerStaffId, name: row.ownerName, email: row.ownerEmail },
    raisedOn: row.raisedOn,
    dueOn: row.dueOn,
    status: row.status as Action['status'],
    overdue: OPEN.includes(row.status) && row.dueOn < today(),
    progress: updates.map((u) => ({ at: iso(u.at), by: u.byCaller, note: u.note, status: u.status as Action['status'] })),
    closedAt: isoOrNull(row.closedAt),
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt)
  })

  async function present(r: Kysely<Database>, rows: ActionRow[]): Promise<Action[]> {
    const ids = rows.map((a) => a.id)
    const updates = ids.length ? await r.selectFrom('actionUpdates').selectAll().where('actionId', 'in', ids).orderBy('id').execute() : []
    return rows.map((a) => toAction(a, updates.filter((u) => u.actionId === a.id)))
  }

  async function load(r: Kysely<Database>, meetingId: string, id: string): Promise<ActionRow> {
    const row = await r.selectFrom('actions').selectAll().where('meetingId', '=', meetingId).where('id', '=', id).executeTakeFirst()
    if (!row) throw notFound(id)()
    return row
  }

  return {
    async list(filter: ActionFilter, limit: number, cursor?: string) {
      const after = decodeCursor(cursor, ['instant', 'uuid'])
      let q = db.selectFrom('actions').selectAll()
      if (filter.groupId) q = q.where('groupId', '=', filter.groupId)
      if (filter.meetingId) q = q.where('meetingId', '=', filter.meetingId)
      if (filter.status) q = q.where('status', '=', filter.status)
      if (filter.ownerStaffId) q = q.where('ownerStaffId', '=', filter.ownerStaffId)
      if (filter.overdue === true) q = q.where('status', 'in', OPEN).where('dueOn', '<', today())
      if (filter.overdue === false) q = q.where((eb) => eb.or([eb('status', 'in', CLOSED), eb('dueOn', '>=', today())]))
      if (after) q = q.where((eb) => eb.or([eb('createdAt', '>', new Date(after[0])), eb.and([eb('createdAt', '=', new Date(after[0])), eb('id', '>', after[1])])]))
      const rows = await q.orderBy('createdAt').orderBy('id').limit(limit + 1).execute()
      const page = toPage(rows, limit, (r) => [iso(r.createdAt), r.id], (r) => r)
      return { items: await present(db, page.items), nextCursor: page.nextCursor }
    },
    async get(groupId: string, meetingId: string, id: string): Promise<Action> {
      await meetings.load(groupId, meetingId)
      const [action] = await present(db, [await load(db, meetingId, id)])
      return action!
    },
    /** The owner, from the directory, before the create's transaction. */
    check: (input: CreateAction) => lookups.staff(input.ownerStaffId, 'body/ownerStaffId'),
    async create(trx: Transaction<Database>, groupId: string, meetingId: string, input: CreateAction, ownerName: string, caller: Caller): Promise<Action> {
      const meeting = await agenda.lockMeeting(trx, groupId, meetingId)
      if (!(HELD_STATES as readonly string[]).includes(meeting.status)) {
        throw LiaisonErrors.LIAISON_ILLEGAL_TRANSITION(`Meeting ${meetingId} is ${meeting.status}: actions are raised at a meeting that has been held.`, { allowed: [] })
      }
      const raisedOn = calendar.dayOf(meeting.startAt)
      if (input.dueOn < raisedOn) throw fieldProblem(LiaisonErrors.LIAISON_INVALID_MEETING, 'body/dueOn', `is before the meeting (${raisedOn})`)
      const ofMeeting = async (table: 'agendaItems' | 'viewsRaised', id: string | undefined, field: string) => {
        if (id && !(await trx.selectFrom(table).select('id').where('meetingId', '=', meetingId).where('id', '=', id).executeTakeFirst())) {
          throw fieldProblem(LiaisonErrors.LIAISON_INVALID_REFERENCE, field, `${id} was not raised at this meeting`)
        }
      }
      await ofMeeting('agendaItems', input.agendaItemId, 'body/agendaItemId')
      await ofMeeting('viewsRaised', input.viewId, 'body/viewId')
      const row = await trx
        .insertInto('actions')
        .values({
          groupId, meetingId, agendaItemId: input.agendaItemId ?? null, viewId: input.viewId ?? null, title: input.title,
          ownerStaffId: input.ownerStaffId, ownerName, ownerEmail: input.ownerEmail ?? null, raisedOn, dueOn: input.dueOn
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      await trx.insertInto('actionUpdates').values({ actionId: row.id, byCaller: caller.id, note: 'Raised at the meeting.', status: 'open' }).execute()
      const [action] = await present(trx, [row])
      return action!
    },
    async progress(trx: Transaction<Database>, groupId: string, meetingId: string, id: string, expected: number, input: { note: string; status?: string }, caller: Caller): Promise<Action> {
      await meetings.load(groupId, meetingId, meetingsRepository(trx))
      const row = await load(trx, meetingId, id)
      if (row.version !== expected) preconditionFailed(row.version)
      const status = input.status ?? row.status
      const closing = CLOSED.includes(status)
      const updated = await versionedUpdate<ActionRow>(trx, 'actions', { id }, expected, {
        status,
        closedAt: closing ? (CLOSED.includes(row.status) ? row.closedAt : now()) : null,
        closedOn: closing ? (CLOSED.includes(row.status) ? row.closedOn : today()) : null,
        // A reopened action that is (or falls) overdue again is reminded again.
        remindedOn: CLOSED.includes(row.status) && !closing ? null : row.remindedOn
      }, notFound(id))
      await trx.insertInto('actionUpdates').values({ actionId: id, byCaller: caller.id, note: input.note, status }).execute()
      const [action] = await present(trx, [updated])
      return action!
    }
  }
}
export type ActionsService = ReturnType<typeof actionsService>
