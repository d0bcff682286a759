/**
 * The statistics rollup. An item's contribution to feedback_stats is a pure function of its
 * state (received on a day; acknowledged, first answered and closed on others) and of the
 * operator's calendar (the local day of each instant, the financial year's first month), so every
 * write applies `contribution(after) - contribution(before)` in its own transaction: creates,
 * commands, category edits and reopenings all keep the rollup exact with one code path, and a
 * rebuild from the rows (rollups.ts) gives the same table.
 */
import type { OperatorCalendar } from '@postcare/platform'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/database.js'

export interface RollupState {
  kind: string
  channel: string
  categoryCode: string
  officeCode: string
  districtCode: string
  regionClass: string
  receivedAt: Date | string
  acknowledgedAt: Date | string | null
  acknowledgementBreached: boolean
  firstRespondedAt: Date | string | null
  firstReplyOnTime: boolean | null
  closedAt: Date | string | null
  outcome: string | null
  compensationMinor: number
  rootCause: string | null
}

const counterNames = [
  'received', 'acknowledged', 'acknowledgedOnTime', 'answered', 'answeredOnTime', 'closed', 'upheld', 'partlyUpheld', 'notUpheld', 'withdrawn', 'compensationMinor'
] as const
type CounterName = (typeof counterNames)[number]
type Counters = Record<CounterName, number>

const zero = (): Counters => Object.fromEntries(counterNames.map((n) => [n, 0])) as Counters

export type Level = 'd' | 'm' | 'y' | 'f'

/** The first day of the period of each level that `day` falls in. */
export function periodStarts(day: string, financialYearStartMonth: number): Array<[Level, string]> {
  const year = Number(day.slice(0, 4))
  const month = Number(day.slice(5, 7))
  const fyYear = month >= financialYearStartMonth ? year : year - 1
  return [
    ['d', day],
    ['m', `${day.slice(0, 7)}-01`],
    ['y', `${day.slice(0, 4)}-01-01`],
    ['f', `${String(fyYear).padStart(4, '0')}-${String(financialYearStartMonth).padStart(2, '0')}-01`]
  ]
}

export class RollupDelta {
  private readonly stats = new Map<string, Counters>()
  private readonly causes = new Map<string, number>()

  constructor(private readonly calendar: Pick<OperatorCalendar, 'dayOf' | 'financialYearStartMonth'>) {}

  /** Adds (sign 1) or removes (sign -1) everything `state` contributes. */
  add(state: RollupState, sign: 1 | -1): this {
    const events: Array<[Date | string, Partial<Counters>]> = [[state.receivedAt, { received: 1 }]]
    if (state.acknowledgedAt) events.push([state.acknowledgedAt, { acknowledged: 1, acknowledgedOnTime: state.acknowledgementBreached ? 0 : 1 }])
    if (state.firstRespondedAt) events.push([state.firstRespondedAt, { answered: 1, answeredOnTime: state.firstReplyOnTime ? 1 : 0 }])
    if (state.closedAt) {
      events.push([state.closedAt, {
        closed: 1,
        upheld: state.outcome === 'upheld' ? 1 : 0,
        partlyUpheld: state.outcome === 'partly_upheld' ? 1 : 0,
        notUpheld: state.outcome === 'not_upheld' ? 1 : 0,
        withdrawn: state.outcome === 'withdrawn' ? 1 : 0,
        compensationMinor: Number(state.compensationMinor)
      }])
    }
    const dims: Array<[string, string]> = [
      ['all', ''], ['channel', state.channel], ['category', state.categoryCode], ['office', state.officeCode],
      ['district', state.districtCode], ['region_class', state.regionClass]
    ]
    for (const [at, counters] of events) {
      for (const [level, start] of periodStarts(this.calendar.dayOf(at), this.calendar.financialYearStartMonth)) {
        for (const [dimension, value] of dims) {
          const key = JSON.stringify([level, start, dimension, value, state.kind])
          const acc = this.stats.get(key) ?? zero()
          for (const [name, n] of Object.entries(counters) as Array<[CounterName, number]>) acc[name] += sign * n
          this.stats.set(key, acc)
        }
        if (state.closedAt && at === state.closedAt && state.rootCause) {
          const key = JSON.stringify([level, start, state.rootCause])
          this.causes.set(key, (this.causes.get(key) ?? 0) + sign)
        }
      }
    }
    return this
  }

  /** Between two states of one item (either may be absent: a create has no before). */
  change(before: RollupState | undefined, after: RollupState | undefined): this {
    if (before) this.add(before, -1)
    if (after) this.add(after, 1)
    return this
  }

  /**
   * Upserts in key order, so concurrent writers lock the shared rows in the same order and
   * cannot deadlock each other.
   */
  async apply(db: Kysely<Database>): Promise<void> {
    const rows = [...this.stats.entries()]
      .filter(([, c]) => counterNames.some((n) => c[n] !== 0))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, c]) => {
        const [level, periodStart, dimension, dimValue, kind] = JSON.parse(key) as [Level, string, string, string, string]
        return { level, periodStart, dimension, dimValue, kind, ...c }
      })
    for (let i = 0; i < rows.length; i += 2000) {
      await db
        .insertInto('feedbackStats')
        .values(rows.slice(i, i + 2000))
        .onConflict((oc) =>
          oc.columns(['level', 'periodStart', 'dimension', 'dimValue', 'kind']).doUpdateSet(
            Object.fromEntries(counterNames.map((n) => [n, sql`feedback_stats.${sql.ref(snake(n))} + excluded.${sql.ref(snake(n))}`]))
          )
        )
        .execute()
    }
    const causes = [...this.causes.entries()]
      .filter(([, n]) => n !== 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, closed]) => {
        const [level, periodStart, rootCause] = JSON.parse(key) as [Level, string, string]
        return { level, periodStart, rootCause, closed }
      })
    if (causes.length > 0) {
      await db
        .insertInto('feedbackRootCauseStats')
        .values(causes)
        .onConflict((oc) => oc.columns(['level', 'periodStart', 'rootCause']).doUpdateSet({ closed: sql`feedback_root_cause_stats.closed + excluded.closed` }))
        .execute()
    }
  }
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}
