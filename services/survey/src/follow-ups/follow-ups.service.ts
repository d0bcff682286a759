/**
 * Closing the loop: a low score from a respondent who agreed to be contacted becomes a complaint
 * case in the feedback service. The follow-up row is written with the response; opening the case
 * happens after commit (never holding a transaction open across an HTTP call). A row is claimed
 * for a while before the call so that replicas do not work on the same one; even if two did, the
 * Idempotency-Key derived from the response id makes the feedback service answer both with one
 * case.
 *
 * Retries are bounded. A failed call waits before the sweep tries again (1 minute, doubling, at
 * most an hour); after `maxAttempts` calls, or on a refusal that no retry can change, the follow-up
 * is `failed`. And one that has not been opened within `giveUpHours` of the response is failed
 * without another call: the feedback service keeps an Idempotency-Key for a limited time only, and
 * a call after it forgot the key could open a second case for a case already opened by a call whose
 * answer was lost.
 */
import type { Channel, FollowUpDispatch, FollowUpRule, Question } from '@postcare/contracts'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { scaleRange } from '../surveys/definition.js'
import { FeedbackCallError, followUpIdempotencyKey, type FeedbackCaseRequest, type FeedbackClient } from './feedback-client.js'
import { followUpsRepository } from './follow-ups.repository.js'

export interface FollowUpLogger {
  warn(obj: object, msg: string): void
}

export interface FollowUpPolicy {
  maxAttempts: number
  giveUpHours: number
  now: () => Date
}

const claimSeconds = 120
const batchSize = 100
const firstBackOffSeconds = 60
const maxBackOffSeconds = 3600

function defaultCategory(channel: string): string {
  if (channel === 'counter') return 'counter_service'
  if (channel === 'hotline') return 'hotline'
  if (channel === 'web' || channel === 'mobile') return 'website_app'
  return 'other'
}

/** The pause before the sweep tries again after `attempts` failed calls. */
export function backOffSeconds(attempts: number): number {
  return Math.min(firstBackOffSeconds * 2 ** Math.max(0, attempts - 1), maxBackOffSeconds)
}

/**
 * Whether no retry can change the answer. 408 and 429 say "later"; 409 is an Idempotency-Key still
 * in flight. 401 and 403 are about the survey service's own key, not this case: an operator fixes
 * the key and the retries then succeed, so they are retried like an outage rather than failing
 * every follow-up at once.
 */
function isPermanent(err: unknown): boolean {
  if (!(err instanceof FeedbackCallError) || err.status === null) return false
  // 404 is the gateway without a route to feedback (a deployment to fix). IDEMPOTENCY_KEY_REUSED
  // means a first call opened the case and its answer was lost: the case exists, so it is not a
  // refusal, and a retry (after the rule's category is restored) still learns its reference.
  if (err.code === 'IDEMPOTENCY_KEY_REUSED') return false
  return err.status >= 400 && err.status < 500 && ![401, 403, 404, 408, 409, 429].includes(err.status)
}

/** What is stored as `last_error`: never an answer's text (it may quote the contact details back). */
function reasonOf(err: unknown): string {
  return err instanceof FeedbackCallError ? err.message.slice(0, 250) : 'the case could not be prepared or recorded (see the service log)'
}

export function followUpsService(db: Kysely<Database>, feedback: FeedbackClient, log: FollowUpLogger, policy: FollowUpPolicy) {
  const { now } = policy
  const repo = followUpsRepository(db)

  async function caseRequest(responseId: string): Promise<FeedbackCaseRequest | null> {
    const row = await repo.caseSource(responseId)
    if (!row) return null
    const rule = row.followUp as FollowUpRule | null
    const answers = row.answers
    const questions = row.questions as Question[]
    const scored = rule ? answers.find((a) => a.questionId === rule.questionId) : undefined
    const question = questions.find((q) => q.id === scored?.questionId)
    const max = question?.scale ? scaleRange(question.scale).max : undefined
    const lang = row.language as 'en' | 'zh-Hant' | 'ko'
    const textOf = (t: Record<string, string | undefined> | undefined) => t?.[lang] ?? t?.en ?? Object.values(t ?? {})[0] ?? ''
    const comments = answers
      .filter((a) => typeof a.value === 'string' && questions.find((q) => q.id === a.questionId)?.type === 'free_text')
      .map((a) => `${textOf(questions.find((q) => q.id === a.questionId)?.text)}: ${String(a.value)}`)
    const description = [
      `Survey "${textOf(row.title)}" (${row.surveyId}), response ${row.id}.`,
      scored && question ? `Answer to "${textOf(question.text)}" (\`${question.id}\`): ${String(scored.value)} of ${max}.` : '',
      comments.length ? `Comments: ${comments.join(' | ')}` : '',
      'The respondent agreed to be contacted about this answer.'
    ]
      .filter(Boolean)
      .join('\n')
      .slice(0, 5000)
    return {
      kind: 'complaint',
      channel: row.channel as Channel,
      officeCode: row.officeCode,
      category: rule?.category ?? defaultCategory(row.channel),
      subject: `Low satisfaction score in a customer survey${scored ? ` (${String(scored.value)} of ${max})` : ''}`.slice(0, 200),
      description,
      receivedAt: new Date(row.respondedAt).toISOString(),
      customer: {
        anonymous: false,
        ...(row.contactName ? { name: row.contactName } : {}),
        ...(row.contactPhone ? { phone: row.contactPhone } : {}),
        ...(row.contactEmail ? { email: row.contactEmail } : {}),
        preferredReplyChannel: row.contactEmail ? 'email' : 'phone',
        language: row.language
      }
    }
  }

  const giveUpCutoff = () => new Date(now().getTime() - policy.giveUpHours * 3_600_000)

  /** Fails, without a call, the follow-ups too old to retry safely; returns how many. */
  function giveUpStale(responseIds?: string[]): Promise<number> {
    return repo.giveUp(now(), responseIds, giveUpCutoff(), {
      status: 'failed',
      closedAt: now(),
      claimedUntil: null,
      nextAttemptAt: null,
      lastError: `not opened within ${policy.giveUpHours} hours of the response; a later call could open a second case`
    })
  }

  /** Claims pending follow-ups nobody else holds and still young enough to retry. */
  function claim(responseIds: string[] | undefined, dueOnly: boolean): Promise<Array<{ responseId: string; attempts: number }>> {
    return repo.claim(now(), responseIds, dueOnly, giveUpCutoff(), new Date(now().getTime() + claimSeconds * 1000), batchSize)
  }

  async function open({ responseId, attempts }: { responseId: string; attempts: number }): Promise<boolean> {
    try {
      const body = await caseRequest(responseId)
      if (!body) return false
      const opened = await feedback.openCase(body, followUpIdempotencyKey(responseId))
      // Recorded even if an erasure cancelled the follow-up meanwhile: the case exists, and the
      // reference is how the data protection officer finds it to erase it there too.
      await repo.update(responseId, { status: 'opened', caseId: opened.id, caseReference: opened.reference, openedAt: now(), claimedUntil: null, nextAttemptAt: null, closedAt: null, lastError: null })
      return true
    } catch (err) {
      const permanent = isPermanent(err)
      const last = permanent || attempts >= policy.maxAttempts
      const reason = reasonOf(err)
      const at = now()
      // A follow-up cancelled by an erasure meanwhile stays cancelled.
      await repo
        .updatePending(responseId, {
          claimedUntil: null,
          status: last ? 'failed' : 'pending',
          closedAt: last ? at : null,
          nextAttemptAt: last ? null : new Date(at.getTime() + backOffSeconds(attempts) * 1000),
          lastError: permanent ? `refused: ${reason}` : last ? `gave up after ${attempts} attempts; last: ${reason}` : reason
        })
        .catch((e: unknown) => log.warn({ err: e, responseId }, 'recording a failed follow-up failed'))
      log.warn({ err, responseId, attempts, permanent }, last ? 'opening a follow-up case failed; given up' : 'opening a follow-up case failed; it will be retried')
      return false
    }
  }

  /**
   * One pass: gives up the stale follow-ups, then calls the feedback service for the others. The
   * sweep takes only those whose back-off has passed (`dueOnly`); a dispatch on request and the one
   * right after a submission take them at once.
   */
  async function dispatch(responseIds?: string[], opts: { dueOnly?: boolean } = {}): Promise<FollowUpDispatch> {
    if (responseIds && responseIds.length === 0) return { attempted: 0, opened: 0, failed: 0, gaveUp: 0 }
    const gaveUp = await giveUpStale(responseIds)
    const claimed = await claim(responseIds, opts.dueOnly ?? false)
    const results = await Promise.all(claimed.map((c) => open(c)))
    const opened = results.filter(Boolean).length
    return { attempted: claimed.length, opened, failed: claimed.length - opened, gaveUp }
  }

  return { dispatch }
}
export type FollowUpsService = ReturnType<typeof followUpsService>
