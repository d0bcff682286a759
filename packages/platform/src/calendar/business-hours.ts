/**
 * Business hours for pledge clocks that count hours ("a callback within 4 business hours"): the
 * opening hours (`POSTCARE_BUSINESS_HOURS`, e.g. `09:00-17:00`) of working days only, in the
 * operator's time zone. An hour is a real hour: a day whose clock changes for daylight saving
 * inside the opening hours has one more or one fewer.
 */
import { addDays } from '../dates.js'
import { MAX_WORKING_DAY_WALK, type Place, type WorkingDays } from './working-days.js'
import { instantAt, localTime } from './zone.js'

export interface BusinessHours {
  /** Minutes after local midnight. */
  readonly opensAt: number
  readonly closesAt: number
}

const HOURS = /^([01][0-9]|2[0-3]):([0-5][0-9])-([01][0-9]|2[0-4]):([0-5][0-9])$/

/** `09:00-17:00` → { opensAt: 540, closesAt: 1020 }, or null when it is not such a range. */
export function parseBusinessHours(text: string): BusinessHours | null {
  const m = HOURS.exec(text)
  if (!m) return null
  const opensAt = Number(m[1]) * 60 + Number(m[2])
  const closesAt = Number(m[3]) * 60 + Number(m[4])
  return closesAt > opensAt && closesAt <= 1440 ? { opensAt, closesAt } : null
}

/** Hours a pledge may count at most (about five years of business days): a bound on the walk. */
export const MAX_BUSINESS_HOURS = 10_000

export interface BusinessClock {
  /** The instant `hours` business hours after `instant` at `place` (a start outside hours counts from the next opening). */
  addBusinessHours(instant: Date, hours: number, place: Place): Promise<Date>
}

export function businessClock(zone: string, hours: BusinessHours, days: WorkingDays): BusinessClock {
  return {
    async addBusinessHours(instant, count, place) {
      if (!Number.isFinite(count) || count < 0 || count > MAX_BUSINESS_HOURS) throw new RangeError(`hours must be from 0 to ${MAX_BUSINESS_HOURS}`)
      let left = Math.round(count * 3_600_000)
      let at = instant.getTime()
      if (left === 0) return new Date(at)
      let { day } = localTime(at, zone)
      for (let walked = 0; walked < MAX_WORKING_DAY_WALK; walked++, day = addDays(day, 1)) {
        if (!(await days.isWorkingDay(day, place))) continue
        const opens = instantAt(day, hours.opensAt, zone).getTime()
        const closes = instantAt(day, hours.closesAt, zone).getTime()
        const from = Math.max(at, opens)
        if (from < closes) {
          if (left <= closes - from) return new Date(from + left)
          left -= closes - from
        }
        at = closes
      }
      throw new RangeError(`${count} business hours do not end within ${MAX_WORKING_DAY_WALK} days of ${instant.toISOString()}`)
    }
  }
}
