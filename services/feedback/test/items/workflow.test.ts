/**
 * The workflow's decisions on their own: no HTTP, no database, no clock. Every command is tried
 * in every state of every kind against a table written here from the README (not read from the
 * code), so a change to the workflow table shows up as a failing row.
 */
import { complaintStages, feedbackKinds, feedbackStatuses, type ComplaintStage, type FeedbackKind, type FeedbackStatus } from '@postcare/contracts'
import { AppError, ERASED_TEXT, fixedCalendar, loadWorkingDays, localDay } from '@postcare/platform'
import t, { type Test } from 'tap'
import type { ItemRow } from '../../src/items/items.repository.js'
import { commands, decideAssignment, decideCommand, decideEdit, decideErasure, type Command, type Decision, type WorkflowSettings } from '../../src/items/items.workflow.js'

const settings: WorkflowSettings = {
  pledges: { acknowledgeDays: 2, replyDays: { frontline: 10, investigation: 20, review_panel: 20, external_dispute_resolution: 40 } },
  // Friday 25 December 2026 is a holiday.
  calendar: await loadWorkingDays(fixedCalendar({ holidays: ['2026-12-25'] }), { officeCode: 'KLN001', districtCode: 'KLN' }, 2025, 2028),
  dayOf: (instant) => localDay(instant, 'UTC'),
  currency: 'HKD'
}
/** Monday 30 November 2026. */
const moment = { now: new Date('2026-11-30T10:00:00Z'), today: '2026-11-30' }

/** A complaint received on Monday 23 November 2026 at the frontline, in `overrides`' state. */
function item(overrides: Partial<ItemRow> = {}): ItemRow {
  return {
    id: '00000000-0000-4000-8000-000000000001', reference: 'CMP-2026-000001', kind: 'complaint', status: 'received', stage: 'frontline', priority: 'normal',
    channel: 'counter', officeCode: 'KLN001', districtCode: 'KLN', regionClass: 'urban', categoryCode: 'delay', subject: 'Late letter', description: 'It came late.',
    occurredAt: null, receivedAt: new Date('2026-11-23T09:00:00Z'), trackingNumbers: [], staffId: null, staffOfficeCode: null, remedySought: null, replyRequired: true,
    customerAnonymous: false, customerName: 'Chan Tai Man', customerEmail: 'chan@example.com', customerPhone: null, customerAddress: null, preferredReplyChannel: 'email',
    language: 'en', membershipNumber: null, vulnerable: false, personalDataErasedAt: null, team: null, officerId: null,
    acknowledgeDueOn: '2026-11-25', replyDueOn: '2026-12-07', nextDueOn: '2026-11-25', pausedAt: null, pausedWorkingDays: 0,
    acknowledgedAt: null, firstRespondedAt: null, firstReplyOnTime: null, respondedAt: null, forwardedAt: null, forwardedToOffice: null, closedAt: null,
    acknowledgementBreached: false, replyBreached: false, outcome: null, remedy: null, compensationMinor: 0, rootCause: null,
    createdBy: 'key:test', version: 1, createdAt: new Date('2026-11-23T09:00:00Z'), updatedAt: new Date('2026-11-23T09:00:00Z'),
    ...overrides
  }
}

/** README "Workflows": the status each allowed command leads to; any command not listed is illegal. */
const workflows: Record<FeedbackKind, Partial<Record<FeedbackStatus, Partial<Record<Command, FeedbackStatus>>>>> = {
  complaint: {
    received: { acknowledge: 'acknowledged', close: 'closed' },
    acknowledged: { investigate: 'investigating', 'await-customer': 'awaiting_customer', respond: 'responded', escalate: 'investigating', close: 'closed' },
    investigating: { 'await-customer': 'awaiting_customer', respond: 'responded', escalate: 'investigating', close: 'closed' },
    awaiting_customer: { resume: 'investigating', close: 'closed' },
    responded: { investigate: 'investigating', escalate: 'investigating', close: 'closed' },
    closed: { reopen: 'investigating' }
  },
  commendation: {
    received: { acknowledge: 'acknowledged', close: 'closed' },
    acknowledged: { forward: 'forwarded', close: 'closed' },
    forwarded: { close: 'closed' }
  },
  suggestion: {
    received: { acknowledge: 'acknowledged', close: 'closed' },
    acknowledged: { respond: 'responded', close: 'closed' },
    responded: { close: 'closed' },
    closed: { reopen: 'acknowledged' }
  }
}

const completeClosure = { outcome: 'upheld', remedy: { apology: true }, rootCause: 'staff_error' }

function bodyFor(kind: FeedbackKind, command: Command): Record<string, unknown> {
  if (command === 'close') return kind === 'complaint' ? completeClosure : {}
  if (command === 'respond') return { message: 'Our reply.' }
  if (command === 'await-customer' || command === 'escalate' || command === 'reopen') return { reason: 'Because.' }
  return {}
}

/** The error `fn` throws (the test fails if it throws none, or something other than an AppError). */
function refusal(t: Test, fn: () => unknown): AppError | undefined {
  try {
    fn()
  } catch (err) {
    if (err instanceof AppError) return err
    t.fail(`threw ${String(err)}`)
    return undefined
  }
  t.fail('was allowed')
  return undefined
}

t.test('every command in every state of every kind: the allowed ones lead where the README says, the others are 409 naming what is allowed', async (t) => {
  let cases = 0
  for (const kind of feedbackKinds) {
    for (const status of feedbackStatuses) {
      const allowed = workflows[kind][status] ?? {}
      const row = item({ kind, status, stage: kind === 'complaint' ? 'frontline' : null, closedAt: status === 'closed' ? new Date('2026-11-27T09:00:00Z') : null })
      for (const command of commands) {
        cases++
        const name = `${kind} ${status} ${command}`
        const to = allowed[command]
        if (to) {
          const decision: Decision = decideCommand(row, command, bodyFor(kind, command), moment, settings)
          t.equal(decision.patch.status, to, `${name}: to ${to}`)
          t.match(decision.event, { type: command === 'respond' ? 'reply' : 'transition', command, fromStatus: status, toStatus: to }, `${name}: its timeline entry`)
        } else {
          const err = refusal(t, () => decideCommand(row, command, bodyFor(kind, command), moment, settings))
          t.equal(err?.code, 'FEEDBACK_ILLEGAL_TRANSITION', `${name}: refused`)
          t.same(err?.extra, { allowed: Object.keys(allowed) }, `${name}: names the allowed commands`)
        }
      }
    }
  }
  t.equal(cases, feedbackKinds.length * feedbackStatuses.length * commands.length)
})

t.test('escalate moves a complaint up one stage with that stage\'s deadline, and is not offered at the last', async (t) => {
  for (const [i, stage] of complaintStages.entries()) {
    const row = item({ status: 'investigating', stage })
    const next = complaintStages[i + 1] as ComplaintStage | undefined
    if (!next) {
      const err = refusal(t, () => decideCommand(row, 'escalate', { reason: 'x' }, moment, settings))
      t.match(err, { code: 'FEEDBACK_ILLEGAL_TRANSITION', extra: { allowed: ['await-customer', 'respond', 'close'] } }, `${stage}: nowhere to go`)
      continue
    }
    const { patch, event } = decideCommand(row, 'escalate', { reason: 'Not satisfied' }, moment, settings)
    const replyBy = settings.calendar.addWorkingDays(moment.today, settings.pledges.replyDays[next])
    t.match(patch, { status: 'investigating', stage: next, replyDueOn: replyBy, nextDueOn: replyBy, pausedAt: null }, `${stage} → ${next}`)
    t.match(event, { visibility: 'customer', body: 'Not satisfied', changes: { stage: next, replyBy } })
  }
})

t.test('acknowledging and responding record whether the pledge was met', async (t) => {
  const onTime = decideCommand(item({ acknowledgeDueOn: '2026-11-30' }), 'acknowledge', {}, moment, settings)
  t.match(onTime.patch, { acknowledgementBreached: false, acknowledgedAt: moment.now, nextDueOn: '2026-12-07' }, 'on the due day is on time')
  const late = decideCommand(item({ acknowledgeDueOn: '2026-11-27' }), 'acknowledge', { message: 'Sorry' }, moment, settings)
  t.match(late, { patch: { acknowledgementBreached: true }, event: { body: 'Sorry', visibility: 'customer', changes: { acknowledgementBreached: true } } })
  const marked = decideCommand(item({ acknowledgeDueOn: '2026-12-31', acknowledgementBreached: true }), 'acknowledge', {}, moment, settings)
  t.equal(marked.patch.acknowledgementBreached, true, 'a flag the sweep set stays set')

  const first = decideCommand(item({ status: 'investigating', replyDueOn: '2026-11-27' }), 'respond', { message: 'Answer' }, moment, settings)
  t.match(first.patch, { status: 'responded', replyBreached: true, firstRespondedAt: moment.now, firstReplyOnTime: false, nextDueOn: null })
  t.match(first.event, { type: 'reply', visibility: 'customer', body: 'Answer', changes: { onTime: false } })
  const again = decideCommand(item({ status: 'investigating', replyDueOn: '2026-12-07', firstRespondedAt: new Date('2026-11-24T00:00:00Z') }), 'respond', { message: 'More' }, moment, settings)
  t.notOk('firstRespondedAt' in again.patch, 'only the first reply is counted as the first')
  t.match(again.patch, { replyBreached: false })
})

t.test('waiting for the customer pauses the clock, and resuming adds the working days waited', async (t) => {
  const paused = decideCommand(item({ status: 'investigating' }), 'await-customer', { reason: 'Need the receipt' }, moment, settings)
  t.match(paused, { patch: { status: 'awaiting_customer', pausedAt: moment.now, nextDueOn: null }, event: { body: 'Need the receipt', visibility: 'customer' } })
  // Paused on Monday 21 December; resumed on Monday 28 December: 22, 23, 24 and 28 are working days (25 is a holiday).
  const row = item({ status: 'awaiting_customer', pausedAt: new Date('2026-12-21T10:00:00Z'), replyDueOn: '2026-12-22', pausedWorkingDays: 1 })
  const resumed = decideCommand(row, 'resume', {}, { now: new Date('2026-12-28T10:00:00Z'), today: '2026-12-28' }, settings)
  t.match(resumed.patch, { status: 'investigating', pausedAt: null, pausedWorkingDays: 5, replyDueOn: '2026-12-29', nextDueOn: '2026-12-29' })
  t.match(resumed.event.changes, { pausedWorkingDays: 4, replyBy: '2026-12-29' })
})

t.test('a commendation is forwarded to the staff member\'s office, or its own', async (t) => {
  const toStaff = decideCommand(item({ kind: 'commendation', stage: null, status: 'acknowledged', staffId: 'S001001', staffOfficeCode: 'KLN002' }), 'forward', {}, moment, settings)
  t.match(toStaff, { patch: { status: 'forwarded', forwardedToOffice: 'KLN002' }, event: { body: 'Forwarded to S001001 at office KLN002.' } })
  const toOffice = decideCommand(item({ kind: 'commendation', stage: null, status: 'acknowledged' }), 'forward', {}, moment, settings)
  t.match(toOffice, { patch: { forwardedToOffice: 'KLN001' }, event: { body: 'Forwarded to office KLN001.' } })
})

t.test('closing a complaint needs its outcome, a remedy that gives something unless not upheld or withdrawn, and a root cause', async (t) => {
  const row = item({ status: 'investigating' })
  const close = (body: Record<string, unknown>) => () => decideCommand(row, 'close', body, moment, settings)
  const rules: Array<[string, Record<string, unknown>, { code: string; field?: string } | null]> = [
    ['nothing', {}, { code: 'FEEDBACK_CLOSURE_INCOMPLETE' }],
    ['no root cause', { outcome: 'upheld', remedy: { apology: true } }, { code: 'FEEDBACK_CLOSURE_INCOMPLETE', field: 'body/rootCause' }],
    ['upheld, empty remedy', { ...completeClosure, remedy: {} }, { code: 'FEEDBACK_CLOSURE_INCOMPLETE', field: 'body/remedy' }],
    ['partly upheld, nothing given', { ...completeClosure, outcome: 'partly_upheld', remedy: { apology: false, compensation: { amountMinor: 0, currency: 'HKD' } } }, { code: 'FEEDBACK_CLOSURE_INCOMPLETE', field: 'body/remedy' }],
    ['compensation in another currency', { ...completeClosure, remedy: { compensation: { amountMinor: 500, currency: 'USD' } } }, { code: 'FEEDBACK_INVALID_ITEM', field: 'body/remedy/compensation/currency' }],
    ['upheld with an apology', completeClosure, null],
    ['upheld with compensation', { ...completeClosure, remedy: { compensation: { amountMinor: 500, currency: 'HKD' } } }, null],
    ['upheld with a service recovery', { ...completeClosure, remedy: { serviceRecovery: 'Redelivered' } }, null],
    ['not upheld, empty remedy', { ...completeClosure, outcome: 'not_upheld', remedy: {} }, null],
    ['withdrawn, empty remedy', { ...completeClosure, outcome: 'withdrawn', remedy: {} }, null]
  ]
  for (const [name, body, refused] of rules) {
    if (refused) {
      const err = refusal(t, close(body))
      t.equal(err?.code, refused.code, `${name}: ${refused.code}`)
      if (refused.field) t.match(err?.extra, { errors: [{ field: refused.field }] }, `${name}: names ${refused.field}`)
    } else {
      t.equal(close(body)().patch.status, 'closed', `${name}: closed`)
    }
  }
  const missing = refusal(t, close({}))
  t.same((missing?.extra?.errors as Array<{ field: string }>).map((e) => e.field), ['body/outcome', 'body/remedy', 'body/rootCause'], 'each missing field is named')
  const closed = close({ ...completeClosure, remedy: { compensation: { amountMinor: 500, currency: 'HKD' } }, note: 'Done' })()
  t.match(closed, { patch: { outcome: 'upheld', compensationMinor: 500, rootCause: 'staff_error', closedAt: moment.now, nextDueOn: null }, event: { body: 'Done', visibility: 'internal' } })

  for (const kind of ['commendation', 'suggestion'] as const) {
    const other = item({ kind, stage: null, status: 'acknowledged' })
    const err = refusal(t, () => decideCommand(other, 'close', { outcome: 'upheld' }, moment, settings))
    t.match(err, { code: 'FEEDBACK_INVALID_ITEM', extra: { errors: [{ field: 'body/outcome' }] } }, `a ${kind} has no outcome`)
  }
})

t.test('reopening clears the outcome and sets a new reply deadline for the current stage', async (t) => {
  const row = item({ status: 'closed', stage: 'investigation', outcome: 'upheld', remedy: { apology: true }, compensationMinor: 500, rootCause: 'staff_error', closedAt: new Date('2026-11-27T09:00:00Z') })
  const replyBy = settings.calendar.addWorkingDays(moment.today, 20)
  t.match(decideCommand(row, 'reopen', { reason: 'New evidence' }, moment, settings), {
    patch: { status: 'investigating', closedAt: null, outcome: null, remedy: null, compensationMinor: 0, rootCause: null, replyDueOn: replyBy, nextDueOn: replyBy },
    event: { body: 'New evidence', changes: { replyBy } }
  })
})

t.test('edits and assignments are refused on a closed item, naming reopen where it is possible', async (t) => {
  for (const [kind, allowed] of [['complaint', ['reopen']], ['commendation', []]] as const) {
    const closed = item({ kind, status: 'closed', stage: kind === 'complaint' ? 'frontline' : null })
    t.match(refusal(t, () => decideEdit(closed, { priority: 'high' })), { code: 'FEEDBACK_ITEM_CLOSED', extra: { allowed } }, `${kind}: edit`)
    t.match(refusal(t, () => decideAssignment(closed, { team: 'A', officerId: null })), { code: 'FEEDBACK_ITEM_CLOSED', extra: { allowed } }, `${kind}: assign`)
  }
  const edit = decideEdit(item(), { subject: 'Chan Tai Man, 2921 2222', category: 'loss', remedySought: 'Money back', priority: 'high' })
  t.match(edit.patch, { subject: 'Chan Tai Man, 2921 2222', categoryCode: 'loss', priority: 'high' })
  t.same(edit.event.changes, { category: 'loss', subject: true, remedySought: true, priority: 'high' }, 'free text changed is recorded as changed, never quoted')
  t.match(decideAssignment(item(), { team: 'Kowloon', officerId: 'user:wong' }), { patch: { team: 'Kowloon', officerId: 'user:wong' }, event: { type: 'assigned', command: 'assign' } })
})

t.test('an erasure takes the personal data and free text once, keeping what the figures need', async (t) => {
  const { patch, event } = decideErasure(item({ remedySought: 'Refund to 2921 2222' }), 'Erasure request', moment.now)
  t.same(patch, {
    customerName: null, customerEmail: null, customerPhone: null, customerAddress: null, membershipNumber: null,
    subject: ERASED_TEXT, description: ERASED_TEXT, remedySought: null, personalDataErasedAt: moment.now
  })
  t.match(event, { type: 'personal_data_erased', command: 'erase-personal-data', body: 'Erasure request' })
  t.match(refusal(t, () => decideErasure(item({ personalDataErasedAt: moment.now }), 'Again', moment.now)), { code: 'FEEDBACK_ILLEGAL_TRANSITION', extra: { allowed: [] } })
})
