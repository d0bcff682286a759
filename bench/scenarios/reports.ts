/**
 * Reports at the small and the large size (100,000 and 1,000,000 rows): feedback statistics and
 * survey results through the service, each against a full scan of the same rows computing the
 * same figures, timed one request at a time in alternation; and the deep page of a filtered
 * feedback list against its first page, under load.
 *
 * Rows go straight into the services' tables with set-based INSERT ... SELECT (the batch APIs
 * would take tens of minutes for a million rows), and the rollup tables are rebuilt from those
 * rows the way the services' writes maintain them (see loaders.ts, which also checks the rebuild
 * against rows the service itself wrote).
 */
import { encodeCursor } from '@postcare/platform'
import { runGroup, runTimed, type ComparisonSummary, type Group, type MemberSummary, type MemorySampler, type Timing } from '../lib/harness.js'
import type { LoadGenerator } from '../lib/load.js'
import { median } from '../lib/stats.js'
import type { Context } from './context.js'
import { hasOperation, openSurvey } from './intake.js'
import { checkFeedbackRollup, loadFeedbackItems, loadSurveyResponses, checkSurveyRollup, feedbackScanSql, surveyScanSql, STATS_YEAR } from './loaders.js'

export interface ReportResult {
  key: string
  label: string
  rows: number
  serviceMs: number
  scanMs: number
  perRoundServiceMs: number[]
  perRoundScanMs: number[]
  note?: string
}

export interface ReportsOutcome {
  results: ReportResult[]
  members: MemberSummary[]
  comparisons: ComparisonSummary[]
  skipped: string[]
}

async function timeReport(ctx: Context, key: string, label: string, rows: number, service: () => Promise<void>, scan: () => Promise<void>): Promise<ReportResult> {
  const repeats = ctx.options.smoke ? 3 : 5
  const per = await runTimed(
    [
      { key: 'service', label, once: service },
      { key: 'scan', label: 'full scan', once: scan }
    ],
    ctx.options.rounds,
    repeats,
    ctx.log,
    `${key} at ${rows.toLocaleString('en-US')}`
  )
  const s = per.get('service')!
  const f = per.get('scan')!
  return { key, label, rows, serviceMs: median(s), scanMs: median(f), perRoundServiceMs: s, perRoundScanMs: f }
}

async function getOk(url: string, headers: Record<string, string>): Promise<string> {
  const res = await fetch(url, { headers })
  const body = await res.text()
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${body.slice(0, 300)}`)
  return body
}

/**
 * A report that answers 200 with nothing in it is fast for the wrong reason: before timing, the
 * answer must count the loaded rows.
 */
async function checkReport(key: string, url: string, headers: Record<string, string>): Promise<string | null> {
  const body = JSON.parse(await getOk(url, headers)) as Record<string, any>
  if (key === 'feedback-statistics') {
    const n = (body.byKind as Array<{ count: number }> | undefined)?.reduce((a, k) => a + k.count, 0) ?? 0
    return n > 0 ? null : 'the statistics count no items for the loaded year'
  }
  const n = (body.questions as Array<{ groups: Array<{ n: number }> }> | undefined)?.reduce((a, q) => a + q.groups.reduce((b, g) => b + g.n, 0), 0) ?? 0
  return n >= 100 ? null : `the results count ${n} answers for the loaded year: timings of a (nearly) empty answer are not valid`
}

export async function reportScenarios(ctx: Context, load: LoadGenerator, memory: MemorySampler, timing: Timing): Promise<ReportsOutcome> {
  const out: ReportsOutcome = { results: [], members: [], comparisons: [], skipped: [] }
  const feedback = ctx.system.services.get('feedback')
  const survey = ctx.system.services.get('survey')
  const feedbackReady = Boolean(feedback && (await hasOperation(feedback.origin, 'getFeedbackStatistics')) && (await hasOperation(feedback.origin, 'listFeedbackItems')))
  const surveyReady = Boolean(survey && (await hasOperation(survey.origin, 'getSurveyResults')))
  if (!feedbackReady) out.skipped.push('feedback statistics and deep page: skipped: the feedback service does not publish getFeedbackStatistics and listFeedbackItems yet')
  if (!surveyReady) out.skipped.push('survey results: skipped: the survey service does not publish getSurveyResults yet')
  if (!feedbackReady && !surveyReady) return out

  // The rebuild of each rollup is checked against what the service's own writes produced.
  if (feedbackReady) {
    const problem = await checkFeedbackRollup(ctx)
    if (problem) out.skipped.push(`feedback rollup check: ${problem}`)
  }
  let surveyId: string | undefined
  if (surveyReady) {
    surveyId = await openSurvey(ctx)
    const problem = await checkSurveyRollup(ctx, surveyId)
    if (problem) out.skipped.push(`survey rollup check: ${problem}`)
  }

  const { small, large } = ctx.options.sizes
  for (const size of [small, large]) {
    if (feedbackReady) {
      const t0 = performance.now()
      await loadFeedbackItems(ctx, size)
      ctx.log(`feedback: ${size.toLocaleString('en-US')} items loaded (${((performance.now() - t0) / 1000).toFixed(1)} s)`)
      const url = `${feedback!.origin}/v1/feedback/statistics?financialYear=${STATS_YEAR.label}`
      const scan = feedbackScanSql()
      const invalid = await checkReport('feedback-statistics', url, await ctx.direct('feedback', ['feedback:read', 'feedback:manage']))
      if (invalid) out.skipped.push(`feedback statistics at ${size}: ${invalid}`)
      out.results.push(
        await timeReport(
          ctx,
          'feedback-statistics',
          `GET /v1/feedback/statistics?financialYear=${STATS_YEAR.label}`,
          size,
          async () => void (await getOk(url, await ctx.direct('feedback', ['feedback:read', 'feedback:manage']))),
          async () => void (await ctx.admin.query(scan.text, scan.values))
        )
      )
    }
    if (surveyReady) {
      const t0 = performance.now()
      await loadSurveyResponses(ctx, surveyId!, size)
      ctx.log(`survey: ${size.toLocaleString('en-US')} responses loaded (${((performance.now() - t0) / 1000).toFixed(1)} s)`)
      const url = `${survey!.origin}/v1/survey/surveys/${surveyId}/results?financialYear=${STATS_YEAR.label}&groupBy=channel`
      const scan = surveyScanSql(surveyId!)
      const invalid = await checkReport('survey-results', url, await ctx.direct('survey', ['survey:read']))
      if (invalid) out.skipped.push(`survey results at ${size}: ${invalid}`)
      out.results.push(
        await timeReport(
          ctx,
          'survey-results',
          `GET /v1/survey/surveys/{id}/results?financialYear=${STATS_YEAR.label}&groupBy=channel`,
          size,
          async () => void (await getOk(url, await ctx.direct('survey', ['survey:read']))),
          async () => void (await ctx.admin.query(scan.text, scan.values))
        )
      )
    }
  }

  // Each report: large ÷ small (≤ 1.5x) and large ÷ its scan (≤ 5%).
  for (const key of ['feedback-statistics', 'survey-results']) {
    const [s, l] = [small, large].map((n) => out.results.find((r) => r.key === key && r.rows === n))
    if (!s || !l) continue
    const growth = l.perRoundServiceMs.map((ms, i) => ms / s.perRoundServiceMs[i]!)
    const ofScan = l.perRoundServiceMs.map((ms, i) => ms / l.perRoundScanMs[i]!)
    const label = key === 'feedback-statistics' ? 'Statistics' : 'Survey results'
    out.comparisons.push(summary(key, `${label}: ${large.toLocaleString('en-US')} rows ÷ ${small.toLocaleString('en-US')} rows (time)`, growth, { op: '<=', value: 1.5, text: '≤ 1.5x' }))
    out.comparisons.push(summary(key, `${label} at ${large.toLocaleString('en-US')} rows ÷ full scan of the same rows (time)`, ofScan, { op: '<=', value: 0.05, text: '≤ 0.05x' }))
  }

  if (feedbackReady) {
    const group = await deepPageGroup(ctx, feedback!.origin, feedback!.pid)
    ctx.log(group.label)
    const r = await runGroup(load, group, timing, memory, ctx.log)
    out.members.push(...r.members)
    out.comparisons.push(...r.comparisons)
  }
  return out
}

function summary(group: string, label: string, perRound: number[], goal: { op: '>=' | '<='; value: number; text: string }): ComparisonSummary {
  const value = median(perRound)
  const s = perRound.filter(Number.isFinite)
  return {
    key: `${group}-${label}`,
    label,
    group,
    scenario: group,
    baseline: group,
    metric: 'cost',
    goal,
    perRound,
    value,
    spread: s.length > 1 ? (Math.max(...s) - Math.min(...s)) / value : 0,
    met: Number.isFinite(value) ? (goal.op === '<=' ? value <= goal.value : value >= goal.value) : null
  }
}

/**
 * The first page of a filtered list against a page halfway down it, at the large size. The
 * deep cursor is the sort key of the row at that position, encoded as the service encodes it.
 */
async function deepPageGroup(ctx: Context, origin: string, pid: number): Promise<Group> {
  const filter = 'kind=complaint&regionClass=rural'
  const { rows: count } = await ctx.admin.query<{ n: number }>(
    `select count(*)::int as n from feedback.feedback_items where kind = 'complaint' and region_class = 'rural'`
  )
  const n = count[0]?.n ?? 0
  const { rows } = await ctx.admin.query<{ received_at: Date; id: string }>(
    `select received_at, id from feedback.feedback_items where kind = 'complaint' and region_class = 'rural'
      order by received_at desc, id desc offset $1 limit 1`,
    [Math.floor(n / 2)]
  )
  const key = rows[0]
  if (!key) throw new Error('no rows for the deep page')
  const cursor = encodeCursor([key.received_at.toISOString(), key.id])
  const scopes = ['feedback:read', 'feedback:manage']
  const first = `/v1/feedback/items?${filter}&limit=50`
  const deep = `/v1/feedback/items?${filter}&limit=50&cursor=${cursor}`
  // A wrong cursor format would be a fast 400 and a meaningless ratio: check it first.
  await getOk(`${origin}${deep}`, await ctx.direct('feedback', scopes))
  return {
    key: 'deep-page',
    label: `Filtered feedback list (${filter}, ${n.toLocaleString('en-US')} matches of ${ctx.options.sizes.large.toLocaleString('en-US')}), 10 connections`,
    connections: 10,
    members: [
      { key: 'first', label: 'first page of 50', spec: async () => ({ origin, method: 'GET', paths: [first], headers: await ctx.direct('feedback', scopes) }), pids: () => [pid] },
      { key: 'deep', label: `page at row ${Math.floor(n / 2).toLocaleString('en-US')}`, spec: async () => ({ origin, method: 'GET', paths: [deep], headers: await ctx.direct('feedback', scopes) }), pids: () => [pid] }
    ],
    comparisons: [{ key: 'deep-page', label: 'Deep page ÷ first page at 1M rows (cost per request)', scenario: 'deep', baseline: 'first', metric: 'cost', goal: { op: '<=', value: 1.5, text: '≤ 1.5x' } }]
  }
}
