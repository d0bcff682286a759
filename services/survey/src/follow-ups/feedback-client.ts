/**
 * How the survey service opens a case in the feedback service: its public intake, through the
 * gateway with the survey service's own API key. The Idempotency-Key is derived from the survey
 * response id, so however often a follow-up is retried (after a timeout, by another replica, by
 * the retry sweep) the feedback service opens one case. Only `id` and `reference` of the answer
 * are relied on, so the feedback contract can grow without breaking this client.
 */
import type { Channel } from '@postcare/contracts'

/** The subset of CreateFeedbackItem (packages/contracts feedback.ts) a follow-up sends. */
export interface FeedbackCaseRequest {
  kind: 'complaint'
  channel: Channel
  officeCode: string
  category: string
  subject: string
  description: string
  receivedAt: string
  customer: {
    anonymous: false
    name?: string
    phone?: string
    email?: string
    preferredReplyChannel: 'email' | 'phone'
    language: string
  }
}

export interface OpenedCase {
  id: string
  reference: string
}

export interface FeedbackClient {
  openCase(body: FeedbackCaseRequest, idempotencyKey: string): Promise<OpenedCase>
}

export function followUpIdempotencyKey(responseId: string): string {
  return `survey-response-${responseId}`
}

/**
 * A call to the feedback intake that did not open a case. `status` is the HTTP status when the
 * intake answered (null when it could not be reached), `code` its problem code. The message never
 * carries the answer's text: a validation error may quote the respondent's contact details back,
 * and the message is stored with the follow-up.
 */
export class FeedbackCallError extends Error {
  override readonly name = 'FeedbackCallError'
  constructor(message: string, readonly status: number | null = null, readonly code: string | null = null) {
    super(message)
  }
}

export interface HttpFeedbackOptions {
  gatewayUrl: string
  apiKey: string | undefined
  timeoutMs?: number
}

/** The problem code of an answer, if it has one that looks like a code (nothing else is kept). */
function problemCode(text: string): string | null {
  try {
    const code = (JSON.parse(text) as { code?: unknown }).code
    return typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,59}$/.test(code) ? code : null
  } catch {
    return null
  }
}

export function httpFeedbackClient(opts: HttpFeedbackOptions): FeedbackClient {
  return {
    async openCase(body, idempotencyKey) {
      if (!opts.apiKey) throw new FeedbackCallError('SURVEY_API_KEY is not set, so the feedback service cannot be called')
      let res: Response
      try {
        res = await fetch(new URL('/v1/feedback/items', opts.gatewayUrl), {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', 'x-api-key': opts.apiKey, 'idempotency-key': idempotencyKey },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(opts.timeoutMs ?? 5000)
        })
      } catch (err) {
        throw new FeedbackCallError(`feedback intake could not be reached: ${String((err as Error).message).slice(0, 200)}`)
      }
      const text = await res.text()
      if (!res.ok) {
        const code = problemCode(text)
        throw new FeedbackCallError(`feedback intake answered ${res.status}${code ? ` ${code}` : ''}`, res.status, code)
      }
      let answer: { id?: unknown; reference?: unknown }
      try {
        answer = JSON.parse(text) as typeof answer
      } catch {
        throw new FeedbackCallError('feedback intake answered with something other than JSON')
      }
      if (typeof answer.reference !== 'string' || (typeof answer.id !== 'string' && typeof answer.id !== 'number')) {
        throw new FeedbackCallError('feedback intake answered without an id and reference')
      }
      return { id: String(answer.id), reference: answer.reference }
    }
  }
}
