import { createHash, randomBytes } from 'node:crypto'
import type { ApiKey, CreateApiKey } from '@postcare/contracts'
import { audit, decodeCursor, iso, isoOrNull, toPage, type Identity } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { GatewayErrors } from '../errors.js'
import { apiKeysRepository, type ApiKeyRow } from './api-keys.repository.js'
import { canSee, checkIssue, checkRevoke } from './key-policy.js'

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
    configured: row.configured,
    createdAt: iso(row.createdAt),
    revokedAt: isoOrNull(row.revokedAt)
  }
}

export function identityOfKey(row: ApiKeyRow): Identity {
  return { sub: `key:${row.id}`, name: row.name, kind: 'api_key', scopes: [...row.scopes], office: row.officeCode }
}

/** Who asks for a change, and in which request: what the audit log records. */
export interface Actor {
  identity: Identity
  requestId: string
}

export interface ApiKeysServiceOptions {
  /** Told when a key is revoked, so that this process stops accepting it at once. */
  onRevoked?: (row: ApiKeyRow) => void
}

/** Runs `work` in the caller's transaction, or in a new one: a change and its audit entry go together. */
function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work)
}

const auditDetails = (row: ApiKeyRow) => ({ name: row.name, scopes: row.scopes, officeCode: row.officeCode })

export function apiKeysService(db: Kysely<Database>, opts: ApiKeysServiceOptions = {}) {
  const repo = apiKeysRepository(db)
  const notFound = (id: string) => GatewayErrors.GATEWAY_API_KEY_NOT_FOUND(`No API key ${id}.`)
  return {
    /** Throws unless `caller` may issue `input` (see key-policy); `create` checks it too. */
    checkIssue,
    /** Issues a key for `actor`, within what it holds (see key-policy). */
    async create(actor: Actor, input: CreateApiKey, trx: Kysely<Database> = db): Promise<{ apiKey: ApiKey; secret: string }> {
      checkIssue(actor.identity, input)
      const secret = generateSecret()
      const row = await inTransaction(trx, async (tx) => {
        const inserted = await apiKeysRepository(tx).insert({
          name: input.name,
          keyHash: hashSecret(secret),
          prefix: secret.slice(0, PREFIX_LENGTH),
          scopes: [...input.scopes],
          officeCode: input.officeCode ?? null
        })
        await audit(tx, [{ caller: actor.identity.sub, action: 'api_key.create', subjectType: 'api_key', subjectId: inserted.id, requestId: actor.requestId, details: auditDetails(inserted) }])
        return inserted
      })
      return { apiKey: toApiKey(row), secret }
    },
    /**
     * Registers the keys from configuration, marked so that the API never revokes them. A key
     * configured before and since replaced (a rotated secret) loses the mark, so that an
     * administrator can revoke it through the API like any other.
     */
    async registerConfigured(keys: ReadonlyArray<{ name: string; secret: string; scopes: readonly string[] }>): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const tx = apiKeysRepository(trx)
        for (const key of keys) {
          await tx.upsertConfigured({ name: key.name, keyHash: hashSecret(key.secret), prefix: key.secret.slice(0, PREFIX_LENGTH), scopes: [...key.scopes], officeCode: null })
        }
        await tx.unmarkConfiguredExcept(keys.map((k) => hashSecret(k.secret)))
      })
    },
    /** The keys `caller` can see, oldest first. */
    async list(caller: Identity, limit: number, cursor?: string) {
      const after = decodeCursor(cursor, ['instant', 'uuid']) as [string, string] | undefined
      const rows = await repo.list(limit, after ? { createdAt: after[0], id: after[1] } : undefined, caller.office ?? undefined)
      return toPage(rows, limit, (r) => [iso(r.createdAt), r.id], toApiKey)
    },
    async get(caller: Identity, id: string): Promise<ApiKey> {
      const row = await repo.get(id)
      if (!row || !canSee(caller, row)) throw notFound(id)
      return toApiKey(row)
    },
    async revoke(actor: Actor, id: string): Promise<ApiKey> {
      const current = await repo.get(id)
      if (!current || !canSee(actor.identity, current)) throw notFound(id)
      checkRevoke(actor.identity, current)
      const alreadyRevoked = () => GatewayErrors.GATEWAY_API_KEY_REVOKED(`API key ${id} is already revoked; nothing more can be done with it.`, { allowed: [] })
      if (current.revokedAt !== null) throw alreadyRevoked()
      // What the rules read (office, scopes, configured) never changes on a key issued through the
      // API, and the update itself leaves a configured key alone: deciding on the read is safe.
      const row = await db.transaction().execute(async (trx) => {
        const revoked = await apiKeysRepository(trx).revoke(id)
        if (!revoked) throw alreadyRevoked()
        await audit(trx, [{ caller: actor.identity.sub, action: 'api_key.revoke', subjectType: 'api_key', subjectId: id, requestId: actor.requestId, details: auditDetails(revoked) }])
        return revoked
      })
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
