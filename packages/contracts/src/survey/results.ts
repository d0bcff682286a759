/** The figures made from survey responses: satisfied shares with intervals, NPS, trends, KCSI/ACSI-style indices, service equity. */
import Type, { type Static } from 'typebox'
import { Channel, OfficeCode, Period, Uuid, ref } from '../common.js'
import { periodQuery } from '../calendar.js'
import { Measure, QuestionId, RatingScale } from './definitions.js'

const Share = Type.Number({ minimum: 0, maximum: 1 })

export const ResultsGrouping = Type.Enum(['none', 'channel', 'office', 'district', 'region_class', 'segment', 'month', 'quarter'], { $id: 'ResultsGrouping' })
export type ResultsGrouping = Static<typeof ResultsGrouping>


export const ResultsQuery = Type.Object(
  {
    ...periodQuery,
    groupBy: Type.Optional(ref(ResultsGrouping)),
    questionId: Type.Optional(ref(QuestionId)),
    channel: Type.Optional(ref(Channel)),
    weighted: Type.Optional(Type.Boolean({ description: 'Post-stratify by segment with the survey\'s segment shares.' }))
  },
  { additionalProperties: false }
)

export const Interval = Type.Object(
  { lower: Type.Number({ minimum: -100, maximum: 100 }), upper: Type.Number({ minimum: -100, maximum: 100 }) },
  { $id: 'Interval', additionalProperties: false, description: 'A 95% confidence interval, in the unit of its figure: 0-1 for shares and differences of shares, points (-100 to 100) for NPS.' }
)

export const SatisfiedShare = Type.Object(
  {
    share: Share,
    satisfied: Type.Number({ minimum: 0, maximum: 1e9, description: 'Satisfied answers (weighted when the results are).' }),
    interval: ref(Interval)
  },
  { $id: 'SatisfiedShare', additionalProperties: false, description: 'Top-box share with its Wilson score 95% interval.' }
)

export const NetPromoterScore = Type.Object(
  {
    score: Type.Number({ minimum: -100, maximum: 100 }),
    promoters: Type.Number({ minimum: 0, maximum: 1e9 }),
    passives: Type.Number({ minimum: 0, maximum: 1e9 }),
    detractors: Type.Number({ minimum: 0, maximum: 1e9 }),
    interval: ref(Interval)
  },
  { $id: 'NetPromoterScore', additionalProperties: false, description: 'Promoters (9-10) minus detractors (0-6), in points, with a 95% interval.' }
)

export const ResultGroup = Type.Object(
  {
    group: Type.Union([Type.String({ maxLength: 50 }), Type.Null()], {
      description: 'The group\'s value: `all` without grouping, a channel, office code, district code, region class or segment, `2026-04` for a month, `2026-Q2` for a calendar quarter; null for responses without an office when grouping by office, district or region class.'
    }),
    n: Type.Integer({ minimum: 0, maximum: 1e9 }),
    effectiveN: Type.Number({ minimum: 0, maximum: 1e9, description: 'Kish effective sample size (equals n unless weighted).' }),
    suppressed: Type.Boolean({ description: 'Fewer responses than the minimum sample: no figures are given.' }),
    satisfied: Type.Union([ref(SatisfiedShare), Type.Null()]),
    mean: Type.Union([Type.Number({ minimum: 0, maximum: 10 }), Type.Null()]),
    nps: Type.Union([ref(NetPromoterScore), Type.Null()], { description: 'Only for 0-10 questions.' })
  },
  { $id: 'ResultGroup', additionalProperties: false }
)

export const QuestionResults = Type.Object(
  {
    questionId: ref(QuestionId),
    scale: ref(RatingScale),
    measures: Type.Union([ref(Measure), Type.Null()]),
    topBoxMin: Type.Integer({ minimum: 0, maximum: 10 }),
    groups: Type.Array(ref(ResultGroup), { maxItems: 10000 })
  },
  { $id: 'QuestionResults', additionalProperties: false }
)


export const SurveyResults = Type.Object(
  {
    surveyId: ref(Uuid),
    period: ref(Period),
    groupBy: ref(ResultsGrouping),
    minSampleSize: Type.Integer({ minimum: 1, maximum: 100000 }),
    weighted: Type.Boolean(),
    questions: Type.Array(ref(QuestionResults), { maxItems: 200 })
  },
  { $id: 'SurveyResults', additionalProperties: false }
)
export type SurveyResults = Static<typeof SurveyResults>

export const TrendInterval = Type.Enum(['month', 'quarter', 'financial_year'], { $id: 'TrendInterval' })

export const TrendsQuery = Type.Object(
  { ...periodQuery, interval: Type.Optional(ref(TrendInterval)), questionId: Type.Optional(ref(QuestionId)), channel: Type.Optional(ref(Channel)) },
  { additionalProperties: false }
)

export const ProportionChange = Type.Object(
  {
    difference: Type.Number({ minimum: -1, maximum: 1 }),
    z: Type.Number({ minimum: -1e6, maximum: 1e6 }),
    pValue: Type.Number({ minimum: 0, maximum: 1 }),
    significant: Type.Boolean({ description: 'Two-sided two-proportion z-test at the 5% level.' })
  },
  { $id: 'ProportionChange', additionalProperties: false }
)

export const TrendPoint = Type.Object(
  {
    period: Type.String({ maxLength: 20 }),
    n: Type.Integer({ minimum: 0, maximum: 1e9 }),
    suppressed: Type.Boolean(),
    satisfied: Type.Union([ref(SatisfiedShare), Type.Null()]),
    changeFromPrevious: Type.Union([ref(ProportionChange), Type.Null()], { description: 'Against the previous period that was not suppressed.' })
  },
  { $id: 'TrendPoint', additionalProperties: false }
)

export const SurveyTrends = Type.Object(
  {
    surveyId: ref(Uuid),
    period: ref(Period),
    interval: ref(TrendInterval),
    minSampleSize: Type.Integer({ minimum: 1, maximum: 100000 }),
    questions: Type.Array(
      Type.Object({ questionId: ref(QuestionId), points: Type.Array(ref(TrendPoint), { maxItems: 1000 }) }, { additionalProperties: false }),
      { maxItems: 200 }
    )
  },
  { $id: 'SurveyTrends', additionalProperties: false }
)
export type SurveyTrends = Static<typeof SurveyTrends>

export const IndexComponent = Type.Object(
  {
    component: Type.String({ maxLength: 50 }),
    questionIds: Type.Array(ref(QuestionId), { maxItems: 200 }),
    weight: Type.Number({ minimum: 0, maximum: 1 }),
    score: Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()]),
    n: Type.Integer({ minimum: 0, maximum: 1e9 })
  },
  { $id: 'IndexComponent', additionalProperties: false }
)

export const CompositeIndex = Type.Object(
  {
    value: Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()], {
      description: 'Null when a component the survey asks about has fewer responses than the minimum sample. Components without questions are left out and the other weights renormalised.'
    }),
    components: Type.Array(ref(IndexComponent), { maxItems: 10 })
  },
  { $id: 'CompositeIndex', additionalProperties: false }
)

export const SurveyIndices = Type.Object(
  { surveyId: ref(Uuid), period: ref(Period), minSampleSize: Type.Integer({ minimum: 1, maximum: 100000 }), kcsi: ref(CompositeIndex), acsi: ref(CompositeIndex) },
  { $id: 'SurveyIndices', additionalProperties: false }
)
export type SurveyIndices = Static<typeof SurveyIndices>

export const IndicesQuery = Type.Object({ ...periodQuery, channel: Type.Optional(ref(Channel)) }, { additionalProperties: false })

export const EquityGroup = Type.Object(
  {
    group: Type.Union([Type.String({ maxLength: 50 }), Type.Null()]),
    n: Type.Integer({ minimum: 0, maximum: 1e9 }),
    suppressed: Type.Boolean(),
    satisfied: Type.Union([ref(SatisfiedShare), Type.Null()])
  },
  { $id: 'EquityGroup', additionalProperties: false }
)

export const EquityGap = Type.Object(
  {
    best: Type.String({ maxLength: 50 }),
    worst: Type.String({ maxLength: 50 }),
    difference: Type.Number({ minimum: 0, maximum: 1 }),
    interval: ref(Interval),
    pValue: Type.Number({ minimum: 0, maximum: 1 }),
    significant: Type.Boolean({ description: 'The Newcombe 95% interval of the difference excludes zero.' })
  },
  { $id: 'EquityGap', additionalProperties: false }
)

export const OfficeBelowThreshold = Type.Object(
  {
    officeCode: ref(OfficeCode),
    n: Type.Integer({ minimum: 0, maximum: 1e9 }),
    satisfied: ref(SatisfiedShare),
    significantlyBelow: Type.Boolean({ description: 'Even the upper end of the interval is below the threshold.' })
  },
  { $id: 'OfficeBelowThreshold', additionalProperties: false }
)

export const EquityQuery = Type.Object(
  { ...periodQuery, questionId: Type.Optional(ref(QuestionId)), threshold: Type.Optional(Share) },
  { additionalProperties: false }
)

export const SurveyEquity = Type.Object(
  {
    surveyId: ref(Uuid),
    questionId: ref(QuestionId),
    period: ref(Period),
    minSampleSize: Type.Integer({ minimum: 1, maximum: 100000 }),
    threshold: Share,
    byRegionClass: Type.Array(ref(EquityGroup), { maxItems: 10 }),
    byOffice: Type.Array(ref(EquityGroup), { maxItems: 10000, description: 'Offices with at least the minimum sample.' }),
    gap: Type.Union([ref(EquityGap), Type.Null()], { description: 'Null with fewer than two region classes above the minimum sample.' }),
    officesBelowThreshold: Type.Array(ref(OfficeBelowThreshold), { maxItems: 10000 })
  },
  { $id: 'SurveyEquity', additionalProperties: false }
)
export type SurveyEquity = Static<typeof SurveyEquity>
