/**
 * The one reading of a reporting period every service uses: `from` and `to` (local calendar days,
 * inclusive) or a `financialYear` such as `2012/13`; neither means the current financial year in
 * the operator's time zone. Problems are 400 `INVALID_PERIOD` naming `query/from`, `query/to` or
 * `query/financialYear`.
 */
import type { Period } from '@postcare/contracts'
import { EARLIEST_DATE, addDays, addMonths, daysBetween, isCalendarDate } from '../dates.js'
import { PlatformErrors } from '../errors.js'
import { financialYearLabel, financialYearPeriod, financialYearStartYear, parseFinancialYear } from './financial-year.js'

/** Ten years and a little: every figure a report needs, and a bound on every walk over a period. */
export const MAX_PERIOD_DAYS = 3660

export interface PeriodQuery {
  from?: string
  to?: string
  financialYear?: string
}

export interface ResolvedPeriod {
  period: Period
  /** The period a figure is compared with: see previousPeriod(). */
  previous: Period
  /** The label when the period is a financial year (asked for, or the default). */
  financialYear: string | null
}

function invalid(field: 'from' | 'to' | 'financialYear', message: string) {
  return PlatformErrors.INVALID_PERIOD(`${field} ${message}`, { errors: [{ field: `query/${field}`, message }] })
}

/**
 * The period just before, to compare with: the previous financial year for a financial year; as
 * many whole months before for whole months (so 2013 compares with all of 2012, and a February
 * with the January before it); otherwise as many days just before.
 */
export function previousPeriod(period: Period, isFinancialYear: boolean): Period {
  const to = addDays(period.from, -1)
  if (isFinancialYear) return { from: addMonths(period.from, -12), to }
  if (period.from.endsWith('-01') && addDays(period.to, 1).endsWith('-01')) {
    const months = (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4))) * 12 + Number(period.to.slice(5, 7)) - Number(period.from.slice(5, 7)) + 1
    return { from: addMonths(period.from, -months), to }
  }
  return { from: addDays(period.from, -(daysBetween(period.from, period.to) + 1)), to }
}

/**
 * Reads a period query; `today` is the local day now (the default is its financial year). Both
 * periods are answered, so the previous one must lie within the dates the contract allows too
 * (1800-01-01 asked for would otherwise be compared with, and answer, 1799-12-31).
 */
export function resolvePeriod(q: PeriodQuery, opts: { today: string; financialYearStartMonth: number; maxDays?: number }): ResolvedPeriod {
  const resolved = readPeriod(q, opts)
  if (resolved.previous.from < EARLIEST_DATE) {
    throw invalid(q.financialYear !== undefined ? 'financialYear' : 'from', `leaves no previous period of the same length from ${EARLIEST_DATE} on to compare with`)
  }
  return resolved
}

function readPeriod(q: PeriodQuery, opts: { today: string; financialYearStartMonth: number; maxDays?: number }): ResolvedPeriod {
  const { today, financialYearStartMonth: startMonth } = opts
  const maxDays = opts.maxDays ?? MAX_PERIOD_DAYS
  if (q.financialYear !== undefined) {
    if (q.from !== undefined || q.to !== undefined) throw invalid('financialYear', 'cannot be combined with from and to; give one or the other')
    const first = parseFinancialYear(q.financialYear)
    if (first === null) {
      const year = Number(q.financialYear.slice(0, 4))
      throw invalid('financialYear', `must name two consecutive years, e.g. ${Number.isFinite(year) ? financialYearLabel(year) : '2012/13'}`)
    }
    const period = financialYearPeriod(first, startMonth)
    return { period, previous: previousPeriod(period, true), financialYear: financialYearLabel(first) }
  }
  if (q.from === undefined && q.to === undefined) {
    const first = financialYearStartYear(today, startMonth)
    const period = financialYearPeriod(first, startMonth)
    return { period, previous: previousPeriod(period, true), financialYear: financialYearLabel(first) }
  }
  if (q.from === undefined) throw invalid('from', 'is needed with to (or give financialYear, or neither for the current financial year)')
  if (q.to === undefined) throw invalid('to', 'is needed with from (or give financialYear, or neither for the current financial year)')
  if (!isCalendarDate(q.from)) throw invalid('from', 'is not a calendar date (YYYY-MM-DD)')
  if (!isCalendarDate(q.to)) throw invalid('to', 'is not a calendar date (YYYY-MM-DD)')
  if (q.to < q.from) throw invalid('to', 'is before from')
  if (daysBetween(q.from, q.to) + 1 > maxDays) throw invalid('to', `makes a period longer than ${maxDays} days`)
  const period = { from: q.from, to: q.to }
  return { period, previous: previousPeriod(period, false), financialYear: null }
}
