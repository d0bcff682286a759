/**
 * How services learn about offices and staff: over the directory's HTTP contract, through the
 * gateway with the service's own API key, cached (reference data changes rarely; a renamed
 * office shows within the TTL). Unknown codes are cached briefly too, so a flood of bad codes
 * does not become a flood of lookups. Tests and benchmarks pass a fake through buildApp deps.
 */
import type { Office, Staff } from '@postcare/contracts'

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
}

export interface DirectoryLookup {
  office(code: string): Promise<OfficeInfo | null>
  staff(id: string): Promise<StaffInfo | null>
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
  timeoutMs?: number
}

export function httpDirectoryLookup(opts: HttpDirectoryOptions): DirectoryLookup {
  const ttl = opts.ttlMs ?? 5 * 60_000
  const negativeTtl = opts.negativeTtlMs ?? 30_000
  const offices = new Map<string, Entry<OfficeInfo>>()
  const staff = new Map<string, Entry<StaffInfo>>()
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
    const flightKey = `${map === (offices as unknown) ? 'o' : 's'}:${key}`
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

  return {
    office: (code) =>
      cached(offices, code, async () => {
        const o = await fetchJson<Office>(`/v1/directory/offices/${encodeURIComponent(code)}`)
        return o ? { code: o.code, name: o.name, districtCode: o.districtCode, regionClass: o.regionClass, status: o.status } : null
      }),
    staff: (id) =>
      cached(staff, id, async () => {
        const s = await fetchJson<Staff>(`/v1/directory/staff/${encodeURIComponent(id)}`)
        return s ? { id: s.id, name: s.name, officeCode: s.officeCode, active: s.active } : null
      })
  }
}

/** A fixed directory for tests and benchmarks of services that depend on it. */
export function staticDirectoryLookup(officeList: OfficeInfo[], staffList: StaffInfo[] = []): DirectoryLookup {
  const o = new Map(officeList.map((x) => [x.code, x]))
  const s = new Map(staffList.map((x) => [x.id, x]))
  return { office: async (code) => o.get(code) ?? null, staff: async (id) => s.get(id) ?? null }
}
