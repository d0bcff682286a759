/**
 * The workflows as data and as pure decisions. Which commands each kind allows in each status is a
 * table, and the 409 answers name the allowed commands from it, so the table and the error can
 * never disagree. What a command, an edit, an assignment or an erasure changes (the patch to the
 * row and the timeline entry) is decided here from the row, the request, the moment and the
 * settings alone: no database, no clock, no HTTP, so every rule is tested on its own
 * (test/items/workflow.test.ts). The service applies a decision under If-Match in a transaction.
 */
import {
  complaintStages, type CloseFeedbackItem, type ComplaintStage, type FeedbackKind, type FeedbackStatus, type Remedy, type UpdateFeedbackItem
} from '@postcare/contracts'
import { ERASED_TEXT, type AppError, type LoadedWorkingDays } from '@postcare/platform'
import type { Updateable } from 'kysely'
import type { PledgeSettings } from '../config.js'
import type { FeedbackItemTable } from '../db/database.js'
import { FeedbackErrors, fieldProblem } from '../errors.js'
import type { ItemRow, NewEvent } from './items.repository.js'

export const commands = ['acknowledge', 'investigate', 'await-customer', 'resume', 'respond', 'escalate', 'forward', 'close', 'reopen'] as const
export type Command = (typeof commands)[number]

const table: Record<FeedbackKind, Partial<Record<FeedbackStatus, Command[]>>> = {
  complaint: {
    received: ['acknowledge', 'close'],
    acknowledged: ['investigate', 'await-customer', 'respond', 'escalate', 'close'],
    investigating: ['await-customer', 'respond', 'escalate', 'close'],
    awaiting_customer: ['resume', 'close'],
    responded: ['investigate', 'escalate', 'close'],
    closed: ['reopen']
  },
  commendation: {
    received: ['acknowledge', 'close'],
    acknowledged: ['forward', 'close'],
    forwarded: ['close'],
    closed: []
  },
  suggestion: {
    received: ['acknowledge', 'close'],
    acknowledged: ['respond', 'close'],
    responded: ['close'],
    closed: ['reopen']
  }
}

export function nextStage(stage: ComplaintStage | null): ComplaintStage | null {
  if (stage === null) return null
  return complaintStages[complaintStages.indexOf(stage) + 1] ?? null
}

export function allowedCommands(kind: FeedbackKind, status: FeedbackStatus, stage: ComplaintStage | null): Command[] {
  const allowed = table[kind][status] ?? []
  return allowed.filter((c) => c !== 'escalate' || nextStage(stage) !== null)
}

export type ItemPatch = Updateable<FeedbackItemTable>
/** A timeline entry before the service adds the item, the time and the actor. */
export type EventDraft = Omit<NewEvent, 'itemId' | 'at' | 'actor'>
export interface Decision {
  patch: ItemPatch
  event: EventDraft
}

/** When a decision is taken: the instant, and the operator's day it falls on. */
export interface Moment {
  now: Date
  today: string
}

export interface WorkflowSettings {
  pledges: PledgeSettings
  /** Working days at the item's office and district (weekends, holidays, suspensions there). */
  calendar: LoadedWorkingDays
  /** The operator's local day of an instant. */
  dayOf(instant: Date | string): string
  /** The only currency compensation may be recorded in. */
  currency: string
}

/** Outcomes under which a complaint may close with nothing given (`remedy: {}`). */
const remedyOptional = new Set<string>(['not_upheld', 'withdrawn'])

const allowedOf = (row: ItemRow) => allowedCommands(row.kind, row.status as FeedbackStatus, row.stage as ComplaintStage | null)

export function illegalTransition(row: ItemRow, command: string): AppError {
  const allowed = allowedOf(row)
  return FeedbackErrors.FEEDBACK_ILLEGAL_TRANSITION(`A ${row.kind} that is ${row.status} cannot ${command}; allowed: ${allowed.join(', ') || 'none'}.`, { allowed })
}

/** Edits, assignments and messages to the customer wait for a closed item to be reopened. */
export function refuseIfClosed(row: ItemRow, detail = `${row.reference} is closed; reopen it first.`): void {
  if (row.status === 'closed') throw FeedbackErrors.FEEDBACK_ITEM_CLOSED(detail, { allowed: allowedOf(row) })
}

function checkRemedy(remedy: Remedy, outcome: CloseFeedbackItem['outcome'], currency: string): void {
  if (remedy.compensation && remedy.compensation.currency !== currency) {
    throw fieldProblem(FeedbackErrors.FEEDBACK_INVALID_ITEM, 'body/remedy/compensation/currency', `must be ${currency}`)
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

/** What closing needs: a complaint its outcome, remedy and root cause; any other kind none of them. */
function checkClosure(row: ItemRow, input: CloseFeedbackItem, currency: string): void {
  if (row.kind === 'complaint') {
    const missing = (['outcome', 'remedy', 'rootCause'] as const).filter((f) => input[f] === undefined)
    if (missing.length > 0) {
      throw FeedbackErrors.FEEDBACK_CLOSURE_INCOMPLETE(`Closing a complaint needs ${missing.join(', ')}.`, {
        errors: missing.map((f) => ({ field: `body/${f}`, message: 'is required to close a complaint' }))
      })
    }
    checkRemedy(input.remedy!, input.outcome, currency)
  } else {
    const extra = (['outcome', 'remedy', 'rootCause'] as const).find((f) => input[f] !== undefined)
    if (extra) throw fieldProblem(FeedbackErrors.FEEDBACK_INVALID_ITEM, `body/${extra}`, `is only recorded for complaints, not a ${row.kind}`)
  }
}

/** What `command` changes on `row`; throws the 409 or 422 the request deserves instead. */
export function decideCommand(row: ItemRow, command: Command, body: Record<string, unknown>, { now: at, today: day }: Moment, settings: WorkflowSettings): Decision {
  const status = row.status as FeedbackStatus
  const stage = row.stage as ComplaintStage | null
  if (!allowedCommands(row.kind, status, stage).includes(command)) throw illegalTransition(row, command)
  const { calendar, dayOf } = settings
  const replyDays = (s: ComplaintStage | null) => settings.pledges.replyDays[s ?? 'frontline']
  const transition = (to: FeedbackStatus, text: string | null, visibility: 'internal' | 'customer', changes: Record<string, unknown> = {}): EventDraft => ({
    type: command === 'respond' ? 'reply' : 'transition',
    visibility,
    command,
    fromStatus: status,
    toStatus: to,
    body: text,
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
      const paused = calendar.workingDaysBetween(dayOf(row.pausedAt ?? at), day)
      const replyDue = row.replyDueOn === null ? null : calendar.addWorkingDays(row.replyDueOn, paused)
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
      const replyDue = calendar.addWorkingDays(day, replyDays(to))
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
      checkClosure(row, input, settings.currency)
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
      const replyDue = calendar.addWorkingDays(day, replyDays(stage))
      return {
        patch: { status: to, closedAt: null, outcome: null, remedy: null, compensationMinor: 0, rootCause: null, replyDueOn: replyDue, nextDueOn: replyDue },
        event: transition(to, reason, 'internal', { replyBy: replyDue })
      }
    }
  }
}

/** A correction of the item's details (the category is checked against the taxonomy before). */
export function decideEdit(row: ItemRow, input: UpdateFeedbackItem): Decision {
  refuseIfClosed(row)
  const patch: ItemPatch = {}
  const changes: Record<string, unknown> = {}
  if (input.category !== undefined) { patch.categoryCode = input.category; changes.category = input.category }
  // Free text is personal data: the timeline records that it changed, never what it says.
  if (input.subject !== undefined) { patch.subject = input.subject; changes.subject = true }
  if (input.trackingNumbers !== undefined) { patch.trackingNumbers = input.trackingNumbers; changes.trackingNumbers = input.trackingNumbers }
  if (input.remedySought !== undefined) { patch.remedySought = input.remedySought; changes.remedySought = true }
  if (input.priority !== undefined) { patch.priority = input.priority; changes.priority = input.priority }
  return { patch, event: { type: 'edited', visibility: 'internal', command: null, fromStatus: null, toStatus: null, body: null, changes } }
}

export function decideAssignment(row: ItemRow, input: { team: string | null; officerId: string | null }): Decision {
  refuseIfClosed(row)
  return {
    patch: { team: input.team, officerId: input.officerId },
    event: { type: 'assigned', visibility: 'internal', command: 'assign', fromStatus: null, toStatus: null, body: null, changes: { team: input.team, officerId: input.officerId } }
  }
}

/**
 * Personal data is not only in the customer columns: a subject, a description or a remedy sought
 * can name people, give a phone number or an address. Erasure takes the free text too (the search
 * vector is generated from it, so it follows); the kind, category, office, dates, outcome and
 * compensation stay, so the published figures do not change.
 */
export function erasurePatch(at: Date): ItemPatch {
  return {
    customerName: null,
    customerEmail: null,
    customerPhone: null,
    customerAddress: null,
    membershipNumber: null,
    subject: ERASED_TEXT,
    description: ERASED_TEXT,
    remedySought: null,
    personalDataErasedAt: at
  }
}

/** An erasure request; the timeline keeps the reason. Erasing twice is refused. */
export function decideErasure(row: ItemRow, reason: string, at: Date): Decision {
  if (row.personalDataErasedAt !== null) throw FeedbackErrors.FEEDBACK_ILLEGAL_TRANSITION(`The personal data of ${row.reference} is already erased.`, { allowed: [] })
  return {
    patch: erasurePatch(at),
    event: { type: 'personal_data_erased', visibility: 'internal', command: 'erase-personal-data', fromStatus: null, toStatus: null, body: reason, changes: {} }
  }
}
