import t from 'tap'
import { sql } from 'kysely'
import { buildTestApp, caller, counterSurvey, importResponses, openSurvey, type TestApp } from '../helper.js'

/**
 * One dataset for the results tests, loaded once through the batch import (1,120 responses in
 * two requests): 1,000 counter responses at an urban office of which 969 are satisfied (495 of
 * 500 in May, 474 of 500 in August), 100 hotline responses at a rural office (90 satisfied), and
 * 20 web responses with no office (too few to show).
 */
let app: TestApp
let surveyId: string

function response(channel: string, officeCode: string | undefined, respondedAt: string, overall: number, recommend?: number) {
  const answers: Array<{ questionId: string; value: number }> = [{ questionId: 'overall', value: overall }]
  if (recommend !== undefined) answers.push({ questionId: 'recommend', value: recommend })
  return { channel, ...(officeCode ? { officeCode } : {}), language: 'en', respondedAt, answers }
}

t.before(async () => {
  app = await buildTestApp(t)
  surveyId = await openSurvey(app, counterSurvey({ targetChannels: ['counter', 'hotline', 'web'] }))
  const rows: Array<Record<string, unknown>> = []
  for (let i = 0; i < 1000; i++) {
    const may = i < 500
    const satisfied = may ? i < 495 : i - 500 < 474
    // Recommend: 600 promoters (10), 250 passives (8), 150 detractors (5).
    const recommend = i % 20 < 12 ? 10 : i % 20 < 17 ? 8 : 5
    rows.push(response('counter', 'KLN001', may ? '2026-05-12T03:00:00Z' : '2026-08-12T03:00:00Z', satisfied ? 6 + (i % 2) : 3, recommend))
  }
  for (let i = 0; i < 100; i++) rows.push(response('hotline', 'NTR001', '2026-06-01T03:00:00Z', i < 90 ? 7 : 2))
  for (let i = 0; i < 20; i++) rows.push(response('web', undefined, '2026-06-01T03:00:00Z', 7))
  await importResponses(app, surveyId, rows)
})

const get = async (path: string) => app.inject({ method: 'GET', url: `/v1/survey/surveys/${surveyId}/${path}`, headers: await caller() })
const overallGroups = (body: { questions: Array<{ questionId: string; groups: Array<Record<string, any>> }> }) => body.questions.find((q) => q.questionId === 'overall')!.groups

t.test('969 satisfied of 1,000 counter responses is exactly 96.9% with the Wilson interval worked out by hand', async (t) => {
  const res = await get('results?financialYear=2026/27&groupBy=channel&questionId=overall')
  t.equal(res.statusCode, 200, res.body)
  const counter = overallGroups(res.json()).find((g) => g.group === 'counter')!
  t.equal(counter.n, 1000)
  t.equal(counter.satisfied.satisfied, 969)
  t.equal(counter.satisfied.share, 0.969)
  // Wilson score interval, z = 1.959963984540054, z² = 3.841458820694125, p̂ = 0.969, n = 1000:
  //   1 + z²/n              = 1.003841458820694
  //   centre = (p̂ + z²/2n) / (1 + z²/n) = 0.970920729410347 / 1.003841458820694 = 0.967205250270275
  //   p̂(1−p̂)/n + z²/4n²    = 0.000030039 + 0.000000960364705 = 0.0000309993647052
  //   half   = z / (1 + z²/n) · √0.0000309993647052 = 1.952463675730833 × 0.005567707311378 = 0.010870746282567
  //   interval = 0.967205250270275 ∓ 0.010870746282567 = [0.956334503987708, 0.978075996552841]
  t.equal(Number(counter.satisfied.interval.lower.toFixed(9)), 0.956334504)
  t.equal(Number(counter.satisfied.interval.upper.toFixed(9)), 0.978075997)
  // Mean: 969 answers of 6 or 7 (485 sixes, 484 sevens) and 31 threes.
  t.equal(counter.mean, (485 * 6 + 484 * 7 + 31 * 3) / 1000)
})

t.test('groups with fewer responses than the minimum sample are suppressed and show no figures', async (t) => {
  const res = await get('results?financialYear=2026/27&groupBy=channel&questionId=overall')
  const web = overallGroups(res.json()).find((g) => g.group === 'web')!
  t.same(web, { group: 'web', n: 20, effectiveN: 20, suppressed: true, satisfied: null, mean: null, nps: null })
  t.equal(res.json().minSampleSize, 30)
  const hotline = overallGroups(res.json()).find((g) => g.group === 'hotline')!
  t.match(hotline, { n: 100, suppressed: false, satisfied: { share: 0.9 } })
})

t.test('a 0-10 question carries the net promoter score with its interval', async (t) => {
  const res = await get('results?financialYear=2026/27&groupBy=channel&questionId=recommend')
  const counter = res.json().questions[0].groups.find((g: { group: string }) => g.group === 'counter')
  // NPS = 100 × (600 − 150) / 1000 = 45; per-respondent variance 0.6 + 0.15 − 0.45² = 0.5475,
  // half-width 100 × 1.959963984540054 × √(0.5475 / 1000) = 4.586049...
  t.match(counter.nps, { score: 45, promoters: 600, passives: 250, detractors: 150 })
  t.equal(Number(counter.nps.interval.lower.toFixed(4)), Number((45 - 100 * 1.959963984540054 * Math.sqrt(0.5475 / 1000)).toFixed(4)))
  t.equal(Number(counter.nps.interval.lower.toFixed(2)), 40.41)
})

t.test('results can be grouped by region class, office and month, and read for a from/to period', async (t) => {
  const byRegion = overallGroups((await get('results?financialYear=2026/27&groupBy=region_class&questionId=overall')).json())
  t.same(byRegion.map((g) => [g.group, g.n]), [['rural', 100], ['urban', 1000], [null, 20]])
  const byMonth = overallGroups((await get('results?from=2026-05-01&to=2026-06-30&groupBy=month&questionId=overall&channel=counter')).json())
  t.same(byMonth.map((g) => [g.group, g.n, g.satisfied.satisfied]), [['2026-05', 500, 495]])
})

t.test('a period of whole months and partial ones at either end counts every response in it exactly once', async (t) => {
  const counterN = async (from: string, to: string) =>
    overallGroups((await get(`results?from=${from}&to=${to}&groupBy=channel&questionId=overall`)).json()).find((g) => g.group === 'counter')?.n ?? 0
  t.equal(await counterN('2026-05-10', '2026-08-31'), 1000, 'partial May, whole June to August')
  t.equal(await counterN('2026-05-13', '2026-08-11'), 0, 'between the two fieldwork days')
  t.equal(await counterN('2026-05-12', '2026-05-12'), 500, 'one day')
  t.equal(await counterN('2026-04-01', '2026-07-31'), 500, 'whole months only')
})

t.test('a drop from 99.0% to 94.8% between quarters is marked significant by the two-proportion test', async (t) => {
  const res = await get('trends?financialYear=2026/27&interval=quarter&questionId=overall&channel=counter')
  t.equal(res.statusCode, 200, res.body)
  const points = res.json().questions[0].points
  t.same(points.map((p: { period: string; n: number }) => [p.period, p.n]), [['2026-Q2', 500], ['2026-Q3', 500]])
  t.equal(points[0].changeFromPrevious, null)
  // Pooled p̄ = 969/1000; SE = √(0.969 × 0.031 × (1/500 + 1/500)) = 0.010961569; z = −0.042 / SE = −3.8316
  const change = points[1].changeFromPrevious
  t.equal(Number(change.difference.toFixed(3)), -0.042)
  t.equal(Number(change.z.toFixed(3)), -3.832)
  t.ok(change.pValue < 0.001)
  t.equal(change.significant, true)
})

t.test('the equity report gives the urban-rural gap with its interval and the offices below a threshold', async (t) => {
  const res = await get('equity?financialYear=2026/27&threshold=0.95')
  t.equal(res.statusCode, 200, res.body)
  const body = res.json()
  t.equal(body.questionId, 'overall')
  t.match(body.gap, { best: 'urban', worst: 'rural', significant: true })
  t.equal(Number(body.gap.difference.toFixed(3)), 0.069)
  t.ok(body.gap.interval.lower > 0 && body.gap.interval.upper > body.gap.difference)
  t.same(body.byOffice.map((o: { group: string }) => o.group), ['KLN001', 'NTR001'])
  t.same(body.officesBelowThreshold.map((o: { officeCode: string; significantlyBelow: boolean }) => [o.officeCode, o.significantlyBelow]), [['NTR001', true]])
})

t.test('a financial year that is not two consecutive years is 400 naming the parameter', async (t) => {
  const res = await get('results?financialYear=2026/28')
  t.equal(res.statusCode, 400)
  t.equal(res.json().code, 'INVALID_PERIOD')
  t.equal(res.json().errors[0].field, 'query/financialYear')
})

t.test('weighting needs segment shares on the survey', async (t) => {
  const res = await get('results?financialYear=2026/27&weighted=true')
  t.equal(res.statusCode, 409)
  t.equal(res.json().code, 'SURVEY_NO_SEGMENT_SHARES')
})

t.test('an unknown question is 400 naming it', async (t) => {
  const res = await get('results?questionId=parking')
  t.equal(res.statusCode, 400)
  t.match(res.json().errors[0], { field: 'query/questionId', message: /`parking`/ })
})

t.test('weighted results post-stratify by segment and use the Kish effective sample size', async (t) => {
  const id = await openSurvey(app, counterSurvey({ minSampleSize: 10, segmentShares: { general_public: 0.8, business_customer: 0.2 } }))
  const rows = [
    ...Array.from({ length: 20 }, (_, i) => ({ ...response('counter', 'KLN001', '2026-05-12T03:00:00Z', i < 10 ? 7 : 2), segment: 'general_public' })),
    ...Array.from({ length: 30 }, (_, i) => ({ ...response('counter', 'KLN001', '2026-05-12T03:00:00Z', i < 27 ? 7 : 2), segment: 'business_customer' }))
  ]
  await importResponses(app, id, rows)
  const res = await app.inject({ method: 'GET', url: `/v1/survey/surveys/${id}/results?financialYear=2026/27&questionId=overall&weighted=true`, headers: await caller() })
  t.equal(res.statusCode, 200, res.body)
  const all = res.json().questions[0].groups[0]
  // Sample: 20 general public (10 satisfied), 30 business (27 satisfied); unweighted 37/50 = 74%.
  // Weights: general public 0.8 / (20/50) = 2, business 0.2 / (30/50) = 1/3.
  // Weighted satisfied 10×2 + 27×⅓ = 29 of 20×2 + 30×⅓ = 50 → 58% (= 0.8 × 50% + 0.2 × 90%).
  // Kish n_eff = (Σw)² / Σw² = 50² / (20×4 + 30×⅑) = 2500 / 83.33… = 30.
  t.equal(all.n, 50)
  t.equal(Number(all.effectiveN.toFixed(9)), 30)
  t.equal(Number(all.satisfied.share.toFixed(12)), 0.58)
  t.equal(Number(all.satisfied.satisfied.toFixed(9)), 29)
  // Wilson at p̂ = 0.58, n = 30: centre (0.58 + z²/60) / (1 + z²/30) = 0.644024 / 1.128049 = 0.570919;
  // half 1.959964 / 1.128049 × √(0.58 × 0.42 / 30 + z²/3600) = 1.737482 × 0.095849 = 0.166536 → [0.404383, 0.737455]
  t.equal(Number(all.satisfied.interval.lower.toFixed(4)), 0.4044)
  t.equal(Number(all.satisfied.interval.upper.toFixed(4)), 0.7375)
})

t.test('the rollup reads results depend on go through their key indexes, not a scan of the table', async (t) => {
  // The planner scans tiny tables anyway; with scans priced out it must still find an index that
  // serves the (survey, question, day/month) conditions the results queries use.
  const plans = await app.db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx)
    const explain = async (q: ReturnType<typeof sql>) => (await sql`explain ${q}`.execute(trx)).rows.map((r) => Object.values(r as object)[0]).join('\n')
    return {
      monthly: await explain(sql`select sum(c7) from rating_rollup_monthly where survey_id = ${surveyId} and question_id in ('overall') and month between '2026-04-01' and '2027-03-01'`),
      daily: await explain(sql`select sum(c7) from rating_rollup where survey_id = ${surveyId} and question_id in ('overall') and day between '2026-04-15' and '2026-04-30'`)
    }
  })
  t.match(plans.monthly, /Index (Only )?Scan using rating_rollup_monthly_key/)
  t.match(plans.daily, /Index (Only )?Scan using rating_rollup_key/)
})
