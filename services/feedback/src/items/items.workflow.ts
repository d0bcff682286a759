/**
 * The workflows as data: which commands each kind allows in each status. 409 answers name the
 * allowed commands from here, so the table and the error can never disagree.
 */
import { complaintStages, type ComplaintStage, type FeedbackKind, type FeedbackStatus } from '@postcare/contracts'

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
