/**
 * Closing the loop: a low score from a respondent who agreed to be contacted becomes a complaint
 * case in the feedback service. The follow-up row is written with the response; opening the case
 * happens after commit (never holding a transaction open across an HTTP call). A row is claimed
 * for a while before the call so that replicas do not work on the same one; even if two did, the
 * Idempotency-Key derived from the response id makes the feedback service answer both with one
 * case. Failures stay `pending` and are retried by the periodic sweep.
 */
import type { Channel, FollowUpDispatch, FollowUpRule, Question } from '@postcare/contracts'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/database.js'
import { scaleRange } from '../surveys/definition.js'
import { followUpIdempotencyKey, type FeedbackCaseRequest, type FeedbackClient } from './feedback-client.js'

export interface FollowUpLogger {
  warn(obj: object, msg: string): void
}

const claimSeconds = 120
const batchSize = 100

function defaultCategory(channel: string): string {
  if (channel === 'counter') return 'counter_service'
  if (channel === 'hotline') return 'hotline'
  if (channel === 'web' || channel === 'mobile') return 'website_app'
  return 'other'
}

export function followUpsService(db: Kysely<Database>, feedback: FeedbackClient, log: FollowUpLogger) {
  async function caseRequest(responseId: string): Promise<FeedbackCaseRequest | null> {
    const row = await db
      .selectFrom('followUps as f')
      .innerJoin('responses as r', 'r.id', 'f.responseId')
      .innerJoin('surveys as s', 's.id', 'r.surveyId')
      .innerJoin('surveyVersions as v', (j) => j.onRef('v.surveyId', '=', 'r.surveyId').onRef('v.number', '=', 'r.surveyVersion'))
      .select(['f.officeCode', 'r.id', 'r.surveyId', 'r.channel', 'r.language', 'r.respondedAt', 'r.answers', 'r.contactName', 'r.contactPhone', 'r.contactEmail', 's.followUp', 'v.questions', 'v.title'])
      .where('f.responseId', '=', responseId)
      .executeTakeFirst()
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

  /** Claims pending follow-ups nobody else holds (optionally only these responses). */
  async function claim(responseIds?: string[]): Promise<string[]> {
    if (responseIds && responseIds.length === 0) return []
    const rows = await db
      .updateTable('followUps')
      .set({ claimedUntil: sql<Date>`now() + make_interval(secs => ${claimSeconds})`, attempts: sql<number>`attempts + 1` })
      .where('responseId', 'in', (eb) => {
        let q = eb
          .selectFrom('followUps')
          .select('responseId')
          .where('status', '=', 'pending')
          .where((w) => w.or([w('claimedUntil', 'is', null), w('claimedUntil', '<', sql<Date>`now()`)]))
        if (responseIds) q = q.where('responseId', 'in', responseIds)
        return q.orderBy('createdAt').limit(batchSize).forUpdate().skipLocked()
      })
      .returning('responseId')
      .execute()
    return rows.map((r) => r.responseId)
  }

  async function open(responseId: string): Promise<boolean> {
    try {
      const body = await caseRequest(responseId)
      if (!body) return false
      const opened = await feedback.openCase(body, followUpIdempotencyKey(responseId))
      await db
        .updateTable('followUps')
        .set({ status: 'opened', caseId: opened.id, caseReference: opened.reference, openedAt: sql<Date>`now()`, claimedUntil: null, lastError: null })
        .where('responseId', '=', responseId)
        .execute()
      return true
    } catch (err) {
      log.warn({ err, responseId }, 'opening a follow-up case failed; it will be retried')
      // Released at once: the next sweep retries it (the sweep interval is the back-off).
      await db
        .updateTable('followUps')
        .set({ claimedUntil: null, lastError: String((err as Error).message ?? err).slice(0, 1000) })
        .where('responseId', '=', responseId)
        .execute()
        .catch((e: unknown) => log.warn({ err: e, responseId }, 'recording a failed follow-up failed'))
      return false
    }
  }

  async function dispatch(responseIds?: string[]): Promise<FollowUpDispatch> {
    const claimed = await claim(responseIds)
    const results = await Promise.all(claimed.map((id) => open(id)))
    const opened = results.filter(Boolean).length
    return { attempted: claimed.length, opened, failed: claimed.length - opened }
  }

  return { dispatch }
}
export type FollowUpsService = ReturnType<typeof followUpsService>
