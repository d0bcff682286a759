import { ERASED_TEXT } from '@postcare/platform'
import { type Insertable, type Kysely, type Selectable, type Updateable, sql } from 'kysely'
import type { Database, FeedbackEventTable, FeedbackItemTable } from '../db/database.js'

export type ItemRow = Selectable<FeedbackItemTable>
export type EventRow = Selectable<FeedbackEventTable>
export type NewEvent = Omit<Insertable<FeedbackEventTable>, 'changes'> & { changes?: Record<string, unknown> }

export interface ItemFilter {
  kind?: string
  status?: string
  stage?: string
  channel?: string
  category?: string
  officeCode?: string
  districtCode?: string
  regionClass?: string
  receivedFrom?: string
  receivedTo?: string
  overdue?: boolean
  trackingNumber?: string
  team?: string
  officerId?: string
  queue?: 'mine' | 'unassigned' | 'overdue' | 'awaiting_customer'
  q?: string
}

export interface ListScope {
  /** The caller's id, for the `mine` queue. */
  caller: string
  /** Set for an office-bound caller: nothing outside this office exists for them. */
  office: string | null
  today: string
  /** The first instant of a local day: "received from/to" are the operator's days, not UTC's. */
  startOfDay: (day: string) => Date
}

const eventValues = (e: NewEvent) => ({ ...e, changes: JSON.stringify(e.changes ?? {}) })

function addDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

export function itemsRepository(db: Kysely<Database>) {
  return {
    get(id: string, opts: { forUpdate?: boolean } = {}): Promise<ItemRow | undefined> {
      let q = db.selectFrom('feedbackItems').selectAll().where('id', '=', id)
      if (opts.forUpdate) q = q.forUpdate()
      return q.executeTakeFirst()
    },

    /** Newest first, keyset on (received_at, id); `after` is the last row of the previous page. */
    list(filter: ItemFilter, scope: ListScope, limit: number, after?: { receivedAt: string; id: string }): Promise<ItemRow[]> {
      let q = db.selectFrom('feedbackItems').selectAll()
      if (scope.office) q = q.where('officeCode', '=', scope.office)
      if (filter.kind) q = q.where('kind', '=', filter.kind as ItemRow['kind'])
      if (filter.status) q = q.where('status', '=', filter.status)
      if (filter.stage) q = q.where('stage', '=', filter.stage)
      if (filter.channel) q = q.where('channel', '=', filter.channel)
      if (filter.category) q = q.where('categoryCode', '=', filter.category)
      if (filter.officeCode) q = q.where('officeCode', '=', filter.officeCode)
      if (filter.districtCode) q = q.where('districtCode', '=', filter.districtCode)
      if (filter.regionClass) q = q.where('regionClass', '=', filter.regionClass as ItemRow['regionClass'])
      if (filter.receivedFrom) q = q.where('receivedAt', '>=', scope.startOfDay(filter.receivedFrom))
      if (filter.receivedTo) q = q.where('receivedAt', '<', scope.startOfDay(addDay(filter.receivedTo)))
      if (filter.overdue === true || filter.queue === 'overdue') q = q.where('nextDueOn', '<', scope.today)
      if (filter.overdue === false) q = q.where((eb) => eb.or([eb('nextDueOn', 'is', null), eb('nextDueOn', '>=', scope.today)]))
      if (filter.trackingNumber) q = q.where(sql<boolean>`tracking_numbers @> array[${filter.trackingNumber}]::text[]`)
      if (filter.team) q = q.where('team', '=', filter.team)
      if (filter.officerId) q = q.where('officerId', '=', filter.officerId)
      if (filter.queue === 'mine') q = q.where('officerId', '=', scope.caller).where('status', '<>', 'closed')
      if (filter.queue === 'unassigned') q = q.where('officerId', 'is', null).where('status', '<>', 'closed')
      if (filter.queue === 'awaiting_customer') q = q.where('status', '=', 'awaiting_customer')
      if (filter.q) q = q.where(sql<boolean>`search @@ websearch_to_tsquery('simple', ${filter.q})`)
      if (after) q = q.where(sql<boolean>`(received_at, id) < (${new Date(after.receivedAt)}, ${after.id}::uuid)`)
      return q.orderBy('receivedAt', 'desc').orderBy('id', 'desc').limit(limit + 1).execute()
    },

    insert(rows: Array<Insertable<FeedbackItemTable>>): Promise<ItemRow[]> {
      return db.insertInto('feedbackItems').values(rows).returningAll().execute()
    },

    /** Applies a decided change; the caller holds the row (`get` with forUpdate) and sets the version. */
    update(id: string, patch: Updateable<FeedbackItemTable>): Promise<ItemRow> {
      return db.updateTable('feedbackItems').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
    },

    async addEvents(events: NewEvent[]): Promise<void> {
      if (events.length === 0) return
      await db.insertInto('feedbackEvents').values(events.map(eventValues)).execute()
    },

    addEvent(event: NewEvent): Promise<EventRow> {
      return db.insertInto('feedbackEvents').values(eventValues(event)).returningAll().executeTakeFirstOrThrow()
    },

    /** The timeline's messages, notes and replies of erased items: free text that can hold personal data. */
    async eraseEventBodies(itemIds: string[]): Promise<void> {
      if (itemIds.length === 0) return
      await db.updateTable('feedbackEvents').set({ body: ERASED_TEXT }).where('itemId', 'in', itemIds).where('body', 'is not', null).execute()
    },

    events(itemId: string): Promise<EventRow[]> {
      return db.selectFrom('feedbackEvents').selectAll().where('itemId', '=', itemId).orderBy('id').limit(10000).execute()
    },

    /** Takes `count` numbers for (prefix, year), in order; see the migration for why a sequence. */
    async takeReferences(prefix: string, year: number, count: number): Promise<number[]> {
      const sequence = `reference_${prefix.toLowerCase()}_${year}`
      const { rows } = await sql<{ n: string }>`select nextval(${sequence}::regclass)::text as n from generate_series(1, ${count})`.execute(db)
      return rows.map((r) => Number(r.n)).sort((a, b) => a - b)
    }
  }
}
