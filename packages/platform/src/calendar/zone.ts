/**
 * Local days and times in the operator's time zone (an IANA name), from the instants the API
 * carries. Only Intl's time-zone data is used, never the process's TZ, so the same instant has
 * the same local day on every machine. Local times that a daylight-saving change skips resolve
 * to the first instant after the gap; those it repeats, to the earlier one.
 */
import { DAY_MS, formatDay, toDate } from '../dates.js'

const HOUR_MS = 3_600_000
const formatters = new Map<string, Intl.DateTimeFormat>()

/** A name such as `Asia/Hong_Kong` or `UTC`; fixed offsets (`+08:00`) are not zones with a calendar. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/

/**
 * The canonical spelling of an IANA time zone (`asia/hong_kong` → `Asia/Hong_Kong`, `Etc/UTC` →
 * `UTC`), or null when Intl does not know it.
 */
export function canonicalTimeZone(name: string): string | null {
  if (!ZONE_NAME.test(name) || name.length > 64) return null
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone
  } catch {
    return null
  }
}

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'
    })
    formatters.set(zone, f)
  }
  return f
}

/** The local wall-clock time of `ms` in `zone`, written as if it were a UTC instant. */
function wallClock(ms: number, zone: string): number {
  const p: Record<string, number> = {}
  for (const part of formatter(zone).formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value)
  const subSecond = ((ms % 1000) + 1000) % 1000
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) + subSecond
}

const instantMs = (instant: Date | string | number) => (instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant))

/** The local calendar day (`YYYY-MM-DD`) of an instant in `zone`. */
export function localDay(instant: Date | string | number, zone: string): string {
  const ms = instantMs(instant)
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${String(instant)}`)
  return formatDay(new Date(wallClock(ms, zone)))
}

/** The local day and the milliseconds since local midnight (wall-clock) of an instant. */
export function localTime(instant: Date | string | number, zone: string): { day: string; msOfDay: number } {
  const wall = wallClock(instantMs(instant), zone)
  const midnight = Math.floor(wall / DAY_MS) * DAY_MS
  return { day: formatDay(new Date(midnight)), msOfDay: wall - midnight }
}

/**
 * The instant at which the local wall clock in `zone` reads `day` plus `minutes` (0 to 1440). A
 * time skipped by a daylight-saving change gives the instant the clock jumps past it; a time the
 * clock shows twice gives the first.
 */
export function instantAt(day: string, minutes: number, zone: string): Date {
  const target = toDate(day).getTime() + minutes * 60_000
  if (!Number.isFinite(target)) throw new RangeError(`not a calendar day: ${day}`)
  // Every offset in use within a day either side (offsets lie within ±15 hours).
  const offsets = new Set([-18, 0, 18].map((h) => wallClock(target + h * HOUR_MS, zone) - (target + h * HOUR_MS)))
  const candidates = [...offsets].map((o) => target - o)
  const exact = candidates.filter((t) => wallClock(t, zone) === target).sort((a, b) => a - b)
  if (exact.length > 0) return new Date(exact[0]!)
  // In a gap: the first instant whose wall clock is at or past the target (the clock only moves
  // forward between these two candidates, so the search is sound).
  let lo = Math.min(...candidates)
  let hi = Math.max(...candidates)
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (wallClock(mid, zone) >= target) hi = mid
    else lo = mid
  }
  return new Date(hi)
}

/** The first instant of a local day: the lower bound of "received on or after `day`". */
export function startOfDay(day: string, zone: string): Date {
  return instantAt(day, 0, zone)
}
