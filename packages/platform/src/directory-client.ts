/**
 * How services learn about districts, offices, staff and the calendar (public holidays, service
 * suspensions): over the directory's HTTP contract, through the gateway with the service's own
 * API key, cached (reference data changes rarely; a renamed office shows within the TTL). Unknown
 * codes are cached briefly too, so a flood of bad codes does not become a flood of lookups. A
 * suspension is declared on the day (a typhoon signal), so the calendar's TTL is short, and a
 * calendar already read is served while the directory cannot be reached. Tests and benchmarks
 * pass a fake through buildApp deps.
 */
import type { District, Office, PublicHoliday, ServiceSuspension, Staff } from '@postcare/contracts'
import { fixedCalendar, type CalendarSource, type CalendarYear, type SuspensionInfo } from './calendar/working-days.js'

export interface OfficeInfo {
  code: string
  name: string
  districtCode: string
  regionClass: Office['regionClass']
  status: Office['status']
}

export interface StaffInfo {
  id: string
  name: string
  officeCode: string
  active: boolean
  /** The directory's grade (`postmaster_general`, ...), when the lookup knows it. */
  grade?: string
}

export interface DistrictInfo {
  code: string
  name: string
}

export interface DirectoryLookup extends CalendarSource {
  office(code: string): Promise<OfficeInfo | null>
  staff(id: string): Promise<StaffInfo | null>
  district(code: string): Promise<DistrictInfo | null>
  /** The active public holidays of `year` and the active suspensions with a day in it. */
  calendarYear(year: number): Promise<CalendarYear>
}

export class DirectoryUnavailableError extends Error {
  readonly code = 'DIRECTORY_UNAVAILABLE'
}

interface Entry<T> {
  value: T | null
  until: number
}

export interface HttpDirectoryOptions {
  /** The gateway's base URL, e.g. http://127.0.0.1:8080 */
  baseUrl: string
  apiKey: string
  ttlMs?: number
  negativeTtlMs?: number
  /** How long a year's holidays and suspensions are kept (default a minute). */
  calendarTtlMs?: number
  timeoutMs?: number
}

/** Pages of a calendar list read for one year at most (a year has a few dozen entries). */
const MAX_CALENDAR_PAGES = 10

export function httpDirectoryLookup(opts: HttpDirectoryOptions): DirectoryLookup {
  const ttl = opts.ttlMs ?? 5 * 60_000
  const negativeTtl = opts.negativeTtlMs ?? 30_000
  const offices = new Map<string, Entry<OfficeInfo>>()
  const staff = new Map<string, Entry<StaffInfo>>()
  const districts = new Map<string, Entry<DistrictInfo>>()
  const inflight = new Map<string, Promise<unknown>>()

  async function fetchJson<T>(path: string): Promise<T | null> {
    let res: Response
    try {
      res = await fetch(new URL(path, opts.baseUrl), {
        headers: { 'x-api-key': opts.apiKey, accept: 'application/json' },
        signal: AbortSignal.timeout(opts.timeoutMs ?? 3000)
      })
    } catch (err) {
      throw new DirectoryUnavailableError(`directory lookup failed: ${(err as Error).message}`)
    }
    if (res.status === 404) return null
    if (!res.ok) throw new DirectoryUnavailableError(`directory lookup answered ${res.status}`)
    return (await res.json()) as T
  }

  async function cached<T>(map: Map<string, Entry<T>>, key: string, load: () => Promise<T | null>): Promise<T | null> {
    const hit = map.get(key)
    if (hit && hit.until > Date.now()) return hit.value
    const flightKey = `${map === (offices as unknown) ? 'o' : map === (districts as unknown) ? 'd' : 's'}:${key}`
    const pending = inflight.get(flightKey) as Promise<T | null> | undefined
    if (pending) return pending
    const p = load()
      .then((value) => {
        if (map.size > 50_000) map.clear()
        map.set(key, { value, until: Date.now() + (value ? ttl : negativeTtl) })
        return value
      })
      .finally(() => inflight.delete(flightKey))
    inflight.set(flightKey, p)
    return p
  }

  const calendarTtl = opts.calendarTtlMs ?? 60_000
  const years = new Map<number, { value: CalendarYear; until: number }>()
  const yearsInflight = new Map<number, Promise<CalendarYear>>()

  async function listAll<T>(path: string): Promise<T[]> {
    const items: T[] = []
    let cursor: string | null = null
    for (let page = 0; page < MAX_CALENDAR_PAGES; page++) {
      const answer: { items: T[]; nextCursor: string | null } | null = await fetchJson(`${path}&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      if (!answer) throw new DirectoryUnavailableError(`directory has no ${path}`)
      items.push(...answer.items)
      cursor = answer.nextCursor
      if (!cursor) return items
    }
    throw new DirectoryUnavailableError(`${path} has more than ${MAX_CALENDAR_PAGES} pages`)
  }

  async function loadYear(year: number): Promise<CalendarYear> {
    const holidays = await listAll<PublicHoliday>(`/v1/directory/calendar/holidays?year=${year}`)
    const suspensions = await listAll<ServiceSuspension>(`/v1/directory/calendar/suspensions?year=${year}`)
    return {
      year,
      holidays: holidays.map((h) => h.date),
      suspensions: suspensions.map((x): SuspensionInfo => ({ from: x.from, to: x.to, kind: x.kind, districtCodes: x.districtCodes, officeCodes: x.officeCodes }))
    }
  }

  function calendarYear(year: number): Promise<CalendarYear> {
    const hit = years.get(year)
    if (hit && hit.until > Date.now()) return Promise.resolve(hit.value)
    const pending = yearsInflight.get(year)
    if (pending) return pending
    const p = loadYear(year)
      .then((value) => {
        if (years.size > 1000) years.clear()
        years.set(year, { value, until: Date.now() + calendarTtl })
        return value
      })
      // A stale calendar beats none: a pledge deadline a minute behind a new suspension is
      // better than refusing every intake while the directory restarts.
      .catch((err: unknown) => {
        if (hit) return hit.value
        throw err
      })
      .finally(() => yearsInflight.delete(year))
    yearsInflight.set(year, p)
    return p
  }

  return {
    calendarYear,
    office: (code) =>
      cached(offices, code, async () => {
        const o = await fetchJson<Office>(`/v1/directory/offices/${encodeURIComponent(code)}`)
        return o ? { code: o.code, name: o.name, districtCode: o.districtCode, regionClass: o.regionClass, status: o.status } : null
      }),
    staff: (id) =>
      cached(staff, id, async () => {
        const s = await fetchJson<Staff>(`/v1/directory/staff/${encodeURIComponent(id)}`)
        return s ? { id: s.id, name: s.name, officeCode: s.officeCode, active: s.active, grade: s.grade } : null
      }),
    district: (code) =>
      cached(districts, code, async () => {
        const d = await fetchJson<District>(`/v1/directory/districts/${encodeURIComponent(code)}`)
        return d ? { code: d.code, name: d.name } : null
      })
  }
}

/**
 * A fixed directory for tests and benchmarks of services that depend on it, with the calendar's
 * holidays and suspensions. Its districts are those its offices are in.
 */
export function staticDirectoryLookup(
  officeList: OfficeInfo[],
  staffList: StaffInfo[] = [],
  calendar: { holidays?: readonly string[]; suspensions?: readonly SuspensionInfo[] } = {}
): DirectoryLookup {
  const o = new Map(officeList.map((x) => [x.code, x]))
  const s = new Map(staffList.map((x) => [x.id, x]))
  const d = new Map(officeList.map((x) => [x.districtCode, { code: x.districtCode, name: x.districtCode }]))
  return {
    office: async (code) => o.get(code) ?? null,
    staff: async (id) => s.get(id) ?? null,
    district: async (code) => d.get(code) ?? null,
    calendarYear: fixedCalendar(calendar).calendarYear
  }
}
