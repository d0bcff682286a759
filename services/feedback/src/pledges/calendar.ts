/**
 * Working-day arithmetic on calendar dates (`YYYY-MM-DD`), pure and time-zone free: dates are
 * handled as UTC midnights so no local offset or daylight-saving change can shift a day.
 * Saturdays, Sundays and the configured public holidays are not working days.
 */
import { addDays, formatDay, toDate } from '@postcare/platform'

export { addDays, toDate }

export function dayOf(instant: Date | string): string {
  return formatDay(instant instanceof Date ? instant : new Date(instant))
}

export interface WorkingCalendar {
  isWorkingDay(day: string): boolean
  /** The n-th working day after `day` (the day itself never counts); n = 0 gives `day`. */
  addWorkingDays(day: string, n: number): string
  /** Working days d with from < d <= to: how far the clock moved between two dates. */
  workingDaysBetween(from: string, to: string): number
}

export function workingCalendar(holidays: Iterable<string>): WorkingCalendar {
  const off = new Set(holidays)
  const isWorkingDay = (day: string) => {
    const weekday = toDate(day).getUTCDay()
    return weekday !== 0 && weekday !== 6 && !off.has(day)
  }
  return {
    isWorkingDay,
    addWorkingDays(day, n) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a non-negative integer')
      let current = day
      for (let left = n; left > 0; ) {
        current = addDays(current, 1)
        if (isWorkingDay(current)) left--
      }
      return current
    },
    workingDaysBetween(from, to) {
      let count = 0
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count++
      return count
    }
  }
}
