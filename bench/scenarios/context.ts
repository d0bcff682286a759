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
  const admin = new pg.Pool({ connectionString: system.adminUrl, max: 4, options: '-c jit=off' })
  return {
    system,
    options,
    admin,
    log,
    async direct(service, scopes) {
      const who: Identity = { sub: 'key:bench', name: 'bench', kind: 'api_key', scopes, office: null }
      return { [IDENTITY_HEADER]: await system.signer.sign(who, service) }
    },
    viaGateway: () => ({ 'x-api-key': system.adminApiKey })
  }
}
