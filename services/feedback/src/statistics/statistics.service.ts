/**
 * Published figures, read only from the rollup (feedback_stats, feedback_root_cause_stats):
 * a period is cut into whole financial or calendar years, whole months and single days, so a
 * year costs a handful of index lookups whether the register holds a thousand items or ten
 * million.
 */
import type { FeedbackStatistics, Period } from '@postcare/contracts'
import { addDays, addMonths, MAX_PERIOD_DAYS, type OperatorCalendar, type PeriodQuery } from '@postcare/platform'
import { type Kysely, sql } from 'kysely'
import type { FeedbackConfig } from '../config.js'
import type { Database } from '../db/database.js'
import type { Level } from './rollup.js'

const kinds = ['complaint', 'commendation', 'suggestion'] as const
const regionClasses = ['urban', 'rural', 'coastal', 'island_remote'] as const

interface Totals {
  received: number
  acknowledged: number
  acknowledgedOnTime: number
  answered: number
  answeredOnTime: number
  closed: number
  upheld: number
  partlyUpheld: number
  notUpheld: number
  withdrawn: number
  compensationMinor: number
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10
}

const percent = (part: number, whole: number) => (whole === 0 ? null : round1((100 * part) / whole))

/** Whole years, then whole months, then single days, covering [from, to] exactly. */
export function cover(period: Period, fyStartMonth: number): Array<[Level, string[]]> {
  const fyStart = `-${String(fyStartMonth).padStart(2, '0')}-01`
  if (period.from.endsWith(fyStart) && addDays(addMonths(period.from, 12), -1) === period.to) return [['f', [period.from]]]
  const out: Record<'y' | 'm' | 'd', string[]> = { y: [], m: [], d: [] }
  // Each step covers at least a day, so a period of at most MAX_PERIOD_DAYS ends within that many
  // steps; the bound makes that true whatever reached this function.
  let steps = 0
  for (let d = period.from; d <= period.to; steps++) {
    if (steps > MAX_PERIOD_DAYS) throw new RangeError(`period ${period.from}..${period.to} is longer than ${MAX_PERIOD_DAYS} days`)
    if (d.endsWith('-01-01') && addDays(addMonths(d, 12), -1) <= period.to) {
      out.y.push(d)
      d = addMonths(d, 12)
    } else if (d.endsWith('-01') && addDays(addMonths(d, 1), -1) <= period.to) {
      out.m.push(d)
      d = addMonths(d, 1)
    } else {
      out.d.push(d)
      d = addDays(d, 1)
    }
  }
  return (['y', 'm', 'd'] as const).filter((l) => out[l].length > 0).map((l) => [l, out[l]])
}

function coverage(parts: Array<[Level, string[]]>) {
  return sql.join(parts.map(([level, starts]) => sql`(level = ${level} and period_start = any(${starts}::date[]))`), sql` or `)
}

const sums = sql`sum(received)::int as received, sum(acknowledged)::int as acknowledged, sum(acknowledged_on_time)::int as acknowledged_on_time,
  sum(answered)::int as answered, sum(answered_on_time)::int as answered_on_time, sum(closed)::int as closed, sum(upheld)::int as upheld,
  sum(partly_upheld)::int as partly_upheld, sum(not_upheld)::int as not_upheld, sum(withdrawn)::int as withdrawn,
  sum(compensation_minor)::bigint as compensation_minor`

type KindTotals = Totals & { kind: string }
interface BreakdownRow { dimension: string; dimValue: string; complaint: number; commendation: number; suggestion: number }

export function statisticsService(db: Kysely<Database>, config: FeedbackConfig, calendar: OperatorCalendar, now: () => Date) {
  const fy = calendar.financialYearStartMonth
  return {
    /** Local days of the operator's time zone; without a period, the current financial year there. */
    async compute(query: PeriodQuery): Promise<FeedbackStatistics> {
      const { period, previous } = calendar.resolvePeriod(query, now())
      const covered = coverage(cover(period, fy))
      // Every counter only for the whole network (a row per kind); for the breakdowns, received
      // counts alone, a row per value with the kinds side by side. Offices make the breakdowns
      // thousands of rows, so reading eleven counters for each of them three times over (a row per
      // kind) cost most of the response's time; this reads a tenth of that.
      // One after another: in parallel they would take four pool connections per request.
      const current = await sql<KindTotals>`select kind, ${sums} from feedback_stats where dimension = 'all' and (${covered}) group by kind`.execute(db)
      const before = await sql<KindTotals>`select kind, ${sums} from feedback_stats where dimension = 'all' and (${coverage(cover(previous, fy))}) group by kind`.execute(db)
      const breakdowns = await sql<BreakdownRow>`
          select dimension, dim_value,
                 (sum(received) filter (where kind = 'complaint'))::int as complaint,
                 (sum(received) filter (where kind = 'commendation'))::int as commendation,
                 (sum(received) filter (where kind = 'suggestion'))::int as suggestion
            from feedback_stats where dimension <> 'all' and (${covered})
           group by dimension, dim_value having sum(received) > 0`.execute(db)
      const causes = await sql<{ rootCause: string; closed: number }>`
          select root_cause, sum(closed)::int as closed from feedback_root_cause_stats where ${covered}
           group by root_cause having sum(closed) > 0 order by closed desc, root_cause limit 10`.execute(db)

      const all = current.rows.map((r) => ({ ...r, compensationMinor: Number(r.compensationMinor) }))
      const received = (list: KindTotals[], kind: string) => list.filter((r) => r.kind === kind).reduce((n, r) => n + r.received, 0)
      const total = (list: KindTotals[], field: keyof Totals) => list.reduce((n, r) => n + Number(r[field]), 0)

      const grouped = new Map<string, Array<{ key: string; counts: { complaint: number; commendation: number; suggestion: number; total: number } }>>()
      for (const r of breakdowns.rows) {
        const counts = { complaint: r.complaint ?? 0, commendation: r.commendation ?? 0, suggestion: r.suggestion ?? 0, total: 0 }
        counts.total = counts.complaint + counts.commendation + counts.suggestion
        const list = grouped.get(r.dimension) ?? []
        list.push({ key: r.dimValue, counts })
        grouped.set(r.dimension, list)
      }
      const breakdown = (dimension: string) => (grouped.get(dimension) ?? []).sort((a, b) => (a.key < b.key ? -1 : 1))

      const byRegion = breakdown('region_class')
      const complaints = all.filter((r) => r.kind === 'complaint')
      return {
        period,
        previousPeriod: previous,
        byKind: kinds.map((kind) => {
          const count = received(all, kind)
          const previousCount = received(before.rows, kind)
          return { kind, count, previousCount, changePercent: previousCount === 0 ? null : round1(((count - previousCount) * 100) / previousCount) }
        }),
        byChannel: breakdown('channel'),
        byCategory: breakdown('category'),
        byOffice: breakdown('office'),
        byDistrict: breakdown('district'),
        byRegionClass: byRegion,
        pledges: {
          acknowledged: total(all, 'acknowledged'),
          acknowledgedOnTime: total(all, 'acknowledgedOnTime'),
          acknowledgedOnTimePercent: percent(total(all, 'acknowledgedOnTime'), total(all, 'acknowledged')),
          answered: total(all, 'answered'),
          answeredOnTime: total(all, 'answeredOnTime'),
          answeredOnTimePercent: percent(total(all, 'answeredOnTime'), total(all, 'answered'))
        },
        outcomes: {
          closed: total(complaints, 'closed'),
          upheld: total(complaints, 'upheld'),
          partlyUpheld: total(complaints, 'partlyUpheld'),
          notUpheld: total(complaints, 'notUpheld'),
          withdrawn: total(complaints, 'withdrawn')
        },
        compensationPaid: { amountMinor: total(complaints, 'compensationMinor'), currency: config.currency },
        topRootCauses: causes.rows.map((r) => ({ rootCause: r.rootCause as FeedbackStatistics['topRootCauses'][number]['rootCause'], count: r.closed })),
        regionClassComparison: regionClasses.map((regionClass) => {
          const counts = byRegion.find((b) => b.key === regionClass)?.counts
          const c = counts?.complaint ?? 0
          const k = counts?.commendation ?? 0
          return { regionClass, complaints: c, commendations: k, commendationsPerComplaint: c === 0 ? null : round1(k / c) }
        })
      }
    }
  }
}
export type StatisticsService = ReturnType<typeof statisticsService>
