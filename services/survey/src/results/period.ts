/**
 * Reporting periods: `from`/`to` (inclusive calendar days) or a financial year written `2012/13`
 * (starting in the configured month, April by default); neither means the current financial year.
 */
import type { Period } from '@postcare/contracts'
import { SurveyErrors } from '../errors.js'

export interface PeriodQuery {
  from?: string
  to?: string
  financialYear?: string
}

const pad = (n: number) => String(n).padStart(2, '0')

function lastDayBefore(year: number, month: number): string {
  // Day 0 of a month is the last day of the month before it.
  const d = new Date(Date.UTC(year, month - 1, 0))
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

export function financialYearPeriod(startYear: number, startMonth: number): Period {
  return { from: `${startYear}-${pad(startMonth)}-01`, to: lastDayBefore(startYear + 1, startMonth) }
}

/** `2012/13` for the year starting in 2012 (a year starting in January is still written so). */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${pad((startYear + 1) % 100)}`
}

export function resolvePeriod(q: PeriodQuery, startMonth: number, today: string): Period {
  const invalid = (field: string, message: string) => SurveyErrors.SURVEY_INVALID_PERIOD(`${field} ${message}`, { errors: [{ field: `query/${field}`, message }] })
  if (q.financialYear !== undefined) {
    if (q.from !== undefined || q.to !== undefined) throw invalid('financialYear', 'cannot be combined with from and to; give one or the other')
    const [first, second] = q.financialYear.split('/').map(Number) as [number, number]
    if ((first + 1) % 100 !== second) throw invalid('financialYear', `must name two consecutive years, e.g. ${financialYearLabel(first)}`)
    return financialYearPeriod(first, startMonth)
  }
  if (q.from !== undefined || q.to !== undefined) {
    if (q.from === undefined) throw invalid('from', 'is needed with to')
    if (q.to === undefined) throw invalid('to', 'is needed with from')
    if (q.from > q.to) throw invalid('to', 'is before from')
    return { from: q.from, to: q.to }
  }
  const [year, month] = today.split('-').map(Number) as [number, number]
  return financialYearPeriod(month >= startMonth ? year : year - 1, startMonth)
}
