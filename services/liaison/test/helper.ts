/**
 * The liaison app for tests: the real app on a fresh, migrated database of its own (both roles:
 * the service's and the public record's read-only one), with a fixed directory (its districts
 * those of the fixture offices, its staff the fixture's and the senior officials), feedback's
 * live categories faked, a movable clock (Monday 1 June 2026, 09:00 Hong Kong), and the sweep and
 * the message dispatcher run only when a test says so.
 */
import { staticDirectoryLookup, type Identity, type StaffInfo } from '@postcare/platform'
import { asCaller, buildServiceTestApp, fakeFeedbackCategories, offices, staff, testClock, type TestContext } from '@postcare/platform/testing'
import { buildApp, migrations, type LiaisonDeps } from '../src/app.js'
import { CategoriesUnavailableError } from '../src/clients/feedback-categories.js'
import { loadConfig } from '../src/config.js'

export const liaisonService = { name: 'liaison', buildApp, loadConfig, migrations } as const

export const officials: StaffInfo[] = [
  { id: 'S900001', name: 'Leung Wai Man', officeCode: 'KLN001', active: true, grade: 'postmaster_general' },
  { id: 'S900003', name: 'Wong Chi Ming', officeCode: 'KLN001', active: true, grade: 'assistant_postmaster_general' },
  { id: 'S900005', name: 'Tang Ho Yin', officeCode: 'KLN001', active: true, grade: 'chief_postmaster' },
  { id: 'S900009', name: 'Retired Official', officeCode: 'KLN001', active: false, grade: 'chief_postmaster' }
]

export const ZONE = 'Asia/Hong_Kong'

export interface TestAppOptions {
  env?: Record<string, string>
  deps?: Partial<LiaisonDeps>
  listen?: boolean
  /** When the clock starts (default Monday 1 June 2026, 09:00 in Hong Kong). */
  start?: string
}

export async function buildTestApp(t: TestContext, opts: TestAppOptions = {}) {
  const clock = testClock(opts.start ?? '2026-06-01T01:00:00Z')
  const categories = fakeFeedbackCategories(CategoriesUnavailableError)
  let sweep: () => Promise<void> = async () => { throw new Error('the app did not schedule its sweep') }
  let dispatch: () => Promise<void> = async () => { throw new Error('the app did not schedule its dispatcher') }
  const built = await buildServiceTestApp(t, liaisonService, {
    // Load shedding at 5 s rather than 1 s: on a machine busy with other suites, a set-up burst
    // would otherwise be shed (503), which the overload suite tests on its own.
    env: { POSTCARE_TIME_ZONE: ZONE, MAX_EVENT_LOOP_DELAY_MS: '5000', ...opts.env },
    listen: opts.listen,
    deps: {
      directory: staticDirectoryLookup(offices, [...staff, ...officials]),
      feedbackCategories: categories.client,
      now: clock.now,
      scheduleSweep: (task) => {
        sweep = task
        return () => {}
      },
      scheduleDispatch: (task) => {
        dispatch = task
        return () => {}
      },
      ...opts.deps
    }
  })
  return { ...built, clock, categories, sweep: () => sweep(), dispatch: () => dispatch() }
}

export type TestApp = Awaited<ReturnType<typeof buildTestApp>>['app']

export const caller = (who: Partial<Identity> = {}) => asCaller('liaison', who)

type Json = Record<string, any>

/** Calls the app as a caller holding every scope (or `who`); answers the status, the JSON and the ETag. */
export async function call(app: TestApp, method: string, url: string, body?: unknown, headers: Record<string, string> = {}, who: Partial<Identity> = {}) {
  const res = await app.inject({ method: method as 'GET', url, headers: { ...(await caller(who)), ...headers }, ...(body === undefined ? {} : { payload: body as object }) })
  let json: Json = {}
  try {
    json = res.json() as Json
  } catch {
    json = {}
  }
  return { status: res.statusCode, json, etag: res.headers.etag as string | undefined, res }
}

/** Like call(), but fails the test setup when the answer is not `expect`. */
export async function must(app: TestApp, expect: number, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  const r = await call(app, method, url, body, headers)
  if (r.status !== expect) throw new Error(`${method} ${url}: expected ${expect}, got ${r.status} ${r.res.body}`)
  return r.json
}

export const customerGroup = (extra: Json = {}) => ({
  name: { en: 'Kowloon Customer Liaison Group', 'zh-Hant': '九龍區客戶聯絡小組' },
  type: 'customer_liaison',
  districtCodes: ['KLN'],
  termsOfReference: { en: 'Views on postal services in Kowloon.', 'zh-Hant': '就九龍區郵政服務交流意見。' },
  termsOfReferenceReviewOn: '2027-03-31',
  seats: [{ constituency: 'district_council', count: 2 }, { constituency: 'member_of_public', count: 2 }],
  quorum: { basis: 'fraction', numerator: 1, denominator: 2, officialsCount: false, minimumPerConstituency: [] },
  meetingsPerYear: 4,
  ...extra
})

export const member = (name: string, extra: Json = {}) => ({
  constituency: 'member_of_public', position: 'member', name, email: `${name.toLowerCase().replace(/\s+/g, '.')}@example.org`, termStart: '2026-01-01', termEnd: '2027-12-31', consentToPublishName: false, ...extra
})

export const official = (staffId: string, position = 'chair', extra: Json = {}) => ({ constituency: 'official', position, staffId, termStart: '2026-01-01', termEnd: '2027-12-31', ...extra })

/** A meeting at 14:30-16:30 Hong Kong time on `day`. */
export const meetingOn = (day: string, extra: Json = {}) => ({
  title: { en: `Meeting of ${day}`, 'zh-Hant': `${day} 會議` },
  start: `${day}T06:30:00Z`,
  end: `${day}T08:30:00Z`,
  venue: 'General Post Office',
  chairStaffId: 'S900003',
  ...extra
})

/** A group with its chair and the given members; answers the group and the members' ids by name. */
export async function groupWith(app: TestApp, members: Json[], group: Json = customerGroup()) {
  const g = await must(app, 201, 'POST', '/v1/liaison/groups', group)
  await must(app, 201, 'POST', `/v1/liaison/groups/${g.id}/representatives`, official('S900003'))
  const ids: Record<string, string> = {}
  for (const m of members) ids[m.name ?? m.staffId] = (await must(app, 201, 'POST', `/v1/liaison/groups/${g.id}/representatives`, m)).id
  return { group: g, ids, base: `/v1/liaison/groups/${g.id}` }
}

/** Runs a meeting command with the meeting's current ETag; answers the response. */
export async function command(app: TestApp, meetingUrl: string, verb: string, body?: unknown) {
  const current = await call(app, 'GET', meetingUrl)
  return call(app, 'POST', `${meetingUrl}/${verb}`, body, { 'if-match': current.etag! })
}

/** A small but real PDF (its magic bytes are what count). */
export const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
/** A real PNG header and an IHDR chunk. */
export const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex')
