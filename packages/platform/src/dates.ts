/**
 * Calendar dates as `YYYY-MM-DD` strings, handled as UTC midnights so no offset or daylight-saving
 * change can shift a day. Dates compare as strings only while years have four digits, which the
 * contracts guarantee (CalendarDate is bounded to EARLIEST_DATE..LATEST_DATE); these helpers
 * refuse anything else instead of producing `+010000-01-01`, which sorts before `9999-12-31`.
 */
export { EARLIEST_DATE, LATEST_DATE } from '@postcare/contracts'

export const DAY_MS = 86_400_000
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** The UTC day of a Date as `YYYY-MM-DD`; throws outside years 0000-9999. */
export function formatDay(d: Date): string {
  const year = d.getUTCFullYear()
  if (!(year >= 0 && year <= 9999)) throw new RangeError(`year ${year} is outside 0000-9999`)
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`
}

export function toDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`)
}

/** A real day written `YYYY-MM-DD` (not 2026-02-30). */
export function isCalendarDate(day: string): boolean {
  const m = DAY.exec(day)
  if (!m) return false
  const d = toDate(day)
  return !Number.isNaN(d.getTime()) && formatDay(d) === day
}

export function addDays(day: string, n: number): string {
  return formatDay(new Date(toDate(day).getTime() + n * DAY_MS))
}

/** The first day of the month `n` months after the month of `day`. */
export function addMonths(day: string, n: number): string {
  const d = toDate(day)
  return formatDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)))
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS)
}
