/**
 * Calendar dates as `YYYY-MM-DD` strings, handled as UTC midnights so no offset or daylight-saving
 * change can shift a day. Dates compare as strings only while years have four digits, which the
 * contracts guarantee (CalendarDate is bounded to EARLIEST_DATE..LATEST_DATE); these helpers
 * refuse anything else instead of producing `+010000-01-01`, which sorts before `9999-12-31`.
 */
import { EARLIEST_DATE, LATEST_DATE } from '@postcare/contracts'

export { EARLIEST_DATE, LATEST_DATE }

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

/**
 * Why an accepted ISO-8601 instant cannot be recorded (undefined when it can). The schema checks
 * how an instant is written; two kinds pass it and still break a service: a leap second
 * (`23:59:60`, valid RFC 3339, an Invalid Date in JavaScript) and an offset that moves it outside
 * EARLIEST_DATE..LATEST_DATE in UTC (`1800-01-01T00:00:00+14:00`), which is then stored and answered
 * in a form the contract does not allow.
 */
export function instantProblem(value: string): string | undefined {
  const at = new Date(value)
  if (Number.isNaN(at.getTime())) return 'is not an instant this service can record (a leap second, say)'
  const day = at.toISOString().slice(0, 10)
  if (day < EARLIEST_DATE || day > LATEST_DATE) return `is outside ${EARLIEST_DATE} to ${LATEST_DATE} once its offset is applied`
  return undefined
}
