/**
 * Feedback items: intake (items.intake.ts), reading and listing, and every change to an item —
 * a workflow command, an edit, an assignment, an erasure — decided by the pure workflow
 * (items.workflow.ts) and applied here under If-Match, with its timeline entry and its rollup
 * delta. Writes run in the transaction the route opened (see app.ts); reads use `db`.
 */
import type { FeedbackItem, UpdateFeedbackItem } from '@postcare/contracts'
import { decodeCursor, iso, preconditionFailed, toPage, type DirectoryLookup, type OperatorCalendar } from '@postcare/platform'
import type { Kysely, Transaction } from 'kysely'
import { categoriesRepository } from '../categories/categories.repository.js'
import type { FeedbackConfig } from '../config.js'
import type { Database } from '../db/database.js'
import { FeedbackErrors, fieldProblem } from '../errors.js'
import { RollupDelta } from '../statistics/rollup.js'
import { eraseTraces } from './items.erasure.js'
import { itemsIntake, type Caller } from './items.intake.js'
import { itemsRepository, type EventRow, type ItemFilter, type ItemRow } from './items.repository.js'
import { toItem } from './items.view.js'
import { decideAssignment, decideCommand, decideEdit, decideErasure, refuseIfClosed, type Command, type Decision, type WorkflowSettings } from './items.workflow.js'

export type { BatchOutcome, Caller } from './items.intake.js'

export interface ItemsDeps {
  db: Kysely<Database>
  config: FeedbackConfig
  directory: DirectoryLookup
  /** Local days, and working days at the item's office and district (holidays, suspensions). */
  calendar: OperatorCalendar
  now: () => Date
}

/** Rows an export reads per query. */
const SCAN_PAGE = 500

export function itemsService({ db, config, directory, calendar, now }: ItemsDeps) {
  const intake = itemsIntake({ config, directory, calendar, now })
  const repo = itemsRepository(db)
  const today = () => calendar.dayOf(now())
  const moment = () => ({ now: now(), today: today() })
  const scopeOf = (caller: Caller) => ({ caller: caller.identity.sub, office: caller.identity.office, today: today(), startOfDay: calendar.startOfDay })
  /**
   * What the workflow decides with, for one item: working days where its pledge clock runs (its
   * office and district), read from the directory's calendar for the years its clock can touch.
   */
  async function settingsFor(row: ItemRow): Promise<WorkflowSettings> {
    const working = await calendar.workingDaysAt({ officeCode: row.officeCode, districtCode: row.districtCode }, calendar.dayOf(row.receivedAt), today())
    return { pledges: config.pledges, calendar: working, dayOf: calendar.dayOf, currency: config.currency }
  }

  /** Office-bound callers see nothing outside their office: not 403, which would confirm it exists. */
  async function load(executor: Kysely<Database>, id: string, caller: Caller, forUpdate = false): Promise<ItemRow> {
    const row = await itemsRepository(executor).get(id, { forUpdate })
    if (!row || (caller.identity.office !== null && row.officeCode !== caller.identity.office)) throw FeedbackErrors.FEEDBACK_NOT_FOUND(`No feedback item ${id}.`)
    return row
  }

  /**
   * Applies the change `decide` makes to the item under If-Match, then `also` (before the new
   * timeline entry is written, so an erasure's reason is kept), the timeline entry and the rollup delta.
   */
  async function change(trx: Transaction<Database>, id: string, version: number, caller: Caller, decide: (row: ItemRow) => Decision | Promise<Decision>, also?: (after: ItemRow) => Promise<void>): Promise<ItemRow> {
    const items = itemsRepository(trx)
    const before = await load(trx, id, caller, true)
    if (before.version !== version) preconditionFailed(before.version)
    const { patch, event } = await decide(before)
    const after = await items.update(id, { ...patch, version: before.version + 1, updatedAt: now() })
    if (also) await also(after)
    await items.addEvents([{ ...event, itemId: id, at: now(), actor: caller.identity.sub }])
    await new RollupDelta(calendar).change(before, after).apply(trx)
    return after
  }

  return {
    today,

    create: intake.create,

    get: (id: string, caller: Caller) => load(db, id, caller),

    async list(filter: ItemFilter, caller: Caller, limit: number, cursor?: string) {
      const after = decodeCursor(cursor, ['instant', 'uuid'])
      const rows = await repo.list(filter, scopeOf(caller), limit, after ? { receivedAt: after[0], id: after[1] } : undefined)
      return toPage(rows, limit, (r) => [iso(r.receivedAt), r.id], (r) => r)
    },

    /** Every matching row, a page at a time, for exports that must not hold a million rows in memory. */
    async *scan(filter: ItemFilter, caller: Caller): AsyncGenerator<ItemRow[]> {
      const scope = scopeOf(caller)
      let after: { receivedAt: string; id: string } | undefined
      for (;;) {
        const rows = await repo.list(filter, scope, SCAN_PAGE, after)
        const page = rows.slice(0, SCAN_PAGE)
        if (page.length > 0) yield page
        if (rows.length <= SCAN_PAGE) return
        const last = page[page.length - 1]!
        after = { receivedAt: iso(last.receivedAt), id: last.id }
      }
    },

    command: (trx: Transaction<Database>, id: string, version: number, command: Command, body: Record<string, unknown>, caller: Caller) =>
      change(trx, id, version, caller, async (row) => decideCommand(row, command, body, moment(), await settingsFor(row))),

    async update(trx: Transaction<Database>, id: string, version: number, input: UpdateFeedbackItem, caller: Caller) {
      if (input.category !== undefined) {
        const categories = await categoriesRepository(trx).activeCodes()
        if (!categories.has(input.category)) throw fieldProblem(FeedbackErrors.FEEDBACK_UNKNOWN_CATEGORY, 'body/category', 'is not an active feedback category')
      }
      return change(trx, id, version, caller, (row) => decideEdit(row, input))
    },

    assign: (trx: Transaction<Database>, id: string, version: number, input: { team: string | null; officerId: string | null }, caller: Caller) =>
      change(trx, id, version, caller, (row) => decideAssignment(row, input)),

    /** Notes and replies add to the timeline only; they never change the item, so they need no If-Match. */
    async addEntry(trx: Transaction<Database>, id: string, body: string, visibility: 'internal' | 'customer', caller: Caller): Promise<EventRow> {
      const row = await load(trx, id, caller)
      if (visibility === 'customer') refuseIfClosed(row, `${row.reference} is closed; reopen it to write to the customer.`)
      return itemsRepository(trx).addEvent({ itemId: id, at: now(), actor: caller.identity.sub, type: visibility === 'customer' ? 'reply' : 'note', visibility, command: null, fromStatus: null, toStatus: null, body })
    },

    async timeline(id: string, caller: Caller): Promise<EventRow[]> {
      await load(db, id, caller)
      return repo.events(id)
    },

    /** An erasure request: the item's personal data, its timeline's free text and its stored create answers. */
    erase: (trx: Transaction<Database>, id: string, version: number, reason: string, caller: Caller) =>
      change(trx, id, version, caller, (row) => decideErasure(row, reason, now()), (after) => eraseTraces(trx, [after], today())),

    /** Contract objects of rows, as of the service's today (for `overdue`). */
    present(rows: ItemRow[]): FeedbackItem[] {
      const day = today()
      return rows.map((r) => toItem(r, day))
    }
  }
}

export type ItemsService = ReturnType<typeof itemsService>
