import { createHash, randomBytes } from 'node:crypto'
import type { ApiKey, CreateApiKey } from '@postcare/contracts'
import { decodeCursor, iso, isoOrNull, toPage, type Identity } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { GatewayErrors } from '../errors.js'
import { apiKeysRepository, type ApiKeyRow } from './api-keys.repository.js'

const PREFIX_LENGTH = 11

/** `pc_` and 32 random bytes: guessing one is hopeless, so a fast hash is enough to store it. */
export function generateSecret(): string {
  return `pc_${randomBytes(32).toString('base64url')}`
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

export function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes as ApiKey['scopes'],
    officeCode: row.officeCode,
    prefix: row.prefix,
    createdAt: iso(row.createdAt),
    revokedAt: isoOrNull(row.revokedAt)
  }
}

export function identityOfKey(row: ApiKeyRow): Identity {
  return { sub: `key:${row.id}`, name: row.name, kind: 'api_key', scopes: [...row.scopes], office: row.officeCode }
}

export interface ApiKeysServiceOptions {
  /** Told when a key is revoked, so that this process stops accepting it at once. */
  onRevoked?: (row: ApiKeyRow) => void
}

export function apiKeysService(db: Kysely<Database>, opts: ApiKeysServiceOptions = {}) {
  const repo = apiKeysRepository(db)
  const notFound = (id: string) => GatewayErrors.GATEWAY_API_KEY_NOT_FOUND(`No API key ${id}.`)
  return {
    async create(input: CreateApiKey, trx: Kysely<Database> = db): Promise<{ apiKey: ApiKey; secret: string }> {
      const secret = generateSecret()
      const row = await apiKeysRepository(trx).insert({
        name: input.name,
        keyHash: hashSecret(secret),
        prefix: secret.slice(0, PREFIX_LENGTH),
        scopes: [...input.scopes],
        officeCode: input.officeCode ?? null
      })
      return { apiKey: toApiKey(row), secret }
    },
    async registerConfigured(name: string, secret: string, scopes: readonly string[]): Promise<void> {
      await repo.upsertConfigured({ name, keyHash: hashSecret(secret), prefix: secret.slice(0, PREFIX_LENGTH), scopes: [...scopes], officeCode: null })
    },
    async list(limit: number, cursor?: string) {
      const after = decodeCursor(cursor, ['instant', 'uuid']) as [string, string] | undefined
      const rows = await repo.list(limit, after ? { createdAt: after[0], id: after[1] } : undefined)
      return toPage(rows, limit, (r) => [iso(r.createdAt), r.id], toApiKey)
    },
    async get(id: string): Promise<ApiKey> {
      const row = await repo.get(id)
      if (!row) throw notFound(id)
      return toApiKey(row)
    },
    async revoke(id: string): Promise<ApiKey> {
      const row = await repo.revoke(id)
      if (!row) {
        if (!(await repo.get(id))) throw notFound(id)
        throw GatewayErrors.GATEWAY_API_KEY_REVOKED(`API key ${id} is already revoked; nothing more can be done with it.`, { allowed: [] })
      }
      opts.onRevoked?.(row)
      return toApiKey(row)
    },
    /** The key with this secret, or undefined (unknown or revoked). */
    async findActive(secret: string): Promise<ApiKeyRow | undefined> {
      const row = await repo.findByHash(hashSecret(secret))
      return row && row.revokedAt === null ? row : undefined
    }
  }
}
export type ApiKeysService = ReturnType<typeof apiKeysService>
