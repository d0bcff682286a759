/**
 * Every figure the survey publishes, computed from rollup counts: satisfied (top-box) shares with
 * Wilson intervals, means, NPS, trends with two-proportion tests, KCSI/ACSI-style indices and the
 * service-equity report. Groups below the minimum sample are suppressed rather than shown as noise.
 */
import type {
  Measure, Period, Question, QuestionId, ResultsGrouping, SegmentShares, SurveyEquity, SurveyIndices, SurveyResults, SurveyTrends
} from '@postcare/contracts'
import { financialYearLabel, localDay, resolvePeriod, type PeriodQuery } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { SurveyConfig } from '../config.js'
import type { Database } from '../db/database.js'
import { SurveyErrors } from '../errors.js'
import {
  meanOf, netPromoterScore, newcombeDifference, npsCounts, poststratify, rescaledMean, topBoxCount, totalOf, twoProportionTest, weightedIndex, wilson, type ValueCounts
} from '../stats/stats.js'
import { scaleRange, topBoxMinOf } from '../surveys/definition.js'
import { surveysRepository, type SurveyRow } from '../surveys/surveys.repository.js'
import { segmentSharesOf } from '../surveys/surveys.service.js'
import { resultsRepository, type AggregateRow, type GroupColumn } from './results.repository.js'

type Group = SurveyResults['questions'][number]['groups'][number]
type Share = NonNullable<Group['satisfied']>

interface Cell {
  counts: ValueCounts
  bySegment: Map<string, ValueCounts>
}

function toCounts(counts: number[]): ValueCounts {
  const m: ValueCounts = new Map()
  counts.forEach((c, v) => {
    if (c > 0) m.set(v, c)
  })
  return m
}

function addCounts(into: ValueCounts, from: ValueCounts) {
  for (const [v, c] of from) into.set(v, (into.get(v) ?? 0) + c)
}

/** Rows → question → group → counts (and counts by segment when weighting). */
function cells(rows: AggregateRow[]): Map<string, Map<string | null, Cell>> {
  const out = new Map<string, Map<string | null, Cell>>()
  for (const r of rows) {
    let byGroup = out.get(r.questionId)
    if (!byGroup) out.set(r.questionId, (byGroup = new Map()))
    let cell = byGroup.get(r.group)
    if (!cell) byGroup.set(r.group, (cell = { counts: new Map(), bySegment: new Map() }))
    const counts = toCounts(r.counts)
    addCounts(cell.counts, counts)
    if (r.segment !== null) {
      let seg = cell.bySegment.get(r.segment)
      if (!seg) cell.bySegment.set(r.segment, (seg = new Map()))
      addCounts(seg, counts)
    }
  }
  return out
}

/** `satisfied` of `n` (both weighted when the results are), with the Wilson interval. */
function share(satisfied: number, n: number, effectiveN = n): Share {
  const p = n > 0 ? satisfied / n : 0
  // With weights, the interval uses the effective sample size at the weighted share.
  const interval = effectiveN === n ? wilson(satisfied, n) : wilson(p * effectiveN, effectiveN)
  return { share: p, satisfied, interval }
}

/** The figures of one question in one group. */
export function groupFigures(q: Question, group: string | null, cell: Cell, minSample: number, shares: SegmentShares | null): Group {
  const n = totalOf(cell.counts)
  let counts = cell.counts
  let effectiveN = n
  if (shares) {
    const w = poststratify(cell.bySegment, shares as Record<string, number | undefined>)
    counts = w.counts
    effectiveN = w.effectiveN
  }
  const weightedN = totalOf(counts)
  if (n < minSample || weightedN === 0) return { group, n, effectiveN, suppressed: true, satisfied: null, mean: null, nps: null }
  const topBox = topBoxMinOf(q)
  const nps = q.scale === '0-10' ? npsCounts(counts) : null
  return {
    group,
    n,
    effectiveN,
    suppressed: false,
    satisfied: share(topBoxCount(counts, topBox), weightedN, effectiveN),
    mean: meanOf(counts),
    nps: nps ? netPromoterScore(nps.promoters, nps.passives, nps.detractors, effectiveN) : null
  }
}

const byLabel = (a: { group: string | null }, b: { group: string | null }) => (a.group === b.group ? 0 : a.group === null ? 1 : b.group === null ? -1 : a.group < b.group ? -1 : 1)

export function resultsService(db: Kysely<Database>, config: SurveyConfig) {
  const surveys = surveysRepository(db)
  const repo = resultsRepository(db)
  const { timeZone, financialYearStartMonth } = config.calendar

  async function context(surveyId: string, period: PeriodQuery, questionId?: string) {
    const survey = await surveys.get(surveyId)
    if (!survey) throw SurveyErrors.SURVEY_NOT_FOUND(`No survey ${surveyId}.`)
    // Question ids are stable across versions, so the latest definition describes them all.
    const def = await surveys.getVersion(surveyId, survey.publishedVersion ?? survey.definitionVersion)
    const rating = (def?.questions ?? []).filter((q) => q.type === 'rating' && q.scale)
    let questions = rating
    if (questionId !== undefined) {
      questions = rating.filter((q) => q.id === questionId)
      if (questions.length === 0) {
        throw SurveyErrors.SURVEY_UNKNOWN_QUESTION(`Survey ${surveyId} has no rating question \`${questionId}\`.`, {
          errors: [{ field: 'query/questionId', message: `\`${questionId}\` is not a rating question of this survey` }]
        })
      }
    }
    // Days are the operator's local days; without a period, the current financial year there.
    const resolved = resolvePeriod(period, { today: localDay(new Date(), timeZone), financialYearStartMonth }).period
    return { survey, questions, period: resolved, minSample: survey.minSampleSize ?? config.minSampleSize }
  }

  function aggregate(survey: SurveyRow, period: Period, questions: Question[], group: GroupColumn, bySegment: boolean, channel?: string) {
    return repo.aggregate({
      surveyId: survey.id, from: period.from, to: period.to, questionIds: questions.map((q) => q.id), channel, group, bySegment,
      financialYearStartMonth
    })
  }

  /** A component of an index: its items' scores averaged (weighted by importance if given). */
  function component(
    name: string, weight: number, items: Question[], byQuestion: Map<string, Map<string | null, Cell>>, minSample: number, score: (q: Question, counts: ValueCounts) => number,
    importance: (q: Question) => number = () => 1
  ) {
    const scored = items.map((q) => {
      const counts = byQuestion.get(q.id)?.get('all')?.counts ?? new Map<number, number>()
      const n = totalOf(counts)
      return { q, n, score: n > 0 ? score(q, counts) : null }
    })
    const n = scored.length ? Math.min(...scored.map((s) => s.n)) : 0
    const suppressed = scored.length === 0 || n < minSample
    const value = suppressed ? null : weightedIndex(scored.map((s) => ({ weight: importance(s.q), score: s.score })))
    return { component: name, questionIds: items.map((q) => q.id) as QuestionId[], weight, score: value, n, present: items.length > 0 }
  }

  function composite(components: Array<ReturnType<typeof component>>) {
    const present = components.filter((c) => c.present)
    // A component the survey does not ask about is left out (the other weights are renormalised);
    // one it asks about but with too few answers makes the whole index unavailable.
    const value = present.length === 0 || present.some((c) => c.score === null) ? null : weightedIndex(present.map((c) => ({ weight: c.weight, score: c.score })))
    return { value, components: components.map(({ present: _present, ...c }) => c) }
  }

  return {
    async results(surveyId: string, q: PeriodQuery & { groupBy?: ResultsGrouping; questionId?: string; channel?: string; weighted?: boolean }): Promise<SurveyResults> {
      const { survey, questions, period, minSample } = await context(surveyId, q, q.questionId)
      const weighted = q.weighted === true
      const shares = segmentSharesOf(survey)
      if (weighted && !shares) {
        throw SurveyErrors.SURVEY_NO_SEGMENT_SHARES(`Survey ${surveyId} has no segmentShares; set them to weight results by segment.`)
      }
      const groupBy = q.groupBy ?? 'none'
      const byQuestion = cells(await aggregate(survey, period, questions, groupBy, weighted, q.channel))
      return {
        surveyId,
        period,
        groupBy,
        minSampleSize: minSample,
        weighted,
        questions: questions.map((question) => ({
          questionId: question.id,
          scale: question.scale!,
          measures: (question.measures ?? null) as Measure | null,
          topBoxMin: topBoxMinOf(question),
          groups: [...(byQuestion.get(question.id) ?? new Map<string | null, Cell>())]
            .map(([group, cell]) => groupFigures(question, group, cell, minSample, weighted ? shares : null))
            .sort(byLabel)
        }))
      }
    },

    async trends(surveyId: string, q: PeriodQuery & { interval?: 'month' | 'quarter' | 'financial_year'; questionId?: string; channel?: string }): Promise<SurveyTrends> {
      const { survey, questions, period, minSample } = await context(surveyId, q, q.questionId)
      const interval = q.interval ?? 'quarter'
      const byQuestion = cells(await aggregate(survey, period, questions, interval, false, q.channel))
      return {
        surveyId,
        period,
        interval,
        minSampleSize: minSample,
        questions: questions.map((question) => {
          const topBox = topBoxMinOf(question)
          let previous: { x: number; n: number } | null = null
          const points = [...(byQuestion.get(question.id) ?? new Map<string | null, Cell>())]
            .map(([label, cell]) => ({ label: interval === 'financial_year' ? financialYearLabel(Number(label)) : (label as string), cell }))
            .sort((a, b) => (a.label < b.label ? -1 : 1))
            .map(({ label, cell }) => {
              const n = totalOf(cell.counts)
              if (n < minSample) return { period: label, n, suppressed: true, satisfied: null, changeFromPrevious: null }
              const x = topBoxCount(cell.counts, topBox)
              const change = previous ? twoProportionTest(previous.x, previous.n, x, n) : null
              previous = { x, n }
              return { period: label, n, suppressed: false, satisfied: share(x, n), changeFromPrevious: change }
            })
          return { questionId: question.id, points }
        })
      }
    },

    async indices(surveyId: string, q: PeriodQuery & { channel?: string }): Promise<SurveyIndices> {
      const { survey, questions, period, minSample } = await context(surveyId, q)
      const byQuestion = cells(await aggregate(survey, period, questions, 'none', false, q.channel))
      const measuring = (m: Measure) => questions.filter((x) => x.measures === m)
      const topBoxScore = (question: Question, counts: ValueCounts) => (100 * topBoxCount(counts, topBoxMinOf(question))) / totalOf(counts)
      const meanScore = (question: Question, counts: ValueCounts) => {
        const { min, max } = scaleRange(question.scale!)
        return rescaledMean(meanOf(counts) ?? min, min, max)
      }
      const w = survey.indexWeights
      return {
        surveyId,
        period,
        minSampleSize: minSample,
        kcsi: composite([
          component('overall', w.kcsiOverall, measuring('overall_satisfaction'), byQuestion, minSample, topBoxScore),
          component('attributes', w.kcsiAttributes, measuring('attribute_satisfaction'), byQuestion, minSample, topBoxScore, (x) => x.importance ?? 1),
          component('intention', w.kcsiIntention, measuring('intention_reuse'), byQuestion, minSample, topBoxScore)
        ]),
        acsi: composite([
          component('overall', w.acsiOverall, measuring('overall_satisfaction'), byQuestion, minSample, meanScore),
          component('expectation', w.acsiExpectation, measuring('expectation_confirmation'), byQuestion, minSample, meanScore),
          component('ideal', w.acsiIdeal, measuring('ideal_comparison'), byQuestion, minSample, meanScore)
        ])
      }
    },

    async equity(surveyId: string, q: PeriodQuery & { questionId?: string; threshold?: number }): Promise<SurveyEquity> {
      const ctx = await context(surveyId, q, q.questionId)
      const { survey, period, minSample } = ctx
      const question = q.questionId ? ctx.questions[0] : (ctx.questions.find((x) => x.measures === 'overall_satisfaction') ?? ctx.questions[0])
      if (!question) {
        throw SurveyErrors.SURVEY_UNKNOWN_QUESTION(`Survey ${surveyId} has no rating question to measure equity with.`, {
          errors: [{ field: 'query/questionId', message: 'the survey has no rating question' }]
        })
      }
      const threshold = q.threshold ?? survey.equityThreshold ?? config.equityThreshold
      const [regionRows, officeRows] = await Promise.all([
        aggregate(survey, period, [question], 'region_class', false),
        aggregate(survey, period, [question], 'office', false)
      ])
      const figures = (rows: AggregateRow[]) =>
        [...(cells(rows).get(question.id) ?? new Map<string | null, Cell>())].map(([group, cell]) => groupFigures(question, group, cell, minSample, null)).sort(byLabel)
      const regions = figures(regionRows)
      const offices = figures(officeRows).filter((g) => !g.suppressed && g.group !== null)
      const usable = regions.filter((g) => !g.suppressed && g.group !== null && g.satisfied)
      let gap: SurveyEquity['gap'] = null
      if (usable.length >= 2) {
        const sorted = [...usable].sort((a, b) => b.satisfied!.share - a.satisfied!.share)
        const best = sorted[0]!
        const worst = sorted[sorted.length - 1]!
        const d = newcombeDifference(best.satisfied!.satisfied, best.n, worst.satisfied!.satisfied, worst.n)
        const test = twoProportionTest(worst.satisfied!.satisfied, worst.n, best.satisfied!.satisfied, best.n)
        gap = { best: best.group!, worst: worst.group!, difference: d.difference, interval: { lower: d.lower, upper: d.upper }, pValue: test.pValue, significant: d.lower > 0 }
      }
      return {
        surveyId,
        questionId: question.id,
        period,
        minSampleSize: minSample,
        threshold,
        byRegionClass: regions.map(({ group, n, suppressed, satisfied }) => ({ group, n, suppressed, satisfied })),
        byOffice: offices.map(({ group, n, suppressed, satisfied }) => ({ group, n, suppressed, satisfied })),
        gap,
        officesBelowThreshold: offices
          .filter((g) => g.satisfied!.share < threshold)
          .sort((a, b) => a.satisfied!.share - b.satisfied!.share)
          .map((g) => ({ officeCode: g.group!, n: g.n, satisfied: g.satisfied!, significantlyBelow: g.satisfied!.interval.upper < threshold }))
      }
    }
  }
}
export type ResultsService = ReturnType<typeof resultsService>
