import { staticDirectoryLookup, type OfficeInfo, type StaffInfo } from '@postcare/platform'
import { asCaller, createTestDatabase, readyTestApp, testKeys, type TestContext } from '@postcare/platform/testing'
import type { Identity } from '@postcare/platform'
import { buildApp, migrations } from '../src/app.js'
import { loadConfig } from '../src/config.js'

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

/** The directory's public holidays: 25 Dec 2026 is a Friday, 28 Dec a Monday, 1 Jan 2027 a Friday. */
export const holidays = ['2026-12-25', '2026-12-28', '2027-01-01']

/** A clock the test moves; starts on Monday 23 November 2026, 09:00 UTC. */
export function testClock(start = '2026-11-23T09:00:00Z') {
  const clock = { at: new Date(start), set: (instant: string) => { clock.at = new Date(instant) } }
  return clock
}

/**
 * The real feedback app on a fresh, migrated database, with a fixed directory, a movable clock,
 * and `sweep()` to run the periodic breach and retention sweep when the test chooses (no timer).
 */
export async function buildTestApp(t: TestContext, env: Record<string, string> = {}) {
  const database = await createTestDatabase(t)
  const { publicJwk } = await testKeys()
  const config = loadConfig({
    FEEDBACK_DATABASE_URL: database.urlFor('feedback'),
    POSTCARE_IDENTITY_PUBLIC_KEY: publicJwk,
    LOG_LEVEL: 'silent',
    POSTCARE_TIME_ZONE: 'UTC',
    ...env
  })
  const clock = testClock()
  let sweep: () => Promise<void> = async () => { throw new Error('the app did not schedule its sweep') }
  const app = await buildApp(config, {
    directory: staticDirectoryLookup(offices, staff, { holidays }),
    now: () => clock.at,
    scheduleSweep: (task) => {
      sweep = task
      return () => {}
    }
  })
  await readyTestApp(t, app, 'feedback', migrations)
  return { app, clock, sweep: () => sweep() }
}

export const caller = (who: Partial<Identity> = {}) => asCaller('feedback', who)

export function complaint(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'complaint',
    channel: 'counter',
    officeCode: 'KLN001',
    category: 'delay',
    subject: 'Registered letter arrived a week late',
    description: 'Posted on Monday at the counter, delivered eight days later.',
    trackingNumbers: ['RR123456789HK'],
    remedySought: 'An apology and the postage back',
    customer: { name: 'Chan Tai Man', email: 'chan.taiman@example.com', phone: '+852 2921 2222', preferredReplyChannel: 'email', language: 'en' },
    ...overrides
  }
}
