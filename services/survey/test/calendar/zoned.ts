/**
 * The survey app in a given time zone, on a given database (a restart of the same service): for
 * the tests of local days and of the rollup calendar.
 */
import { instantAt, loadServiceConfig, migrateToLatest, staticDirectoryLookup } from '@postcare/platform'
import { createTestDatabase, testKeys, type TestContext, type TestDatabase } from '@postcare/platform/testing'
import { sql, type Kysely } from 'kysely'
import { buildApp, migrations } from '../../src/app.js'
import type { SurveyConfig } from '../../src/config.js'
import type { Database } from '../../src/db/database.js'
import { fakeFeedback, offices } from '../helper.js'

export const zones = ['Asia/Hong_Kong', 'Pacific/Honolulu'] as const

/** `2026-03-31 23:30` in `zone`, as an ISO instant. */
export const local = (zone: string, dayAndTime: string) => {
  const [day, time] = dayAndTime.split(' ') as [string, string]
  const [h, m] = time.split(':').map(Number) as [number, number]
  return instantAt(day, h * 60 + m, zone).toISOString()
}

export async function zonedApp(t: TestContext, zone: string, database?: TestDatabase) {
  const db = database ?? (await createTestDatabase(t))
  const { publicJwk } = await testKeys()
  const config: SurveyConfig = {
    ...loadServiceConfig('survey', { SURVEY_DATABASE_URL: db.urlFor('survey'), POSTCARE_IDENTITY_PUBLIC_KEY: publicJwk, POSTCARE_TIME_ZONE: zone, LOG_LEVEL: 'silent' }),
    gatewayUrl: 'http://127.0.0.1:1', apiKey: undefined, minSampleSize: 1, recontactDays: 90, invitationValidDays: 30, equityThreshold: 0.9, followUpRetrySeconds: 3600,
    contactHashKey: 'test-contact-key', contactRetentionDays: 365, retentionSweepMinutes: 60, followUpMaxAttempts: 8, followUpGiveUpHours: 20
  }
  const app = await buildApp(config, { directory: staticDirectoryLookup(offices), feedback: fakeFeedback().client })
  t.teardown(() => app.close())
  await migrateToLatest(app.db, 'survey', migrations)
  await app.ready()
  return { app, config, database: db, db: app.db as Kysely<Database> }
}

const counts = sql.raw(Array.from({ length: 11 }, (_, v) => `c${v}`).join(', '))

/** Every counted row of both rollups. */
export async function rollupRows(db: Kysely<Database>) {
  const daily = await sql<Record<string, unknown>>`
    select survey_id, day::text, question_id, channel, office_code, district_code, region_class, segment, ${counts} from rating_rollup
     where c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 > 0 order by 1, 2, 3, 4, 5, 6, 7, 8`.execute(db)
  const monthly = await sql<Record<string, unknown>>`
    select survey_id, month::text, question_id, channel, district_code, region_class, segment, ${counts} from rating_rollup_monthly
     where c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 > 0 order by 1, 2, 3, 4, 5, 6, 7`.execute(db)
  return { daily: daily.rows, monthly: monthly.rows }
}
