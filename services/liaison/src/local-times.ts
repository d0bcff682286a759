/** A meeting's start and end as the operator's wall clock shows them. */
import { localTime } from '@postcare/platform'

const hhmm = (msOfDay: number) => {
  const minutes = Math.floor(msOfDay / 60_000)
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

export function localTimes(start: Date, end: Date, timeZone: string) {
  const s = localTime(start, timeZone)
  const e = localTime(end, timeZone)
  return { timeZone, date: s.day, startTime: hhmm(s.msOfDay), endDate: e.day, endTime: hhmm(e.msOfDay) }
}
