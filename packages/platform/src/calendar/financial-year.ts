/**
 * Financial years: twelve months from a start month (April by default), named by the calendar
 * years they span, `2012/13`. A year starting in January is written the same way (`2012/13` is
 * then January to December 2012), so a label always names its first year.
 */
import type { Period } from '@postcare/contracts'
import { addDays, addMonths } from '../dates.js'

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The year the financial year containing `day` starts in. */
export function financialYearStartYear(day: string, startMonth: number): number {
  const year = Number(day.slice(0, 4))
  return Number(day.slice(5, 7)) >= startMonth ? year : year - 1
}

/** `2012/13` for the financial year starting in 2012. */
export function financialYearLabel(startYear: number): string {
  return `${pad(startYear, 4)}/${pad((startYear + 1) % 100)}`
}

/** The label of the financial year containing `day`. */
export function financialYearOf(day: string, startMonth: number): string {
  return financialYearLabel(financialYearStartYear(day, startMonth))
}

/** The first year of a label such as `2012/13`, or null when the two years do not follow each other. */
export function parseFinancialYear(label: string): number | null {
  const m = /^(\d{4})\/(\d{2})$/.exec(label)
  if (!m) return null
  const first = Number(m[1])
  return (first + 1) % 100 === Number(m[2]) ? first : null
}

/** The first day of the financial year starting in `startYear`. */
export function financialYearStart(startYear: number, startMonth: number): string {
  return `${pad(startYear, 4)}-${pad(startMonth)}-01`
}

/** The days of the financial year starting in `startYear`, both ends inclusive. */
export function financialYearPeriod(startYear: number, startMonth: number): Period {
  const from = financialYearStart(startYear, startMonth)
  return { from, to: addDays(addMonths(from, 12), -1) }
}
