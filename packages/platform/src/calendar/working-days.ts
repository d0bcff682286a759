/**
 * Working days for pledge clocks: Monday to Friday, except public holidays and the days a service
 * suspension (a typhoon signal 8 or black rainstorm warning, an office closure) covers the place
 * the clock runs for. Holidays and suspensions are the directory's reference data, read a year at
 * a time through a cached lookup; the arithmetic itself is on `YYYY-MM-DD` strings only.
 */
import { addDays, toDate } from '../dates.js'

/** Where a clock runs: a suspension for this office or district (or the whole territory) stops it. */
export interface Place {
  officeCode?: string | null
  districtCode?: string | null
}

export interface SuspensionInfo {
  /** First and last day suspended, inclusive. */
  from: string
  to: string
  kind: string
  /** Both empty: the whole territory. */
  districtCodes: readonly string[]
  officeCodes: readonly string[]
}

/** What the directory holds for one calendar year: its public holidays and the suspensions touching it. */
export interface CalendarYear {
  year: number
  holidays: readonly string[]
  suspensions: readonly SuspensionInfo[]
}

export interface CalendarSource {
  calendarYear(year: number): Promise<CalendarYear>
}

/** A clock never walks further than this looking for working days (ten years); past it is a RangeError. */
export const MAX_WORKING_DAY_WALK = 3660
/** The longest span workingDaysBetween counts: the contracts' whole calendar (1800 to 2199). */
const MAX_COUNT_SPAN = 146_100

const holidaySets = new WeakMap<CalendarYear, ReadonlySet<string>>()

function holidaysOf(year: CalendarYear): ReadonlySet<string> {
  let set = holidaySets.get(year)
  if (!set) holidaySets.set(year, (set = new Set(year.holidays)))
  return set
}

export function suspends(s: SuspensionInfo, day: string, place: Place): boolean {
  if (day < s.from || day > s.to) return false
  if (s.districtCodes.length === 0 && s.officeCodes.length === 0) return true
  return (!!place.districtCode && s.districtCodes.includes(place.districtCode)) || (!!place.officeCode && s.officeCodes.includes(place.officeCode))
}

export function isWeekend(day: string): boolean {
  const weekday = toDate(day).getUTCDay()
  return weekday === 0 || weekday === 6
}

/** Whether `day` is a working day at `place`, given the directory's calendar of its year. */
export function isWorkingDayIn(calendar: CalendarYear, day: string, place: Place): boolean {
  if (isWeekend(day) || holidaysOf(calendar).has(day)) return false
  return !calendar.suspensions.some((s) => suspends(s, day, place))
}

export interface WorkingDays {
  isWorkingDay(day: string, place: Place): Promise<boolean>
  /** The n-th working day after `day` (the day itself never counts); n = 0 gives `day`. */
  addWorkingDays(day: string, n: number, place: Place): Promise<string>
  /** Working days d with from < d <= to: how far a clock moved between two days (0 when to <= from). */
  workingDaysBetween(from: string, to: string, place: Place): Promise<number>
}

export function workingDays(source: CalendarSource): WorkingDays {
  /** Each year is asked of the source once per call; the source does the caching across calls. */
  function reader() {
    const years = new Map<number, CalendarYear>()
    return async (day: string, place: Place) => {
      const year = Number(day.slice(0, 4))
      let cal = years.get(year)
      if (!cal) years.set(year, (cal = await source.calendarYear(year)))
      return isWorkingDayIn(cal, day, place)
    }
  }
  return {
    isWorkingDay: (day, place) => reader()(day, place),
    async addWorkingDays(day, n, place) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a non-negative integer')
      const working = reader()
      let current = day
      for (let left = n, walked = 0; left > 0; walked++) {
        if (walked >= MAX_WORKING_DAY_WALK) throw new RangeError(`fewer than ${n} working days in the ${MAX_WORKING_DAY_WALK} days after ${day}`)
        current = addDays(current, 1)
        if (await working(current, place)) left--
      }
      return current
    },
    async workingDaysBetween(from, to, place) {
      if (to <= from) return 0
      const working = reader()
      let count = 0
      let walked = 0
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
        if (++walked > MAX_COUNT_SPAN) throw new RangeError(`${from}..${to} is longer than the calendar`)
        if (await working(d, place)) count++
      }
      return count
    }
  }
}

/** A calendar with fixed holidays and suspensions, for tests and benchmarks (and the static directory). */
export function fixedCalendar(data: { holidays?: readonly string[]; suspensions?: readonly SuspensionInfo[] } = {}): CalendarSource {
  const holidays = data.holidays ?? []
  const suspensions = data.suspensions ?? []
  return {
    async calendarYear(year) {
      const first = `${String(year).padStart(4, '0')}-01-01`
      const last = `${String(year).padStart(4, '0')}-12-31`
      return { year, holidays: holidays.filter((d) => d.startsWith(`${String(year).padStart(4, '0')}-`)), suspensions: suspensions.filter((s) => s.from <= last && s.to >= first) }
    }
  }
}

/**
 * Working days at one place with the calendar of some years already read: synchronous, so a pure
 * decision (a workflow's deadlines) can use it. Asking about a day outside the years read is a
 * RangeError, never a silent guess.
 */
export interface LoadedWorkingDays {
  isWorkingDay(day: string): boolean
  addWorkingDays(day: string, n: number): string
  workingDaysBetween(from: string, to: string): number
}

export async function loadWorkingDays(source: CalendarSource, place: Place, fromYear: number, toYear: number): Promise<LoadedWorkingDays> {
  if (!(toYear >= fromYear && toYear - fromYear <= 400)) throw new RangeError(`years ${fromYear}..${toYear} are not a span of the calendar`)
  const years = new Map<number, CalendarYear>()
  for (let y = fromYear; y <= toYear; y++) years.set(y, await source.calendarYear(y))
  const isWorkingDay = (day: string) => {
    const cal = years.get(Number(day.slice(0, 4)))
    if (!cal) throw new RangeError(`the calendar of ${day.slice(0, 4)} was not read (only ${fromYear}..${toYear})`)
    return isWorkingDayIn(cal, day, place)
  }
  return {
    isWorkingDay,
    addWorkingDays(day, n) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a non-negative integer')
      let current = day
      for (let left = n, walked = 0; left > 0; walked++) {
        if (walked >= MAX_WORKING_DAY_WALK) throw new RangeError(`fewer than ${n} working days in the ${MAX_WORKING_DAY_WALK} days after ${day}`)
        current = addDays(current, 1)
        if (isWorkingDay(current)) left--
      }
      return current
    },
    workingDaysBetween(from, to) {
      if (to <= from) return 0
      let count = 0
      let walked = 0
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
        if (++walked > MAX_COUNT_SPAN) throw new RangeError(`${from}..${to} is longer than the calendar`)
        if (isWorkingDay(d)) count++
      }
      return count
    }
  }
}
