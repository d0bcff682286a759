import { IDENTITY_HEADER, type Identity } from '@postcare/platform'
import pg from 'pg'
import type { System } from '../lib/system.js'

export interface BenchOptions {
  smoke: boolean
  rounds: number
  warmupMs: number
  durationMs: number
  /** Rows for the "small" and "large" reporting sizes. */
  sizes: { small: number; large: number }
}

export interface Context {
  system: System
  options: BenchOptions
  admin: pg.Pool
  log: (line: string) => void
  /** Headers of a direct call to `service`, as if the gateway had sent it (fresh token). */
  direct(service: string, scopes: string[]): Promise<Record<string, string>>
  /** Headers of a call through the gateway with the admin key. */
  viaGateway(): Record<string, string>
}

export function createContext(system: System, options: BenchOptions, log: (line: string) => void): Context {
  const admin = new pg.Pool({ connectionString: system.adminUrl, max: 4, options: '-c jit=off -c timezone=UTC' })
  // One token per caller for 20 s, as the gateway reuses its tokens: a fresh token per request
  // would make every request pay the service's signature check.
  const tokens = new Map<string, { headers: Record<string, string>; until: number }>()
  return {
    system,
    options,
    admin,
    log,
    async direct(service, scopes) {
      const key = `${service} ${scopes.join(',')}`
      const hit = tokens.get(key)
      if (hit && hit.until > Date.now()) return hit.headers
      const who: Identity = { sub: 'key:bench', name: 'bench', kind: 'api_key', scopes, office: null }
      const headers = { [IDENTITY_HEADER]: await system.signer.sign(who, service) }
      tokens.set(key, { headers, until: Date.now() + 20_000 })
      return headers
    },
    viaGateway: () => ({ 'x-api-key': system.adminApiKey })
  }
}
