import { staticDirectoryLookup, type Identity } from '@postcare/platform'
import { asCaller, buildServiceTestApp, offices, staff, testClock, type TestContext } from '@postcare/platform/testing'
import { buildApp, migrations } from '../src/app.js'
import { loadConfig } from '../src/config.js'

export { offices, staff }

export const feedbackService = { name: 'feedback', buildApp, loadConfig, migrations } as const

/** The directory's public holidays: 25 Dec 2026 is a Friday, 28 Dec a Monday, 1 Jan 2027 a Friday. */
export const holidays = ['2026-12-25', '2026-12-28', '2027-01-01']

/**
 * The real feedback app on a fresh, migrated database, with the fixed directory, a movable clock
 * (from Monday 23 November 2026, 09:00 UTC), and `sweep()` to run the periodic breach and
 * retention sweep when the test chooses (no timer).
 */
export async function buildTestApp(t: TestContext, env: Record<string, string> = {}) {
  const clock = testClock('2026-11-23T09:00:00Z')
  let sweep: () => Promise<void> = async () => { throw new Error('the app did not schedule its sweep') }
  const { app } = await buildServiceTestApp(t, feedbackService, {
    env,
    deps: {
      directory: staticDirectoryLookup(offices, staff, { holidays }),
      now: clock.now,
      scheduleSweep: (task) => {
        sweep = task
        return () => {}
      }
    }
  })
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
