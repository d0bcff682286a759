/**
 * The operator's calendar as a service uses it: local days of instants, day boundaries for date
 * filters, financial years, the period parser, and working days and business hours at a place
 * (with the directory's public holidays and service suspensions). Built once per app from the
 * service's settings and its directory lookup.
 */
import { addDays } from '../dates.js'
import { businessClock } from './business-hours.js'
import { financialYearOf } from './financial-year.js'
import { resolvePeriod, type PeriodQuery, type ResolvedPeriod } from './period.js'
import type { CalendarSettings } from './settings.js'
import { loadWorkingDays, workingDays, type CalendarSource, type LoadedWorkingDays, type Place, type WorkingDays } from './working-days.js'
import { localDay, startOfDay } from './zone.js'

export interface OperatorCalendar extends WorkingDays {
  readonly timeZone: string
  readonly financialYearStartMonth: number
  /** The local day of an instant. */
  dayOf(instant: Date | string): string
  /** The local calendar year of an instant (yearly reference numbers restart with it). */
  yearOf(instant: Date | string): number
  /** The first instant of a local day. */
  startOfDay(day: string): Date
  /**
   * Instants bounding "on or after `from`" and "on or before `to`" (local days): from the start
   * of `from` (inclusive) to the start of the day after `to` (exclusive).
   */
  dayRange(from: string | undefined, to: string | undefined): { since?: Date; before?: Date }
  financialYearOfDay(day: string): string
  financialYearOfInstant(instant: Date | string): string
  /** A period query read in local days; the default is the financial year of `now`. */
  resolvePeriod(query: PeriodQuery, now: Date): ResolvedPeriod
  addBusinessHours(instant: Date, hours: number, place: Place): Promise<Date>
  /**
   * Working days at `place` for the local years from `from`'s to two years after `to`'s, read
   * now and answered synchronously, for pure decisions (a workflow's deadlines).
   */
  workingDaysAt(place: Place, from: string, to: string): Promise<LoadedWorkingDays>
}

export function operatorCalendar(settings: CalendarSettings, source: CalendarSource): OperatorCalendar {
  const zone = settings.timeZone
  const startMonth = settings.financialYearStartMonth
  const days = workingDays(source)
  const clock = businessClock(zone, settings.businessHours, days)
  const dayOf = (instant: Date | string) => localDay(instant, zone)
  return {
    ...days,
    timeZone: zone,
    financialYearStartMonth: startMonth,
    dayOf,
    yearOf: (instant) => Number(dayOf(instant).slice(0, 4)),
    startOfDay: (day) => startOfDay(day, zone),
    dayRange: (from, to) => ({
      ...(from === undefined ? {} : { since: startOfDay(from, zone) }),
      ...(to === undefined ? {} : { before: startOfDay(addDays(to, 1), zone) })
    }),
    financialYearOfDay: (day) => financialYearOf(day, startMonth),
    financialYearOfInstant: (instant) => financialYearOf(dayOf(instant), startMonth),
    resolvePeriod: (query, now) => resolvePeriod(query, { today: dayOf(now), financialYearStartMonth: startMonth }),
    addBusinessHours: clock.addBusinessHours,
    workingDaysAt: (place, from, to) => loadWorkingDays(source, place, Number(from.slice(0, 4)), Number(to.slice(0, 4)) + 2)
  }
}
