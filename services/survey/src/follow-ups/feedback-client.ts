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

export class FeedbackUnavailableError extends Error {
  override readonly name = 'FeedbackUnavailableError'
}

export interface HttpFeedbackOptions {
  gatewayUrl: string
  apiKey: string | undefined
  timeoutMs?: number
}

export function httpFeedbackClient(opts: HttpFeedbackOptions): FeedbackClient {
  return {
    async openCase(body, idempotencyKey) {
      if (!opts.apiKey) throw new FeedbackUnavailableError('SURVEY_API_KEY is not set, so the feedback service cannot be called')
      let res: Response
      try {
        res = await fetch(new URL('/v1/feedback/items', opts.gatewayUrl), {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', 'x-api-key': opts.apiKey, 'idempotency-key': idempotencyKey },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(opts.timeoutMs ?? 5000)
        })
      } catch (err) {
        throw new FeedbackUnavailableError(`feedback intake failed: ${(err as Error).message}`)
      }
      const text = await res.text()
      if (!res.ok) throw new FeedbackUnavailableError(`feedback intake answered ${res.status}: ${text.slice(0, 300)}`)
      let answer: { id?: unknown; reference?: unknown }
      try {
        answer = JSON.parse(text) as typeof answer
      } catch {
        throw new FeedbackUnavailableError('feedback intake answered with something other than JSON')
      }
      if (typeof answer.reference !== 'string' || (typeof answer.id !== 'string' && typeof answer.id !== 'number')) {
        throw new FeedbackUnavailableError('feedback intake answered without an id and reference')
      }
      return { id: String(answer.id), reference: answer.reference }
    }
  }
}
