/**
 * The feedback app in a given time zone, on a given database (a restart of the same service), with
 * the directory's calendar as fixtures: for the tests of local days, pledge deadlines and the
 * rollup calendar.
 */
import { instantAt, staticDirectoryLookup, type SuspensionInfo } from '@postcare/platform'
import { buildServiceTestApp, testClock, type TestContext, type TestDatabase } from '@postcare/platform/testing'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../src/db/database.js'
import { feedbackService, offices, staff } from '../helper.js'

export const zones = ['Asia/Hong_Kong', 'America/New_York'] as const

/** `2026-03-31 23:30` in `zone`, as an ISO instant. */
export const local = (zone: string, dayAndTime: string) => {
  const [day, time] = dayAndTime.split(' ') as [string, string]
  const [h, m] = time.split(':').map(Number) as [number, number]
  return instantAt(day, h * 60 + m, zone).toISOString()
}

export async function zonedApp(
  t: TestContext,
  zone: string,
  opts: { database?: TestDatabase; env?: Record<string, string>; holidays?: string[]; suspensions?: SuspensionInfo[] } = {}
) {
  const clock = testClock('2026-11-23T09:00:00Z')
  const { app, config, database } = await buildServiceTestApp(t, feedbackService, {
    ...(opts.database ? { database: opts.database } : {}),
    env: { POSTCARE_TIME_ZONE: zone, ...opts.env },
    deps: {
      directory: staticDirectoryLookup(offices, staff, { holidays: opts.holidays ?? [], suspensions: opts.suspensions ?? [] }),
      now: clock.now,
      scheduleSweep: () => () => {}
    }
  })
  return { app, clock, config, database, db: app.db as Kysely<Database> }
}

const statsColumns = sql.raw(`level, period_start::text, dimension, dim_value, kind, received, acknowledged, acknowledged_on_time, answered, answered_on_time,
  closed, upheld, partly_upheld, not_upheld, withdrawn, compensation_minor`)

/** Every counted row of both rollups (rows whose counters are all zero count nothing). */
export async function rollupRows(db: Kysely<Database>) {
  const stats = await sql<Record<string, unknown>>`
    select ${statsColumns} from feedback_stats
     where received <> 0 or acknowledged <> 0 or answered <> 0 or closed <> 0 or compensation_minor <> 0 or acknowledged_on_time <> 0 or answered_on_time <> 0
     order by 1, 2, 3, 4, 5`.execute(db)
  const causes = await sql<Record<string, unknown>>`select level, period_start::text, root_cause, closed from feedback_root_cause_stats where closed <> 0 order by 1, 2, 3`.execute(db)
  return { stats: stats.rows, causes: causes.rows }
}
