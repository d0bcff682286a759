/**
 * API keys are looked up by the hash of the secret and remembered for a short while (found or
 * not), so a busy terminal costs one query per cache period rather than one per request. A key
 * revoked through this process is forgotten at once; other replicas notice within the period.
 */
import type { Identity } from '@postcare/platform'
import type { ApiKeysService } from '../api-keys/api-keys.service.js'
import { hashSecret, identityOfKey } from '../api-keys/api-keys.service.js'

const MAX_ENTRIES = 50_000

interface Entry {
  identity: Identity | null
  keyId: string | null
  expiresAt: number
}

export class ApiKeyAuthenticator {
  private readonly cache = new Map<string, Entry>()

  constructor(private readonly apiKeys: ApiKeysService, private readonly ttlMs: number) {}

  async authenticate(secret: string): Promise<Identity | null> {
    const cacheKey = hashSecret(secret)
    const now = Date.now()
    const hit = this.cache.get(cacheKey)
    if (hit && hit.expiresAt > now) return hit.identity
    const row = await this.apiKeys.findActive(secret)
    const entry: Entry = { identity: row ? identityOfKey(row) : null, keyId: row?.id ?? null, expiresAt: now + this.ttlMs }
    // A flood of made-up keys must not grow memory without bound; starting over costs only queries.
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear()
    this.cache.set(cacheKey, entry)
    return entry.identity
  }

  forget(keyId: string): void {
    for (const [hash, entry] of this.cache) if (entry.keyId === keyId) this.cache.delete(hash)
  }
}
