/** The published feedback figures, and the retention sweep's answer. */
import Type, { type Static } from 'typebox'
import { Money, Period, RegionClass, ref } from '../common.js'
import { periodQuery } from '../calendar.js'
import { FeedbackKind, RootCause } from './taxonomy.js'

export const FeedbackStatisticsQuery = Type.Object(
  {
    ...periodQuery
  },
  { additionalProperties: false }
)

const Count = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })
const Percent = Type.Union([Type.Number({ minimum: -1e9, maximum: 1e9 }), Type.Null()], { description: 'Percent to one decimal; null when there is nothing to compare.' })


export const KindCounts = Type.Object(
  { complaint: Count, commendation: Count, suggestion: Count, total: Count },
  { $id: 'KindCounts', additionalProperties: false }
)
export const BreakdownRow = Type.Object(
  { key: Type.String({ maxLength: 60 }), counts: ref(KindCounts) },
  { $id: 'BreakdownRow', additionalProperties: false }
)
const Breakdown = Type.Array(ref(BreakdownRow), { maxItems: 10000 })

export const FeedbackStatistics = Type.Object(
  {
    period: ref(Period),
    previousPeriod: ref(Period),
    byKind: Type.Array(
      Type.Object({ kind: ref(FeedbackKind), count: Count, previousCount: Count, changePercent: Percent }, { additionalProperties: false }),
      { maxItems: 3 }
    ),
    byChannel: Breakdown,
    byCategory: Breakdown,
    byOffice: Breakdown,
    byDistrict: Breakdown,
    byRegionClass: Breakdown,
    pledges: Type.Object(
      {
        acknowledged: Count,
        acknowledgedOnTime: Count,
        acknowledgedOnTimePercent: Percent,
        answered: Count,
        answeredOnTime: Count,
        answeredOnTimePercent: Percent
      },
      { additionalProperties: false, description: 'Acknowledgements and first substantive replies made in the period, and how many met their pledge.' }
    ),
    outcomes: Type.Object(
      { closed: Count, upheld: Count, partlyUpheld: Count, notUpheld: Count, withdrawn: Count },
      { additionalProperties: false, description: 'Complaints closed in the period, by outcome.' }
    ),
    compensationPaid: ref(Money),
    topRootCauses: Type.Array(Type.Object({ rootCause: ref(RootCause), count: Count }, { additionalProperties: false }), { maxItems: 20 }),
    regionClassComparison: Type.Array(
      Type.Object(
        { regionClass: ref(RegionClass), complaints: Count, commendations: Count, commendationsPerComplaint: Type.Union([Type.Number({ minimum: 0, maximum: 1e9 }), Type.Null()]) },
        { additionalProperties: false }
      ),
      { maxItems: 10 }
    )
  },
  { $id: 'FeedbackStatistics', additionalProperties: false }
)
export type FeedbackStatistics = Static<typeof FeedbackStatistics>

export const RetentionRunResult = Type.Object({ anonymised: Count }, { $id: 'RetentionRunResult', additionalProperties: false })
