/**
 * Staff tokens from the operator's identity provider, verified against its published keys.
 * Only asymmetric algorithms are accepted: `none` and HMAC (where a public key could be abused
 * as a shared secret) never reach signature checking.
 *
 * The `office` claim is required and fails closed: a post office code binds the staff member to
 * that office, and only the literal `"*"` makes them network-wide. A missing or malformed claim
 * (a provider misconfigured, a claim renamed) must never read as "every office".
 */
import { scopes as knownScopes } from '@postcare/contracts'
import { PlatformErrors, type Identity } from '@postcare/platform'
import { GatewayErrors } from '../errors.js'
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose'

export const JWT_ALGORITHMS = ['RS256', 'ES256', 'EdDSA']
const OFFICE = /^[A-Z]{3}[0-9]{3}$/
/** The `office` claim of a staff member who acts for the whole network. */
export const NETWORK_WIDE_OFFICE = '*'
const known = new Set<string>(knownScopes)

export interface JwtSettings {
  jwksUrl: string
  issuer: string
  audience: string
}

export class JwtAuthenticator {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>

  constructor(private readonly settings: JwtSettings) {
    this.jwks = createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: 2000, cooldownDuration: 30_000, cacheMaxAge: 600_000 })
  }

  /** The caller, or null when the token is not one we accept; throws when the provider is unreachable. */
  async authenticate(token: string): Promise<Identity | null> {
    let payload: JWTPayload
    try {
      ;({ payload } = await jwtVerify(token, this.jwks, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: JWT_ALGORITHMS,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: 5
      }))
    } catch (err) {
      if (err instanceof joseErrors.JOSEError && !(err instanceof joseErrors.JWKSTimeout)) return null
      // Not the caller's fault: the provider's key set could not be fetched.
      throw GatewayErrors.GATEWAY_IDENTITY_PROVIDER_UNAVAILABLE('Bearer tokens cannot be checked right now; try again shortly.')
    }
    const sub = payload.sub!
    const office = officeOf(payload)
    if (office === undefined) {
      throw PlatformErrors.UNAUTHENTICATED(`The bearer token's \`office\` claim is missing or not valid: it must be a post office code such as ISL001, or "${NETWORK_WIDE_OFFICE}" for staff who act for the whole network.`)
    }
    return {
      sub: `user:${sub}`,
      name: firstString(payload.name, payload.preferred_username) ?? sub,
      kind: 'user',
      scopes: scopesOf(payload),
      office
    }
  }
}

/** The office the token binds its holder to, null for network-wide, undefined when the claim is not valid. */
function officeOf(payload: JWTPayload): string | null | undefined {
  const claim = payload.office
  if (claim === NETWORK_WIDE_OFFICE) return null
  return typeof claim === 'string' && OFFICE.test(claim) ? claim : undefined
}

/** `scope` (space-separated, RFC 8693) or `scp` (an array, as some providers send); unknown ones are dropped. */
function scopesOf(payload: JWTPayload): string[] {
  const raw: unknown[] = typeof payload.scope === 'string' ? payload.scope.split(' ') : Array.isArray(payload.scp) ? payload.scp : typeof payload.scp === 'string' ? payload.scp.split(' ') : []
  return [...new Set(raw.filter((s): s is string => typeof s === 'string' && known.has(s)))]
}

function firstString(...values: unknown[]): string | undefined {
  return values.find((v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200)
}
