/**
 * One set of test fixtures for every service's tests and the system suites: the offices and staff
 * the fake directory knows, a clock tests move, and fakes of the feedback service's intake and of
 * its live categories as clients see them. A fixture changed here changes for every suite.
 */
import type { OfficeInfo, StaffInfo } from '../directory-client.js'

export const offices: OfficeInfo[] = [
  { code: 'KLN001', name: 'Kowloon Central', districtCode: 'KLN', regionClass: 'urban', status: 'open' },
  { code: 'KLN002', name: 'Mong Kok', districtCode: 'KLN', regionClass: 'urban', status: 'open' },
  { code: 'NTR001', name: 'Sheung Shui', districtCode: 'NTR', regionClass: 'rural', status: 'open' },
  { code: 'ISL001', name: 'Tai O', districtCode: 'ISL', regionClass: 'island_remote', status: 'open' },
  { code: 'SKW001', name: 'Sai Kung', districtCode: 'SKW', regionClass: 'coastal', status: 'open' },
  // An urban office in a mostly rural district, so district and region class filters can be told apart.
  { code: 'NTR002', name: 'Fanling', districtCode: 'NTR', regionClass: 'urban', status: 'open' }
]

export const staff: StaffInfo[] = [{ id: 'S001001', name: 'Wong Siu Ming', officeCode: 'KLN002', active: true }]

export interface TestClock {
  /** The instant the app reads. */
  at: Date
  /** The `now` dependency: `buildApp(config, { now: clock.now })`. */
  now: () => Date
  set(instant: string | Date): void
  advance(ms: number): void
}

/** A clock the test moves; the app reads it through its `now` dependency. */
export function testClock(start: string | Date = new Date()): TestClock {
  const clock: TestClock = {
    at: new Date(start),
    now: () => clock.at,
    set: (instant) => void (clock.at = new Date(instant)),
    advance: (ms) => void (clock.at = new Date(clock.at.getTime() + ms))
  }
  return clock
}

/** The failure a client raises for a call that did not open a case (`status` null: unreachable). */
export type CallError = new (message: string, status?: number | null, code?: string | null) => Error

/**
 * Stands in for the feedback service's intake: records every call and, like the real intake,
 * answers the same Idempotency-Key with the same case. `state.failNext` makes the next calls fail
 * as an outage would (unreachable); `state.answers` queues HTTP statuses for the next calls,
 * failing each as the HTTP client does for that status (with `code` as its problem code). Failures
 * are raised as `CallError`, the client's own error class.
 */
export function fakeFeedback<Body = unknown>(CallError: CallError = Error as unknown as CallError) {
  const calls: Array<{ body: Body; key: string }> = []
  const cases = new Map<string, { id: string; reference: string }>()
  const state: { failNext: number; answers: Array<{ status: number; code?: string }> } = { failNext: 0, answers: [] }
  const client = {
    async openCase(body: Body, key: string): Promise<{ id: string; reference: string }> {
      calls.push({ body, key })
      if (state.failNext > 0) {
        state.failNext--
        throw new CallError('feedback intake could not be reached: fetch failed')
      }
      const answer = state.answers.shift()
      if (answer && answer.status >= 400) throw new CallError(`feedback intake answered ${answer.status}${answer.code ? ` ${answer.code}` : ''}`, answer.status, answer.code ?? null)
      let c = cases.get(key)
      if (!c) {
        c = { id: `case-${cases.size + 1}`, reference: `CMP-2026-${String(cases.size + 1).padStart(6, '0')}` }
        cases.set(key, c)
      }
      return c
    }
  }
  return { client, calls, cases, state }
}

/** The feedback service's seed categories, as its list answers them. */
export const feedbackCategoryCodes = [
  'loss', 'delay', 'damage', 'delivery_failure', 'redirection', 'counter_service', 'staff_conduct', 'hotline', 'website_app', 'philately',
  'business_parcel_services', 'pricing', 'other'
]

/**
 * Stands in for feedback's live categories as the liaison service reads them (`isLive`): the seed
 * taxonomy, less what a test retires (`live.delete`); `state.unavailable` makes every read fail as
 * an unreachable feedback service does, with the client's own error class.
 */
export function fakeFeedbackCategories(Unavailable: new (message: string) => Error = Error) {
  const live = new Set(feedbackCategoryCodes)
  const state = { unavailable: false, reads: 0 }
  const client = {
    async isLive(code: string): Promise<boolean> {
      state.reads++
      if (state.unavailable) throw new Unavailable('feedback categories could not be read: fetch failed')
      return live.has(code)
    }
  }
  return { client, live, state }
}

/**
 * Settings a service cannot start without and tests have no reason to vary: where the gateway is
 * (nowhere: tests pass fakes for what is behind it), the survey contact hash key, and the
 * operator's time zone. Tests were written with UTC days; those about local days set their own
 * zone (UTC is a zone like any other here: only a default would be wrong in production).
 */
export const testSettings: Record<string, string> = {
  POSTCARE_GATEWAY_URL: 'http://127.0.0.1:1',
  POSTCARE_TIME_ZONE: 'UTC',
  SURVEY_CONTACT_HASH_KEY: 'test-contact-hash-key-000'
}
