/**
 * The operator's calendar settings, shared by every service (the gateway keeps no days):
 *
 * - `POSTCARE_TIME_ZONE` (required): the IANA zone days belong to. There is no default: a UTC
 *   default is exactly the defect that put a complaint received at 07:30 on 1 April in Hong Kong
 *   into the previous financial year. `UTC` is a valid choice, made explicitly.
 * - `POSTCARE_FINANCIAL_YEAR_START_MONTH` (default 4): April makes `2012/13` April 2012 to March 2013.
 * - `POSTCARE_BUSINESS_HOURS` (default `09:00-17:00`): opening hours of working days, for pledge
 *   clocks that count hours.
 */
import Type from 'typebox'
import { parseBusinessHours, type BusinessHours } from './business-hours.js'
import { canonicalTimeZone } from './zone.js'

export interface CalendarSettings {
  /** Canonical IANA name, e.g. `Asia/Hong_Kong`. */
  readonly timeZone: string
  readonly financialYearStartMonth: number
  readonly businessHours: BusinessHours
}

export const calendarSettingsSchema = {
  POSTCARE_TIME_ZONE: Type.String({ minLength: 1, maxLength: 64, description: "the operator's IANA time zone, e.g. Asia/Hong_Kong" }),
  POSTCARE_FINANCIAL_YEAR_START_MONTH: Type.Integer({ default: 4, minimum: 1, maximum: 12 }),
  POSTCARE_BUSINESS_HOURS: Type.String({ default: '09:00-17:00', maxLength: 20 })
}

/** The calendar of already-read settings; the problems (naming the setting) when they are wrong. */
export function calendarOf(s: { POSTCARE_TIME_ZONE?: string; POSTCARE_FINANCIAL_YEAR_START_MONTH: number; POSTCARE_BUSINESS_HOURS: string }): CalendarSettings | string[] {
  const problems: string[] = []
  const zone = s.POSTCARE_TIME_ZONE === undefined ? null : canonicalTimeZone(s.POSTCARE_TIME_ZONE)
  if (s.POSTCARE_TIME_ZONE === undefined) problems.push("POSTCARE_TIME_ZONE: must be set to the operator's IANA time zone, e.g. Asia/Hong_Kong (UTC only if that is really where the operator's days begin)")
  else if (zone === null) problems.push(`POSTCARE_TIME_ZONE: ${JSON.stringify(s.POSTCARE_TIME_ZONE)} is not an IANA time zone such as Asia/Hong_Kong`)
  const hours = parseBusinessHours(s.POSTCARE_BUSINESS_HOURS)
  if (!hours) problems.push(`POSTCARE_BUSINESS_HOURS: ${JSON.stringify(s.POSTCARE_BUSINESS_HOURS)} is not opening hours such as 09:00-17:00 (closing after opening, within one day)`)
  if (problems.length > 0 || !zone || !hours) return problems
  return Object.freeze({ timeZone: zone, financialYearStartMonth: s.POSTCARE_FINANCIAL_YEAR_START_MONTH, businessHours: Object.freeze(hours) })
}
