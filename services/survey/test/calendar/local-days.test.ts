/**
 * Responses count on the operator's local day: in Hong Kong (UTC+8) and Honolulu (UTC-10),
 * responses at 23:30 and 00:30 local time on 31 March and 1 April fall in the financial year, month
 * and day of their local day in the results and trends; the rollups the submissions kept equal a
 * rebuild from the responses; a survey service started in another zone refuses, naming both, until
 * the rebuild.
 */
import { spawnSync } from 'node:child_process'
import { ConfigError, recordedRollupCalendar } from '@postcare/platform'
import { testKeys } from '@postcare/platform/testing'
import t from 'tap'
import { checkSurveyRollups, rebuildSurveyRollups } from '../../src/results/rollups.js'
import { caller, counterResponse, importResponses, openSurvey } from '../helper.js'
import { local, rollupRows, zonedApp, zones } from './zoned.js'

type Results = { questions: Array<{ questionId: string; groups: Array<{ group: string | null; n: number }> }> }
const overall = (r: Results) => Object.fromEntries(r.questions.find((q) => q.questionId === 'overall')!.groups.map((g) => [g.group, g.n]))

for (const zone of zones) {
  t.test(`in ${zone}`, async (t) => {
    const { app, config, db, database } = await zonedApp(t, zone)
    const surveyId = await openSurvey(app)
    const times = ['2026-03-31 00:30', '2026-03-31 23:30', '2026-04-01 00:30', '2026-04-01 23:30']
    await importResponses(app, surveyId, times.map((when, i) => counterResponse({ overall: 3 + i }, { respondedAt: local(zone, when) })))
    const get = async (path: string) => (await app.inject({ method: 'GET', url: `/v1/survey/surveys/${surveyId}/${path}`, headers: await caller() })).json()

    t.test('a response belongs to the financial year, month and day of its local day', async (t) => {
      t.same(overall(await get('results?financialYear=2025/26&questionId=overall')), { all: 2 }, '31 March at 00:30 and 23:30 are in 2025/26')
      t.same(overall(await get('results?financialYear=2026/27&questionId=overall')), { all: 2 }, '1 April at 00:30 and 23:30 are in 2026/27')
      t.same(overall(await get('results?from=2026-03-31&to=2026-03-31&questionId=overall')), { all: 2 }, 'two on 31 March')
      t.same(overall(await get('results?from=2026-03-01&to=2026-04-30&groupBy=month&questionId=overall')), { '2026-03': 2, '2026-04': 2 }, 'two in each month (the monthly rollup)')
      const trend = await get('trends?from=2025-04-01&to=2027-03-31&interval=financial_year&questionId=overall')
      t.same(trend.questions[0].points.map((p: { period: string; n: number }) => [p.period, p.n]), [['2025/26', 2], ['2026/27', 2]], 'and in the trends by financial year')
    })

    t.test('the rollups the submissions kept equal a rebuild from the responses', async (t) => {
      const kept = await rollupRows(db)
      t.equal(kept.daily.length, 2 * 5, 'a row per local day and rating question')
      await rebuildSurveyRollups(db, config.calendar)
      t.same(await rollupRows(db), kept)
    })

    t.test('a start in another time zone is refused, naming both, until the rebuild', async (t) => {
      await checkSurveyRollups(db, config.calendar)
      t.match(await recordedRollupCalendar(db), { timeZone: zone, financialYearStartMonth: null }, 'recorded at the first start (survey keeps no financial years)')
      const other = zone === 'Asia/Hong_Kong' ? 'Pacific/Honolulu' : 'Asia/Hong_Kong'
      const restarted = await zonedApp(t, other, database)
      const refused = await checkSurveyRollups(restarted.db, restarted.config.calendar).then(() => 'started', (err: unknown) => (err instanceof ConfigError ? err.message : String(err)))
      t.match(refused, `POSTCARE_TIME_ZONE: is ${other}, but survey's rollups were built in ${zone} days`, 'refused, naming both zones')
      t.match(refused, 'npm run rebuild-rollups -- survey')
      await rebuildSurveyRollups(restarted.db, restarted.config.calendar)
      await checkSurveyRollups(restarted.db, restarted.config.calendar)
      const results = async (fy: string) => overall((await restarted.app.inject({ method: 'GET', url: `/v1/survey/surveys/${surveyId}/results?financialYear=${fy}&questionId=overall`, headers: await caller() })).json())
      // Eighteen hours apart: what was 00:30 and 23:30 on 31 March and 1 April in one zone is three and one in the other.
      const [before, after] = zone === 'Asia/Hong_Kong' ? [3, 1] : [1, 3]
      t.same(await results('2025/26'), { all: before }, `after the rebuild the figures are in ${other} days`)
      t.same(await results('2026/27'), { all: after })
    })
  })
}

t.test('the real survey process exits 78 before listening, naming both zones', async (t) => {
  const { db, config, database } = await zonedApp(t, 'Asia/Hong_Kong')
  await checkSurveyRollups(db, config.calendar)
  const res = spawnSync(process.execPath, ['--import', 'tsx', new URL('../../src/server.ts', import.meta.url).pathname], {
    env: {
      PATH: process.env.PATH, SURVEY_DATABASE_URL: database.urlFor('survey'), POSTCARE_IDENTITY_PUBLIC_KEY: (await testKeys()).publicJwk, POSTCARE_TIME_ZONE: 'Pacific/Honolulu',
      SURVEY_CONTACT_HASH_KEY: 'test-contact-hash-key-000', SURVEY_PORT: '0', LOG_LEVEL: 'silent'
    },
    encoding: 'utf8',
    timeout: 60_000
  })
  t.equal(res.status, 78, res.stderr.slice(-2000))
  t.match(res.stderr, "POSTCARE_TIME_ZONE: is Pacific/Honolulu, but survey's rollups were built in Asia/Hong_Kong days")
})
