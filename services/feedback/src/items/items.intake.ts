/**
 * Intake: one item or a batch, each checked against the directory and the rules, numbered, and
 * written with its `created` timeline entry and its rollup contribution, in the route's
 * transaction (the one its Idempotency-Key is claimed in). In a batch, items that fail their
 * checks are reported at their index and the rest are created.
 */
import type { CreateFeedbackItem, FeedbackKind } from '@postcare/contracts'
import { AppError, instantProblem, officeNotPermitted, PlatformErrors, type DirectoryLookup, type Identity, type OperatorCalendar } from '@postcare/platform'
import type { Insertable, Transaction } from 'kysely'
import { categoriesRepository } from '../categories/categories.repository.js'
import type { FeedbackConfig } from '../config.js'
import type { Database, FeedbackItemTable } from '../db/database.js'
import { FeedbackErrors, fieldProblem } from '../errors.js'
import { RollupDelta } from '../statistics/rollup.js'
import { itemsRepository, type ItemRow } from './items.repository.js'

/** Terminal clocks drift; a receivedAt this far ahead is a mistake, not drift. */
const FUTURE_TOLERANCE_MS = 5 * 60_000
/** The first year references are kept for. */
const FIRST_YEAR = 1990

export interface Caller {
  identity: Identity
  requestId: string
}

export type NewItem = Omit<Insertable<FeedbackItemTable>, 'reference'> & { kind: FeedbackKind; receivedAt: Date }
export type BatchOutcome = { index: number; row: ItemRow } | { index: number; error: AppError }

const prefixes: Record<FeedbackKind, string> = { complaint: 'CMP', commendation: 'COM', suggestion: 'SUG' }

/**
 * The year an item received at `receivedAt` is numbered in: the operator's local year, so an item
 * at 00:30 local time on 1 January is in the new one, whatever the UTC year says.
 */
export function referenceYear(receivedAt: Date, calendar: Pick<OperatorCalendar, 'yearOf'>): number {
  return calendar.yearOf(receivedAt)
}

/**
 * References for new items, in their order: `CMP-2013-000304` is kind, year received
 * (`referenceYear`) and a number from the sequence of that (kind, year). One block of numbers per
 * (kind, year), taken in a fixed order so concurrent batches never deadlock.
 */
export async function numberReferences(
  take: (prefix: string, year: number, count: number) => Promise<number[]>,
  items: ReadonlyArray<{ kind: FeedbackKind; receivedAt: Date }>,
  calendar: Pick<OperatorCalendar, 'yearOf'>
): Promise<string[]> {
  const groups = new Map<string, number[]>()
  items.forEach((item, i) => {
    const key = `${prefixes[item.kind]}-${referenceYear(item.receivedAt, calendar)}`
    groups.set(key, [...(groups.get(key) ?? []), i])
  })
  const references: string[] = new Array<string>(items.length)
  for (const key of [...groups.keys()].sort()) {
    const members = groups.get(key)!
    const [prefix, year] = key.split('-') as [string, string]
    const numbers = await take(prefix, Number(year), members.length)
    members.forEach((i, n) => (references[i] = `${key}-${String(numbers[n]).padStart(6, '0')}`))
  }
  return references
}

export interface IntakeDeps {
  config: FeedbackConfig
  directory: DirectoryLookup
  /** Local days and years, and working days at the item's office and district. */
  calendar: OperatorCalendar
  now: () => Date
}

export function itemsIntake({ config, directory, calendar, now }: IntakeDeps) {
  /** Checks one intake against the directory and the rules, and builds its row (the reference comes later). */
  async function prepare(input: CreateFeedbackItem, caller: Caller, at: string, categories: Set<string>): Promise<NewItem> {
    const { identity } = caller
    if (identity.office !== null && input.officeCode !== identity.office) {
      throw officeNotPermitted(identity.office, `${at}/officeCode`)
    }
    // An instant JavaScript cannot represent (a leap second) or that its offset moves outside the
    // contract's dates in UTC is refused here, before it is stored and breaks every read of it.
    for (const field of ['receivedAt', 'occurredAt'] as const) {
      const problem = input[field] === undefined ? undefined : instantProblem(input[field])
      if (problem) throw fieldProblem(FeedbackErrors.FEEDBACK_INVALID_ITEM, `${at}/${field}`, problem)
    }
    const received = input.receivedAt ? new Date(input.receivedAt) : now()
    if (received.getTime() > now().getTime() + FUTURE_TOLERANCE_MS) throw fieldProblem(FeedbackErrors.FEEDBACK_INVALID_ITEM, `${at}/receivedAt`, 'is in the future')
    if (referenceYear(received, calendar) < FIRST_YEAR) throw fieldProblem(FeedbackErrors.FEEDBACK_INVALID_ITEM, `${at}/receivedAt`, 'is before 1990, the first year references are kept for')
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
    if (!office) throw fieldProblem(PlatformErrors.UNKNOWN_OFFICE, `${at}/officeCode`, 'is not a known post office')
    let staffOffice: string | null = null
    if (input.staffId) {
      const staff = await directory.staff(input.staffId)
      if (!staff) throw fieldProblem(FeedbackErrors.FEEDBACK_UNKNOWN_STAFF, `${at}/staffId`, 'is not a known member of staff')
      staffOffice = staff.officeCode
    }
    // The pledge clock runs on the operator's local days, at the item's office and district.
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

  return {
    /** Creates items in `trx`; `at(i)` is where item i sits in the body, for the field names of its problems. */
    async create(trx: Transaction<Database>, inputs: CreateFeedbackItem[], caller: Caller, at: (i: number) => string): Promise<BatchOutcome[]> {
      const categories = await categoriesRepository(trx).activeCodes()
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
      const ok = prepared.filter((p): p is { index: number; row: NewItem } => 'row' in p)
      const repo = itemsRepository(trx)
      const references = await numberReferences(repo.takeReferences, ok.map((p) => p.row), calendar)
      const rows = ok.length === 0 ? [] : await repo.insert(ok.map((p, i) => ({ ...p.row, reference: references[i]! })))
      const byReference = new Map(rows.map((r) => [r.reference, r]))
      await repo.addEvents(
        rows.map((r) => ({ itemId: r.id, at: now(), actor: caller.identity.sub, type: 'created', visibility: 'internal', command: null, fromStatus: null, toStatus: 'received', body: null, changes: { reference: r.reference } }))
      )
      // Last: the day's rollup rows are shared by every intake, so they are locked for as short a time as possible.
      const delta = new RollupDelta(calendar)
      for (const r of rows) delta.add(r, 1)
      await delta.apply(trx)
      const referenceOf = new Map(ok.map((p, i) => [p.index, references[i]!]))
      return prepared.map((p) => ('row' in p ? { index: p.index, row: byReference.get(referenceOf.get(p.index)!)! } : p))
    }
  }
}
export type ItemsIntake = ReturnType<typeof itemsIntake>
