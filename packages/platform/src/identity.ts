/**
 * The gateway authenticates callers and forwards who they are as a short-lived Ed25519-signed
 * JWT in `x-postcare-identity`, with the target service as audience. Services verify it on every
 * non-public route and enforce the route's scope themselves, so a direct call without the
 * gateway's token is 401 and a token minted for one service is useless at another.
 * Ed25519 rather than a shared secret: a service can verify but never mint.
 */
import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { importJWK, jwtVerify, SignJWT, generateKeyPair, exportJWK, type JWK, type CryptoKey } from 'jose'
import { PlatformErrors } from './errors.js'
import { checkNetworkRoute } from './office-binding.js'

export const IDENTITY_HEADER = 'x-postcare-identity'
export const IDENTITY_ISSUER = 'postcare-gateway'
export const IDENTITY_MAX_TTL_SECONDS = 60
export const OFFICE_CODE = /^[A-Z]{3}[0-9]{3}$/

export interface Identity {
  /** Stable caller id: `key:<uuid>` for API keys, `user:<sub>` for staff tokens. */
  sub: string
  name: string
  kind: 'api_key' | 'user'
  scopes: string[]
  /** Set for a counter terminal: the only office it may act for. */
  office: string | null
}

export function audienceFor(service: string): string {
  return `postcare:${service}`
}

export async function generateIdentityKeys(): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })
  return { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) }
}

export class IdentitySigner {
  private constructor(private readonly key: CryptoKey | Uint8Array) {}

  static async fromJwk(jwk: JWK | string): Promise<IdentitySigner> {
    const parsed = typeof jwk === 'string' ? (JSON.parse(jwk) as JWK) : jwk
    return new IdentitySigner(await importJWK(parsed, 'EdDSA'))
  }

  sign(identity: Identity, service: string, ttlSeconds = IDENTITY_MAX_TTL_SECONDS): Promise<string> {
    return new SignJWT({ name: identity.name, kind: identity.kind, scp: identity.scopes, office: identity.office })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
      .setSubject(identity.sub)
      .setIssuer(IDENTITY_ISSUER)
      .setAudience(audienceFor(service))
      .setIssuedAt()
      .setExpirationTime(`${Math.min(ttlSeconds, IDENTITY_MAX_TTL_SECONDS)}s`)
      .sign(this.key)
  }
}

/** Verifies identity tokens, remembering good ones until they expire (verification is the costly part). */
export class IdentityVerifier {
  private readonly cache = new Map<string, { identity: Identity; expMs: number }>()
  private constructor(private readonly key: CryptoKey | Uint8Array, private readonly audience: string) {}

  static async create(publicJwk: JWK | string, service: string): Promise<IdentityVerifier> {
    const parsed = typeof publicJwk === 'string' ? (JSON.parse(publicJwk) as JWK) : publicJwk
    return new IdentityVerifier(await importJWK(parsed, 'EdDSA'), audienceFor(service))
  }

  async verify(token: string): Promise<Identity | null> {
    const now = Date.now()
    const cacheKey = createHash('sha256').update(token).digest('base64url')
    const hit = this.cache.get(cacheKey)
    if (hit && hit.expMs > now) return hit.identity
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: IDENTITY_ISSUER,
        audience: this.audience,
        algorithms: ['EdDSA'],
        maxTokenAge: `${IDENTITY_MAX_TTL_SECONDS + 5}s`,
        requiredClaims: ['sub', 'exp', 'iat']
      })
      const scp = payload.scp
      if (!payload.sub || !Array.isArray(scp) || !scp.every((s) => typeof s === 'string')) return null
      // Fail closed: an office claim that is neither null nor an office code is not network-wide.
      if (payload.office !== null && !(typeof payload.office === 'string' && OFFICE_CODE.test(payload.office))) return null
      const identity: Identity = {
        sub: payload.sub,
        name: typeof payload.name === 'string' ? payload.name : payload.sub,
        kind: payload.kind === 'user' ? 'user' : 'api_key',
        scopes: scp as string[],
        office: payload.office
      }
      if (this.cache.size > 10_000) this.cache.clear()
      this.cache.set(cacheKey, { identity, expMs: (payload.exp ?? 0) * 1000 })
      return identity
    } catch {
      return null
    }
  }
}

export function hasScope(identity: Identity, scope: string): boolean {
  return identity.scopes.includes(scope)
}

/**
 * Every route must say who may call it: `config.scope` (checked here) or `config.public`.
 * A route that says neither stops the service at start-up, so the policy table is complete.
 */
export function registerIdentity(app: FastifyInstance, verifier: IdentityVerifier): void {
  app.decorateRequest('identity', null as unknown as Identity)
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { scope?: string; public?: boolean }
    if (!config.public && !config.scope) {
      throw new Error(`Route ${route.method} ${route.url} declares neither config.scope nor config.public`)
    }
  })
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (request.is404) return
    const config = request.routeOptions.config as { scope?: string; public?: boolean }
    if (config.public) return
    const token = request.headers[IDENTITY_HEADER]
    if (typeof token !== 'string' || token.length === 0) {
      throw PlatformErrors.UNAUTHENTICATED('Call this service through the gateway with a valid API key or bearer token.')
    }
    const identity = await verifier.verify(token)
    if (!identity) throw PlatformErrors.UNAUTHENTICATED('The identity token is invalid or expired.')
    request.identity = identity
    if (config.scope && !hasScope(identity, config.scope)) {
      throw PlatformErrors.FORBIDDEN(`This operation needs the scope \`${config.scope}\`.`)
    }
    checkNetworkRoute(request, identity)
  })
}
