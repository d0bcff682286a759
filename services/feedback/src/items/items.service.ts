import type { CloseFeedbackItem, ComplaintStage, Customer, CreateFeedbackItem, FeedbackItem, FeedbackKind, FeedbackStatus, Remedy, UpdateFeedbackItem } from '@postcare/contracts'
import { AppError, ERASED_TEXT, decodeCursor, instantProblem, officeNotPermitted, rewriteStoredResponses, type DirectoryLookup, type Identity, iso, isoOrNull, type OperatorCalendar, preconditionFailed, toPage } from '@postcare/platform'
import { type Insertable, type Kysely, sql } from 'kysely'
import type { FeedbackConfig } from '../config.js'
import type { Database, FeedbackItemTable } from '../db/database.js'
import { FeedbackErrors, fieldProblem } from '../errors.js'
import { RollupDelta } from '../statistics/rollup.js'
import { allowedCommands, type Command, nextStage } from './items.workflow.js'
import { type ItemFilter, type ItemRow, type NewEvent, itemsRepository } from './items.repository.js'

const prefixes: Record<FeedbackKind, string> = { complaint: 'CMP', commendation: 'COM', suggestion: 'SUG' }
/** Terminal clocks drift; a receivedAt this far ahead is a mistake, not drift. */
const FUTURE_TOLERANCE_MS = 5 * 60_000
/** Items marked per transaction by the breach sweep. */
const BREACH_BLOCK = 1000
/** Items anonymised per transaction by the retention sweep. */
const SWEEP_BLOCK = 1000
/** Outcomes under which a complaint may close with nothing given (`remedy: {}`). */
const remedyOptional = new Set<string>(['not_upheld', 'withdrawn'])

export interface Caller {
  identity: Identity
  requestId: string
}

export interface ItemsDeps {
  db: Kysely<Database>
  config: FeedbackConfig
  directory: DirectoryLookup
  /** Local days, and working days at the item's office and district (holidays, suspensions). */
  calendar: OperatorCalendar
  now: () => Date
}

/**
 * The item as stored. Masking for callers without `personal-data:read`, and the audit of reads by
 * those with it, happen on the way out, from the marks in the contract (platform disclosure.ts).
 */
export function toItem(row: ItemRow, today: string): FeedbackItem {
  const erased = row.personalDataErasedAt !== null
  const customer: Customer = {
    anonymous: row.customerAnonymous,
    name: row.customerName,
    email: row.customerEmail,
    phone: row.customerPhone,
    address: row.customerAddress,
    preferredReplyChannel: row.preferredReplyChannel as Customer['preferredReplyChannel'],
    language: row.language,
    membershipNumber: row.membershipNumber,
    vulnerable: row.vulnerable,
    personalData: erased ? 'erased' : 'full'
  }
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    status: row.status as FeedbackStatus,
    stage: row.stage as ComplaintStage | null,
    priority: row.priority as FeedbackItem['priority'],
    channel: row.channel as FeedbackItem['channel'],
    officeCode: row.officeCode,
    districtCode: row.districtCode,
    regionClass: row.regionClass,
    category: row.categoryCode,
    subject: row.subject,
    description: row.description,
    occurredAt: isoOrNull(row.occurredAt),
    receivedAt: iso(row.receivedAt),
    trackingNumbers: row.trackingNumbers,
    staffId: row.staffId,
    remedySought: row.remedySought,
    replyRequired: row.replyRequired,
    customer,
    team: row.team,
    officerId: row.officerId,
    deadlines: {
      acknowledgeBy: row.acknowledgeDueOn,
      replyBy: row.replyDueOn,
      overdue: row.nextDueOn !== null && row.nextDueOn < today,
      pausedWorkingDays: row.pausedWorkingDays,
      acknowledgementBreached: row.acknowledgementBreached,
      replyBreached: row.replyBreached
    },
    acknowledgedAt: isoOrNull(row.acknowledgedAt),
    respondedAt: isoOrNull(row.respondedAt),
    forwardedAt: isoOrNull(row.forwardedAt),
    forwardedToOffice: row.forwardedToOffice,
    closedAt: isoOrNull(row.closedAt),
    outcome: row.outcome as FeedbackItem['outcome'],
    remedy: (row.remedy ?? null) as Remedy | null,
    rootCause: row.rootCause as FeedbackItem['rootCause'],
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt)
  }
}

type Decision = { patch: Partial<Insertable<FeedbackItemTable>>; event: Omit<NewEvent, 'itemId' | 'at' | 'actor'>; also?: (trx: Kysely<Database>, after: ItemRow) => Promise<void> }

export type BatchOutcome = { index: number; row: ItemRow } | { index: number; error: AppError }

export function itemsService({ db, config, directory, calendar, now }: ItemsDeps) {
  const repo = itemsRepository(db)
  const today = () => calendar.dayOf(now())
  /** Where an item's pledge clock runs: a suspension for its office or district stops it. */
  const placeOf = (row: { officeCode: string; districtCode: string }) => ({ officeCode: row.officeCode, districtCode: row.districtCode })
  const notFound = (id: string) => FeedbackErrors.FEEDBACK_NOT_FOUND(`No feedback item ${id}.`)
  const replyDays = (stage: ComplaintStage | null) => config.pledges.replyDays[stage ?? 'frontline']

  /** Checks one intake against the directory and the rules, and builds its row (reference comes later). */
  async function prepare(input: CreateFeedbackItem, caller: Caller, at: string, categories: Set<string>): Promise<Omit<Insertable<FeedbackItemTable>, 'reference'>> {
    const { identity } = caller
    if (identity.office !== null && input.officeCode !== identity.office) {
      throw officeNotPermitted(identity.office, `${at}/officeCode`)
    }
    for (const field of ['receivedAt', 'occurredAt'] as const) {
      const problem = input[field] === undefined ? undefined : instantProblem(input[field])
      if (problem) throw fieldProblem(FeedbackErrors.FEEDBACK_INVALID_ITEM, `${at}/${field}`, problem)
    }
    const received = input.receivedAt ? new Date(input.receivedAt) : now()
    if (received.getTime() > now().getTime() + FUTURE_TOLERANCE_MS) throw fieldProblem(FeedbackErrors.FEEDBACK_INVALID_ITEM, `${at}/receivedAt`, 'is in the future')
    if (calendar.yearOf(received) < 1990) throw fieldProblem(FeedbackErrors.FEEDBACK_INVALID_ITEM, `${at}/receivedAt`, 'is before 1990, the first year references are kept for')
    if (input.occurredAt && new Date(input.occurredAt).getTime() > received.getTime()) {
      throw fieldProblem(FeedbackErrors.FEEDBACK_INVALID_ITEM, `${at}/occurredAt`, 'is after receivedAt')
    }
    if (!categories.has(input.category)) throw fieldProblem(FeedbackErrors.FEEDBACK_UNKNOWN_CATEGORY, `${at}/category`, 'is not an active feedback category')
    const c = input.customer
    const replyRequired = input.replyRequired ?? input.kind === 'complaint'
    if (c.anonymous) {
      for (const field of ['name', 'email', 'phone', 'address', 'membershipNumber'] as const) {
        if (c[field] !== undefined) throw fieldProblem(FeedbackErrors.FEEDBACK_INVALID_ITEM, `${at}/customer/${field}`, 'must be absent for an anonymous customer')
      }
      if (replyRequired) throw fieldProblem(FeedbackErrors.FEEDBACK_REPLY_NEEDS_CONTACT, `${at}/customer/anonymous`, 'cannot be true when a reply is required')
    }
    if (c.vulnerable && !c.vulnerabilityConsent) {
      throw fieldProblem(FeedbackErrors.FEEDBACK_INVALID_ITEM, `${at}/customer/vulnerabilityConsent`, 'must be true to record the vulnerable-customer flag')
    }
    const replyChannel = c.preferredReplyChannel ?? (c.email ? 'email' : c.phone ? 'phone' : c.address ? 'letter' : 'none')
    const needs: Record<string, 'email' | 'phone' | 'address' | undefined> = { email: 'email', phone: 'phone', sms: 'phone', letter: 'address', none: undefined }
    const needed = needs[replyChannel]
    if (needed && !c[needed]) {
      throw fieldProblem(FeedbackErrors.FEEDBACK_REPLY_NEEDS_CONTACT, `${at}/customer/${needed}`, `is needed to reply by ${replyChannel}`)
    }
    if (replyRequired && replyChannel === 'none') {
      throw fieldProblem(FeedbackErrors.FEEDBACK_REPLY_NEEDS_CONTACT, `${at}/customer/preferredReplyChannel`, 'cannot be none when a reply is required')
    }
    const office = await directory.office(input.officeCode)
    if (!office) throw fieldProblem(FeedbackErrors.FEEDBACK_UNKNOWN_OFFICE, `${at}/officeCode`, 'is not a known post office')
    let staffOffice: string | null = null
    if (input.staffId) {
      const staff = await directory.staff(input.staffId)
      if (!staff) throw fieldProblem(FeedbackErrors.FEEDBACK_UNKNOWN_STAFF, `${at}/staffId`, 'is not a known member of staff')
      staffOffice = staff.officeCode
    }
    const day = calendar.dayOf(received)
    const place = { officeCode: office.code, districtCode: office.districtCode }
    const ackDue = await calendar.addWorkingDays(day, config.pledges.acknowledgeDays, place)
    const replyDue = input.kind === 'commendation' ? null : await calendar.addWorkingDays(day, config.pledges.replyDays.frontline, place)
    return {
      kind: input.kind,
      status: 'received',
      stage: input.kind === 'complaint' ? 'frontline' : null,
      priority: c.vulnerable ? 'high' : 'normal',
      channel: input.channel,
      officeCode: office.code,
      districtCode: office.districtCode,
      regionClass: office.regionClass,
      categoryCode: input.category,
      subject: input.subject,
      description: input.description,
      occurredAt: input.occurredAt ?? null,
      receivedAt: received,
      trackingNumbers: input.trackingNumbers ?? [],
      staffId: input.staffId ?? null,
      staffOfficeCode: staffOffice,
      remedySought: input.remedySought ?? null,
      replyRequired,
      customerAnonymous: c.anonymous,
      customerName: c.name ?? null,
      customerEmail: c.email ?? null,
      customerPhone: c.phone ?? null,
      customerAddress: c.address ?? null,
      preferredReplyChannel: replyChannel,
      language: c.language,
      membershipNumber: c.membershipNumber ?? null,
      vulnerable: c.vulnerable,
      acknowledgeDueOn: ackDue,
      replyDueOn: replyDue,
      nextDueOn: ackDue,
      createdBy: caller.identity.sub
    }
  }

  /** Office-bound callers see nothing outside their office: not 403, which would confirm it exists. */
  async function load(trx: Kysely<Database>, id: string, caller: Caller, forUpdate = false): Promise<ItemRow> {
    const row = await itemsRepository(trx).get(id, { forUpdate })
    if (!row || (caller.identity.office !== null && row.officeCode !== caller.identity.office)) throw notFound(id)
    return row
  }

  /** Runs one change to an item under If-Match, with its timeline entry and rollup delta, in one transaction. */
  async function change(
    id: string,
    version: number,
    caller: Caller,
    decide: (row: ItemRow) => Decision | Promise<Decision>
  ): Promise<ItemRow> {
    return db.transaction().execute(async (trx) => {
      const before = await load(trx, id, caller, true)
      if (before.version !== version) preconditionFailed(before.version)
      const { patch, event, also } = await decide(before)
      const after = await trx
        .updateTable('feedbackItems')
        .set({ ...patch, version: before.version + 1, updatedAt: now() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow()
      if (also) await also(trx, after)
      await itemsRepository(trx).addEvents([{ ...event, itemId: id, at: now(), actor: caller.identity.sub }])
      await new RollupDelta(calendar).change(before, after).apply(trx)
      return after
    })
  }

  function illegal(row: ItemRow, command: string): AppError {
    const allowed = row.status === 'closed' && command === 'assign' ? ['reopen'] : allowedCommands(row.kind, row.status as FeedbackStatus, row.stage as ComplaintStage | null)
    return FeedbackErrors.FEEDBACK_ILLEGAL_TRANSITION(`A ${row.kind} that is ${row.status} cannot ${command}; allowed: ${allowed.join(', ') || 'none'}.`, { allowed })
  }

  function checkRemedy(remedy: Remedy, outcome: CloseFeedbackItem['outcome']) {
    if (remedy.compensation && remedy.compensation.currency !== config.currency) {
      throw fieldProblem(FeedbackErrors.FEEDBACK_INVALID_ITEM, 'body/remedy/compensation/currency', `must be ${config.currency}`)
    }
    // A complaint found (partly) justified was put right somehow; `{}` would record that it was not.
    const given = remedy.apology || (remedy.compensation?.amountMinor ?? 0) > 0 || Boolean(remedy.serviceRecovery)
    if (!given && outcome !== undefined && !remedyOptional.has(outcome)) {
      throw fieldProblem(
        FeedbackErrors.FEEDBACK_CLOSURE_INCOMPLETE,
        'body/remedy',
        `must give an apology, compensation above zero or a service recovery when the outcome is ${outcome}; an empty remedy is only for not_upheld or withdrawn`
      )
    }
  }

  async function decideCommand(row: ItemRow, command: Command, body: Record<string, unknown>): Promise<Decision> {
    const status = row.status as FeedbackStatus
    const stage = row.stage as ComplaintStage | null
    if (!allowedCommands(row.kind, status, stage).includes(command)) throw illegal(row, command)
    const day = today()
    const at = now()
    const transition = (to: FeedbackStatus, body: string | null, visibility: 'internal' | 'customer', changes: Record<string, unknown> = {}) => ({
      type: command === 'respond' ? 'reply' : 'transition',
      visibility,
      command,
      fromStatus: status,
      toStatus: to,
      body,
      changes
    })
    const message = typeof body.message === 'string' ? body.message : null
    const reason = typeof body.reason === 'string' ? body.reason : null
    switch (command) {
      case 'acknowledge': {
        const breached = row.acknowledgementBreached || day > row.acknowledgeDueOn
        return {
          patch: { status: 'acknowledged', acknowledgedAt: at, acknowledgementBreached: breached, nextDueOn: row.replyDueOn },
          event: transition('acknowledged', message, 'customer', { acknowledgementBreached: breached })
        }
      }
      case 'investigate':
        return { patch: { status: 'investigating', nextDueOn: row.replyDueOn }, event: transition('investigating', null, 'internal') }
      case 'await-customer':
        return { patch: { status: 'awaiting_customer', pausedAt: at, nextDueOn: null }, event: transition('awaiting_customer', reason, 'customer') }
      case 'resume': {
        const paused = await calendar.workingDaysBetween(calendar.dayOf(row.pausedAt ?? at), day, placeOf(row))
        const replyDue = row.replyDueOn === null ? null : await calendar.addWorkingDays(row.replyDueOn, paused, placeOf(row))
        return {
          patch: { status: 'investigating', pausedAt: null, pausedWorkingDays: row.pausedWorkingDays + paused, replyDueOn: replyDue, nextDueOn: replyDue },
          event: transition('investigating', null, 'internal', { pausedWorkingDays: paused, replyBy: replyDue })
        }
      }
      case 'respond': {
        const onTime = row.replyDueOn === null || day <= row.replyDueOn
        const first = row.firstRespondedAt === null
        return {
          patch: {
            status: 'responded',
            respondedAt: at,
            nextDueOn: null,
            replyBreached: row.replyBreached || !onTime,
            ...(first ? { firstRespondedAt: at, firstReplyOnTime: onTime } : {})
          },
          event: transition('responded', message, 'customer', { onTime })
        }
      }
      case 'escalate': {
        const to = nextStage(stage)!
        const replyDue = await calendar.addWorkingDays(day, replyDays(to), placeOf(row))
        return {
          patch: { status: 'investigating', stage: to, replyDueOn: replyDue, nextDueOn: replyDue, pausedAt: null },
          event: transition('investigating', reason, 'customer', { stage: to, replyBy: replyDue })
        }
      }
      case 'forward': {
        const office = row.staffOfficeCode ?? row.officeCode
        return {
          patch: { status: 'forwarded', forwardedAt: at, forwardedToOffice: office, nextDueOn: null },
          event: transition('forwarded', row.staffId ? `Forwarded to ${row.staffId} at office ${office}.` : `Forwarded to office ${office}.`, 'internal', { forwardedToOffice: office })
        }
      }
      case 'close': {
        const input = body as CloseFeedbackItem
        if (row.kind === 'complaint') {
          const missing = (['outcome', 'remedy', 'rootCause'] as const).filter((f) => input[f] === undefined)
          if (missing.length > 0) {
            throw FeedbackErrors.FEEDBACK_CLOSURE_INCOMPLETE(`Closing a complaint needs ${missing.join(', ')}.`, {
              errors: missing.map((f) => ({ field: `body/${f}`, message: 'is required to close a complaint' }))
            })
          }
          checkRemedy(input.remedy!, input.outcome)
        } else {
          const extra = (['outcome', 'remedy', 'rootCause'] as const).find((f) => input[f] !== undefined)
          if (extra) throw fieldProblem(FeedbackErrors.FEEDBACK_INVALID_ITEM, `body/${extra}`, `is only recorded for complaints, not a ${row.kind}`)
        }
        return {
          patch: {
            status: 'closed',
            closedAt: at,
            nextDueOn: null,
            pausedAt: null,
            outcome: input.outcome ?? null,
            remedy: input.remedy ? JSON.stringify(input.remedy) : null,
            compensationMinor: input.remedy?.compensation?.amountMinor ?? 0,
            rootCause: input.rootCause ?? null
          },
          event: transition('closed', input.note ?? null, 'internal', { outcome: input.outcome ?? null, rootCause: input.rootCause ?? null })
        }
      }
      case 'reopen': {
        const to: FeedbackStatus = row.kind === 'complaint' ? 'investigating' : 'acknowledged'
        const replyDue = await calendar.addWorkingDays(day, replyDays(stage), placeOf(row))
        return {
          patch: { status: to, closedAt: null, outcome: null, remedy: null, compensationMinor: 0, rootCause: null, replyDueOn: replyDue, nextDueOn: replyDue },
          event: transition(to, reason, 'internal', { replyBy: replyDue })
        }
      }
    }
  }

  return {
    today,

    /** Creates items in `trx`; items that fail their checks are reported, the rest are created. */
    async create(inputs: CreateFeedbackItem[], caller: Caller, trx: Kysely<Database>, at: (i: number) => string): Promise<BatchOutcome[]> {
      const categories = await itemsRepository(trx).activeCategories()
      const prepared = await Promise.all(
        inputs.map(async (input, index) => {
          try {
            return { index, row: await prepare(input, caller, at(index), categories) }
          } catch (error) {
            if (error instanceof AppError) return { index, error }
            throw error
          }
        })
      )
      const ok = prepared.filter((p): p is { index: number; row: Omit<Insertable<FeedbackItemTable>, 'reference'> } => 'row' in p)
      // One block of numbers per (kind, year), taken in a fixed order so concurrent batches never deadlock.
      const groups = new Map<string, typeof ok>()
      for (const p of ok) {
        // References restart with each local year: an item at 00:30 on 1 January is in the new one.
        const key = `${prefixes[p.row.kind]}-${calendar.yearOf(p.row.receivedAt as Date)}`
        groups.set(key, [...(groups.get(key) ?? []), p])
      }
      const references = new Map<number, string>()
      for (const key of [...groups.keys()].sort()) {
        const members = groups.get(key)!
        const [prefix, year] = key.split('-') as [string, string]
        const numbers = await itemsRepository(trx).takeReferences(prefix, Number(year), members.length)
        members.forEach((p, i) => references.set(p.index, `${key}-${String(numbers[i]).padStart(6, '0')}`))
      }
      const rows = ok.length === 0 ? [] : await itemsRepository(trx).insert(ok.map((p) => ({ ...p.row, reference: references.get(p.index)! })))
      const byReference = new Map(rows.map((r) => [r.reference, r]))
      await itemsRepository(trx).addEvents(
        rows.map((r) => ({ itemId: r.id, at: now(), actor: caller.identity.sub, type: 'created', visibility: 'internal', command: null, fromStatus: null, toStatus: 'received', body: null, changes: { reference: r.reference } }))
      )
      // Last: the day's rollup rows are shared by every intake, so they are locked for as short a time as possible.
      const delta = new RollupDelta(calendar)
      for (const r of rows) delta.add(r, 1)
      await delta.apply(trx)
      return prepared.map((p) => ('row' in p ? { index: p.index, row: byReference.get(references.get(p.index)!)! } : p))
    },

    get: (id: string, caller: Caller) => load(db, id, caller),

    async list(filter: ItemFilter, caller: Caller, limit: number, cursor?: string) {
      const after = decodeCursor(cursor, ['instant', 'uuid'])
      const rows = await repo.list(filter, { caller: caller.identity.sub, office: caller.identity.office, today: today(), startOfDay: calendar.startOfDay }, limit, after ? { receivedAt: after[0] as string, id: after[1] as string } : undefined)
      return toPage(rows, limit, (r) => [iso(r.receivedAt), r.id], (r) => r)
    },

    /** Every matching row, a page at a time, for exports that must not hold a million rows in memory. */
    async *scan(filter: ItemFilter, caller: Caller): AsyncGenerator<ItemRow[]> {
      const scope = { caller: caller.identity.sub, office: caller.identity.office, today: today(), startOfDay: calendar.startOfDay }
      let after: { receivedAt: string; id: string } | undefined
      for (;;) {
        const rows = await repo.list(filter, scope, 500, after)
        const page = rows.slice(0, 500)
        if (page.length > 0) yield page
        if (rows.length <= 500) return
        const last = page[page.length - 1]!
        after = { receivedAt: iso(last.receivedAt), id: last.id }
      }
    },

    command: (id: string, version: number, command: Command, body: Record<string, unknown>, caller: Caller) =>
      change(id, version, caller, (row) => decideCommand(row, command, body)),

    async update(id: string, version: number, input: UpdateFeedbackItem, caller: Caller) {
      if (input.category !== undefined) {
        const categories = await repo.activeCategories()
        if (!categories.has(input.category)) throw fieldProblem(FeedbackErrors.FEEDBACK_UNKNOWN_CATEGORY, 'body/category', 'is not an active feedback category')
      }
      return change(id, version, caller, (row) => {
        if (row.status === 'closed') throw FeedbackErrors.FEEDBACK_ITEM_CLOSED(`${row.reference} is closed; reopen it first.`, { allowed: allowedCommands(row.kind, 'closed', row.stage as ComplaintStage | null) })
        const patch: Partial<Insertable<FeedbackItemTable>> = {}
        const changes: Record<string, unknown> = {}
        if (input.category !== undefined) { patch.categoryCode = input.category; changes.category = input.category }
        // Free text is personal data: the timeline records that it changed, never what it says.
        if (input.subject !== undefined) { patch.subject = input.subject; changes.subject = true }
        if (input.trackingNumbers !== undefined) { patch.trackingNumbers = input.trackingNumbers; changes.trackingNumbers = input.trackingNumbers }
        if (input.remedySought !== undefined) { patch.remedySought = input.remedySought; changes.remedySought = true }
        if (input.priority !== undefined) { patch.priority = input.priority; changes.priority = input.priority }
        return { patch, event: { type: 'edited', visibility: 'internal', command: null, fromStatus: null, toStatus: null, body: null, changes } }
      })
    },

    assign: (id: string, version: number, input: { team: string | null; officerId: string | null }, caller: Caller) =>
      change(id, version, caller, (row) => {
        if (row.status === 'closed') throw FeedbackErrors.FEEDBACK_ITEM_CLOSED(`${row.reference} is closed; reopen it first.`, { allowed: allowedCommands(row.kind, 'closed', row.stage as ComplaintStage | null) })
        return {
          patch: { team: input.team, officerId: input.officerId },
          event: { type: 'assigned', visibility: 'internal', command: 'assign', fromStatus: null, toStatus: null, body: null, changes: { team: input.team, officerId: input.officerId } }
        }
      }),

    /** Notes and replies add to the timeline only; they never change the item, so they need no If-Match. */
    async addEntry(id: string, body: string, visibility: 'internal' | 'customer', caller: Caller) {
      return db.transaction().execute(async (trx) => {
        const row = await load(trx, id, caller)
        if (visibility === 'customer' && row.status === 'closed') throw FeedbackErrors.FEEDBACK_ITEM_CLOSED(`${row.reference} is closed; reopen it to write to the customer.`, { allowed: allowedCommands(row.kind, 'closed', row.stage as ComplaintStage | null) })
        const event = await trx
          .insertInto('feedbackEvents')
          .values({ itemId: id, at: now(), actor: caller.identity.sub, type: visibility === 'customer' ? 'reply' : 'note', visibility, command: null, fromStatus: null, toStatus: null, body, changes: '{}' })
          .returningAll()
          .executeTakeFirstOrThrow()
        return event
      })
    },

    async timeline(id: string, caller: Caller) {
      await load(db, id, caller)
      return repo.events(id)
    },

    erase: (id: string, version: number, reason: string, caller: Caller) =>
      change(id, version, caller, (row) => {
        if (row.personalDataErasedAt !== null) throw FeedbackErrors.FEEDBACK_ILLEGAL_TRANSITION(`The personal data of ${row.reference} is already erased.`, { allowed: [] })
        return {
          patch: erasurePatch(now()),
          also: (trx, after) => eraseTraces(trx, [after], today()),
          event: { type: 'personal_data_erased', visibility: 'internal', command: 'erase-personal-data', fromStatus: null, toStatus: null, body: reason, changes: {} }
        }
      }),

    /**
     * Anonymises items closed longer ago than the retention period; returns how many. In blocks
     * taken with SKIP LOCKED, so replicas sweeping at once share the work and a long backlog never
     * becomes one huge transaction or statement.
     */
    async sweepRetention(): Promise<number> {
      const cutoff = new Date(now().getTime() - config.retentionDays * 86_400_000)
      let anonymised = 0
      for (;;) {
        const count = await db.transaction().execute(async (trx) => {
          const due = await trx
            .selectFrom('feedbackItems')
            .select('id')
            .where('status', '=', 'closed')
            .where('personalDataErasedAt', 'is', null)
            .where('closedAt', '<', cutoff)
            .orderBy('id')
            .limit(SWEEP_BLOCK)
            .forUpdate()
            .skipLocked()
            .execute()
          if (due.length === 0) return 0
          const rows = await trx
            .updateTable('feedbackItems')
            .set({ ...erasurePatch(now()), version: (eb) => eb('version', '+', 1), updatedAt: now() })
            .where('id', '=', sql<string>`any(${due.map((r) => r.id)}::uuid[])`)
            .returningAll()
            .execute()
          await eraseTraces(trx, rows, today())
          await itemsRepository(trx).addEvents(
            rows.map((r) => ({ itemId: r.id, at: now(), actor: 'system:retention', type: 'personal_data_erased', visibility: 'internal', command: null, fromStatus: null, toStatus: null, body: `Retention period of ${config.retentionDays} days after closure`, changes: {} }))
          )
          return rows.length
        })
        anonymised += count
        if (count < SWEEP_BLOCK) return anonymised
      }
    },

    /**
     * Records missed pledges on items still waiting on us (an item whose next deadline has passed),
     * so a breach shows before anyone acts on the item: the acknowledgement if it never came, the
     * reply whether or not the item was acknowledged. Paused, answered and closed items have no
     * next deadline and are left alone. Each item marked gets a new version (its representation
     * changed, so its ETag must) and a timeline entry. Neither flag counts in the rollup until the
     * acknowledgement or reply is made, so the figures do not move. Returns how many were marked.
     */
    async recordBreaches(): Promise<number> {
      const day = today()
      let marked = 0
      // In blocks, so one sweep after a long outage stays within a statement's parameters; rows a
      // command holds are skipped rather than waited for, and the next sweep takes them.
      for (;;) {
        const count = await db.transaction().execute(async (trx) => {
          const due = await trx
            .selectFrom('feedbackItems')
            .select(['id', 'acknowledgementBreached', 'replyBreached', 'acknowledgeDueOn', 'replyDueOn'])
            .where('nextDueOn', '<', day)
            .where((eb) => eb.or([
              eb.and([eb('acknowledgedAt', 'is', null), eb('acknowledgementBreached', '=', false), eb('acknowledgeDueOn', '<', day)]),
              eb.and([eb('replyBreached', '=', false), eb('replyDueOn', '<', day)])
            ]))
            .orderBy('id')
            .limit(BREACH_BLOCK)
            .forUpdate()
            .skipLocked()
            .execute()
          if (due.length === 0) return 0
          const after = await trx
            .updateTable('feedbackItems')
            .set((eb) => ({
              acknowledgementBreached: sql<boolean>`acknowledgement_breached or (acknowledged_at is null and acknowledge_due_on < ${day}::date)`,
              replyBreached: sql<boolean>`reply_breached or coalesce(reply_due_on < ${day}::date, false)`,
              version: eb('version', '+', 1),
              updatedAt: now()
            }))
            .where('id', '=', sql<string>`any(${due.map((r) => r.id)}::uuid[])`)
            .returning(['id', 'acknowledgementBreached', 'replyBreached'])
            .execute()
          const before = new Map(due.map((r) => [r.id, r]))
          await itemsRepository(trx).addEvents(after.map((r) => {
            const was = before.get(r.id)!
            const changes: Record<string, unknown> = {}
            const missed: string[] = []
            if (r.acknowledgementBreached && !was.acknowledgementBreached) { changes.acknowledgementBreached = true; missed.push(`acknowledgement (due ${was.acknowledgeDueOn})`) }
            if (r.replyBreached && !was.replyBreached) { changes.replyBreached = true; missed.push(`reply (due ${was.replyDueOn})`) }
            return { itemId: r.id, at: now(), actor: 'system:pledges', type: 'pledge_breached', visibility: 'internal', command: null, fromStatus: null, toStatus: null, body: `Pledge missed: ${missed.join(' and ')}.`, changes }
          }))
          return after.length
        })
        marked += count
        if (count < BREACH_BLOCK) return marked
      }
    },

    /** Contract objects of rows, as of the service's today (for `overdue`). */
    present(rows: ItemRow[]): FeedbackItem[] {
      const day = today()
      return rows.map((r) => toItem(r, day))
    }
  }
}

const ERASED = ERASED_TEXT

/**
 * Personal data is not only in the customer columns: a subject, a description or a remedy sought
 * can name people, give a phone number or an address. Erasure takes the free text too (the search
 * vector is generated from it, so it follows); the kind, category, office, dates, outcome and
 * compensation stay, so the published figures do not change.
 */
function erasurePatch(at: Date): Partial<Insertable<FeedbackItemTable>> {
  return {
    customerName: null,
    customerEmail: null,
    customerPhone: null,
    customerAddress: null,
    membershipNumber: null,
    subject: ERASED,
    description: ERASED,
    remedySought: null,
    personalDataErasedAt: at
  }
}

/**
 * What else holds an item's personal data: the timeline's messages, notes and replies, and the
 * create response kept for Idempotency-Key replays (the whole item as first answered). The stored
 * responses are deleted: a retry of that create after erasure makes a new item, which is the
 * lesser harm than keeping the data for the key's retention period.
 */
async function eraseTraces(trx: Kysely<Database>, erased: ItemRow[], today: string): Promise<void> {
  if (erased.length === 0) return
  const ids = erased.map((r) => r.id)
  await trx.updateTable('feedbackEvents').set({ body: ERASED }).where('itemId', 'in', ids).where('body', 'is not', null).execute()
  const shown = new Map(erased.map((r) => [r.id, toItem(r, today)]))
  await rewriteStoredResponses(trx, ids, (body) => withErased(body, shown))
}

/** A stored create answer (one item, or a batch's results) with the erased items in place of the originals. */
function withErased(body: unknown, erased: Map<string, FeedbackItem>): unknown {
  const b = body as { id?: unknown; results?: Array<{ item?: { id: string } }> } | null
  if (typeof b?.id === 'string' && erased.has(b.id)) return erased.get(b.id)
  if (Array.isArray(b?.results)) return { ...b, results: b.results.map((r) => (r.item && erased.has(r.item.id) ? { ...r, item: erased.get(r.item.id) } : r)) }
  return body
}

export type ItemsService = ReturnType<typeof itemsService>
