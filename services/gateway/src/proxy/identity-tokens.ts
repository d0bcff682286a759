/**
 * The signed identity a service receives. Signing is the costly step of a proxied request, so a
 * token is reused for half of its 60-second life: a service never sees one with less than 30 s
 * left, even after a slow hop. The cache key covers everything the token says, so a key whose
 * scopes change gets a new token as soon as the key cache notices.
 */
import { IDENTITY_MAX_TTL_SECONDS, type Identity, type IdentitySigner } from '@postcare/platform'

const REUSE_MS = (IDENTITY_MAX_TTL_SECONDS * 1000) / 2
const MAX_ENTRIES = 20_000

export class IdentityTokens {
  private readonly cache = new Map<string, { token: Promise<string>; expiresAt: number }>()

  constructor(private readonly signer: IdentitySigner) {}

  for(identity: Identity, service: string): Promise<string> {
    const key = JSON.stringify([service, identity.sub, identity.name, identity.kind, identity.scopes, identity.office])
    const now = Date.now()
    const hit = this.cache.get(key)
    if (hit && hit.expiresAt > now) return hit.token
    const token = this.signer.sign(identity, service)
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear()
    this.cache.set(key, { token, expiresAt: now + REUSE_MS })
    token.catch(() => this.cache.delete(key))
    return token
  }
}
