/** The liaison figures of a period: meetings against target, attendance, seats, actions and views. */
import Type, { type Static } from 'typebox'
import { FinancialYear, Period, Uuid, ref } from '../common.js'
import { periodQuery } from '../calendar.js'
import { CategoryCode } from '../feedback/taxonomy.js'
import { Constituency, LiaisonGroupType, LiaisonTitle } from './taxonomy.js'

export const LiaisonStatisticsQuery = Type.Object({ ...periodQuery }, { additionalProperties: false })

const Count = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })
const Rate = Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()], { description: 'Percent to one decimal; null when nothing was expected.' })

export const AttendanceFigures = Type.Object(
  { expected: Count, attended: Count, rate: Rate },
  {
    $id: 'LiaisonAttendanceFigures',
    additionalProperties: false,
    description:
      'Attendance rate: over the meetings held in the period (held, or further on: minutes drafted, confirmed, published), `expected` counts the voting members of each meeting (as for its quorum: term covering its local day, holding a seat, officials only where its rule counts them) and `attended` those of them recorded `present` or represented by a `substitute`. Apologies and absences count against the rate, and so does a member left off the register. rate = 100 × attended / expected.'
  }
)

export const LiaisonStatistics = Type.Object(
  {
    period: ref(Period),
    financialYear: Type.Union([ref(FinancialYear), Type.Null()], { description: 'The financial year the period is, if it is one.' }),
    groups: Type.Array(
      Type.Object(
        {
          groupId: ref(Uuid),
          name: ref(LiaisonTitle),
          type: ref(LiaisonGroupType),
          meetingsHeld: Count,
          meetingsTarget: Type.Number({ minimum: 0, maximum: 1e6, description: 'meetingsPerYear × days of the period ÷ 365, to one decimal (exactly meetingsPerYear for a financial year).' }),
          metTarget: Type.Boolean({ description: 'meetingsHeld ≥ meetingsTarget.' }),
          attendance: ref(AttendanceFigures)
        },
        { additionalProperties: false }
      ),
      { maxItems: 1000 }
    ),
    attendance: ref(AttendanceFigures),
    representatives: Type.Object(
      {
        asOf: Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'The last day of the period, or today if earlier.' }),
        byConstituency: Type.Array(
          Type.Object({ constituency: ref(Constituency), current: Count, seats: Count, vacancies: Count }, { additionalProperties: false }),
          { maxItems: 6 }
        ),
        vacancies: Count
      },
      { additionalProperties: false, description: 'Members whose term covers `asOf`, and seats left empty then, over every group.' }
    ),
    actions: Type.Object(
      {
        opened: Count,
        closed: Count,
        overdue: Count,
        medianDaysToClose: Type.Union([Type.Number({ minimum: 0, maximum: 1e6 }), Type.Null()])
      },
      { additionalProperties: false, description: 'Raised at meetings in the period; completed or dropped in the period (median of local days from raised to closed); open now and due before today.' }
    ),
    viewsByCategory: Type.Array(Type.Object({ category: ref(CategoryCode), count: Count }, { additionalProperties: false }), { maxItems: 1000 })
  },
  { $id: 'LiaisonStatistics', additionalProperties: false }
)
export type LiaisonStatistics = Static<typeof LiaisonStatistics>
