/**
 * The rollups hold the calendar they were built with: a feedback service started with another
 * POSTCARE_TIME_ZONE (or first month) than the recorded one refuses to start, naming both; the
 * rebuild command fixes it; and the start command rebuilds, once, a database whose rollups were
 * built before the calendar was recorded.
 */
import { spawnSync } from 'node:child_process'
import { ConfigError, loadCalendarSettings, recordedRollupCalendar } from '@postcare/platform'
import { testKeys } from '@postcare/platform/testing'
import { sql } from 'kysely'
import t from 'tap'
import { prepareRollups } from '../../../../scripts/rollups.js'
import { checkFeedbackRollups, rebuildFeedbackRollups } from '../../src/statistics/rollups.js'
import { caller, complaint } from '../helper.js'
import { local, rollupRows, zonedApp } from './zoned.js'

const HK = 'Asia/Hong_Kong'
const NY = 'America/New_York'
const refusal = (err: unknown) => (err instanceof ConfigError ? err.message : String(err))

t.test('a service started in another time zone than its rollups refuses to start, naming both, until the rebuild', async (t) => {
  const first = await zonedApp(t, HK)
  await checkFeedbackRollups(first.db, first.config.calendar)
  t.match(await recordedRollupCalendar(first.db), { timeZone: HK, financialYearStartMonth: 4 }, 'the first start on an empty database records its calendar')
  const headers = await caller()
  // 07:30 on 1 April in Hong Kong (23:30 on 31 March in UTC) and 23:30 on 31 March in Hong Kong.
  for (const receivedAt of ['2026-03-31T23:30:00Z', local(HK, '2026-03-31 23:30')]) {
    t.equal((await first.app.inject({ method: 'POST', url: '/v1/feedback/items', headers, payload: complaint({ receivedAt }) })).statusCode, 201)
  }
  await checkFeedbackRollups(first.db, first.config.calendar)
  t.pass('a restart with the same settings starts')

  const second = await zonedApp(t, NY, { database: first.database })
  const refused = await checkFeedbackRollups(second.db, second.config.calendar).then(() => 'started', refusal)
  t.match(refused, /POSTCARE_TIME_ZONE: is America\/New_York, but feedback's rollups were built in Asia\/Hong_Kong days/, 'refused, naming both zones')
  t.match(refused, /npm run rebuild-rollups -- feedback/, 'and the command that fixes it')

  await rebuildFeedbackRollups(second.db, second.config.calendar)
  await checkFeedbackRollups(second.db, second.config.calendar)
  t.match(await recordedRollupCalendar(second.db), { timeZone: NY }, 'after the rebuild it starts, with the new zone recorded')
  const stats = async (fy: string) => (await second.app.inject({ method: 'GET', url: `/v1/feedback/statistics?financialYear=${fy}`, headers })).json().byKind[0].count
  t.equal(await stats('2025/26'), 2, 'both are 31 March in New York: 2025/26')
  t.equal(await stats('2026/27'), 0)

  const third = await zonedApp(t, NY, { database: first.database, env: { POSTCARE_FINANCIAL_YEAR_START_MONTH: '1' } })
  t.match(await checkFeedbackRollups(third.db, third.config.calendar).then(() => 'started', refusal), /POSTCARE_FINANCIAL_YEAR_START_MONTH: is 1, but feedback's rollups were built with financial years starting in month 4/)
})

t.test('the real service process exits 78 before listening, naming both zones', async (t) => {
  const { db, config, database } = await zonedApp(t, HK)
  await checkFeedbackRollups(db, config.calendar)
  const res = spawnSync(process.execPath, ['--import', 'tsx', new URL('../../src/server.ts', import.meta.url).pathname], {
    env: { PATH: process.env.PATH, FEEDBACK_DATABASE_URL: database.urlFor('feedback'), POSTCARE_IDENTITY_PUBLIC_KEY: (await testKeys()).publicJwk, POSTCARE_TIME_ZONE: NY, FEEDBACK_PORT: '0', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 60_000
  })
  t.equal(res.status, 78, res.stderr.slice(-2000))
  t.match(res.stderr, /POSTCARE_TIME_ZONE: is America\/New_York, but feedback's rollups were built in Asia\/Hong_Kong days/)
})

t.test('`npm run rebuild-rollups -- feedback` is the fix: the command rebuilds in the configured zone and records it', async (t) => {
  const { app, db, database } = await zonedApp(t, HK)
  await checkFeedbackRollups(db, loadCalendarSettings({ POSTCARE_TIME_ZONE: HK }))
  await app.inject({ method: 'POST', url: '/v1/feedback/items', headers: await caller(), payload: complaint({ receivedAt: local(HK, '2026-04-01 00:30') }) })
  const script = new URL('../../../../scripts/rebuild-rollups.ts', import.meta.url).pathname
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { PATH: process.env.PATH, FEEDBACK_DATABASE_URL: database.urlFor('feedback'), POSTCARE_TIME_ZONE: NY },
      encoding: 'utf8',
      timeout: 60_000
    })
  const wrong = run(['billing'])
  t.equal(wrong.status, 2, 'an unknown service is a usage error')
  const res = run(['--', 'feedback'])
  t.equal(res.status, 0, res.stderr)
  t.match(res.stdout, /feedback: rollups rebuilt in America\/New_York days, financial years from month 4/)
  t.match(await recordedRollupCalendar(db), { timeZone: NY, financialYearStartMonth: 4 })
  await checkFeedbackRollups(db, loadCalendarSettings({ POSTCARE_TIME_ZONE: NY }))
  t.pass('and a service in New York time starts')
})

t.test('a database whose rollups were built before the calendar was recorded is refused by the service and rebuilt once by the start command', async (t) => {
  const { app, db, config, database } = await zonedApp(t, HK)
  const headers = await caller()
  for (const receivedAt of [local(HK, '2026-04-01 00:30'), local(HK, '2026-03-31 23:30')]) {
    await app.inject({ method: 'POST', url: '/v1/feedback/items', headers, payload: complaint({ receivedAt }) })
  }
  const wanted = await rollupRows(db)
  // As before this change: rollups in UTC days, nothing recorded.
  await rebuildFeedbackRollups(db, loadCalendarSettings({ POSTCARE_TIME_ZONE: 'UTC' }))
  await sql`delete from rollup_calendar`.execute(db)
  t.not(JSON.stringify(await rollupRows(db)), JSON.stringify(wanted), 'the UTC rollups differ')
  t.match(await checkFeedbackRollups(db, config.calendar).then(() => 'started', refusal), /were built before their time zone was recorded/, 'the service will not guess')

  const lines: string[] = []
  const urls = { feedback: database.urlFor('feedback'), survey: database.urlFor('survey') }
  t.same(await prepareRollups(urls, config.calendar, (line) => lines.push(line)), [], 'the start command goes on')
  t.match(lines, [/^feedback: rollups rebuilt in Asia\/Hong_Kong days/], 'saying what it did')
  t.same(await rollupRows(db), wanted, 'the rollups are those of Hong Kong days')
  t.match(await recordedRollupCalendar(db), { timeZone: HK })
  lines.length = 0
  t.same(await prepareRollups(urls, config.calendar, (line) => lines.push(line)), [], 'a second start')
  t.same(lines, [], 'rebuilds nothing')
  const elsewhere = await prepareRollups(urls, loadCalendarSettings({ POSTCARE_TIME_ZONE: NY }), () => {})
  t.match(elsewhere, [/POSTCARE_TIME_ZONE: is America\/New_York, but feedback's rollups were built in Asia\/Hong_Kong days/], 'a start in another zone is refused, not rebuilt')
})
