/**
 * The gateway's settings: the ones every process has (processSettings: listener, database,
 * logging, body limit, metrics), and its own. It is not a "service" in the platform's sense (it
 * signs identities instead of verifying them, and talks to every upstream).
 */
import { ConfigError, processConfig, processSettings, readSettings, serviceNames, servicePorts, type ProcessConfig, type ServiceName } from '@postcare/platform'
import Type from 'typebox'

const HttpUrl = Type.String({ pattern: '^https?://[^\\s]+$', description: 'an http(s):// URL' })

export interface GatewayConfig extends ProcessConfig {
  readonly service: 'gateway'
  /** Ed25519 private key (JWK JSON) that signs the identity token services verify. */
  readonly identityPrivateKey: string
  /** Base URL of each service, without a trailing slash; paths are appended unchanged. */
  readonly upstreams: Readonly<Record<ServiceName, string>>
  readonly upstreamTimeoutMs: number
  /** Registered at start-up as a key with every scope, when set. */
  readonly adminApiKey: string | null
  /** Each service's own key (service name → secret) for its calls through the gateway, registered at start-up. */
  readonly serviceKeys: Readonly<Record<string, string>>
  /** Staff bearer tokens are accepted only when the identity provider's JWKS is configured. */
  readonly jwt: { readonly jwksUrl: string; readonly issuer: string; readonly audience: string } | null
  readonly rateLimit: { readonly max: number; readonly windowMs: number }
  /** Requests per window each address may make to the public routes (the liaison public record). */
  readonly publicRateLimitMax: number
  /** Browser origins allowed by CORS; empty turns CORS off. */
  readonly corsOrigins: readonly string[]
  /** How long a looked-up API key (or its absence) is trusted before the database is asked again. */
  readonly apiKeyCacheMs: number
}

const upstreamVar = (s: ServiceName) => `GATEWAY_UPSTREAM_${s.toUpperCase()}`

const schema = Type.Object({
  ...processSettings('GATEWAY', { port: servicePorts.gateway, bodyLimitBytes: 8 * 1024 * 1024 }),
  POSTCARE_IDENTITY_PRIVATE_KEY: Type.String({ minLength: 20, description: 'the gateway\'s Ed25519 private key as JWK JSON' }),
  ...Object.fromEntries(serviceNames.map((s) => [upstreamVar(s), Type.String({ ...HttpUrl, default: `http://127.0.0.1:${servicePorts[s]}` })])),
  GATEWAY_UPSTREAM_TIMEOUT_MS: Type.Integer({ default: 30000, minimum: 100 }),
  POSTCARE_ADMIN_API_KEY: Type.Optional(Type.String({ minLength: 32, maxLength: 100, pattern: '^[\\x21-\\x7e]+$', description: 'at least 32 visible ASCII characters' })),
  GATEWAY_SERVICE_KEYS: Type.Optional(Type.String({ minLength: 2, description: 'JSON object: service name to that service\'s API key' })),
  GATEWAY_JWKS_URL: Type.Optional(HttpUrl),
  GATEWAY_JWT_ISSUER: Type.Optional(Type.String({ minLength: 1 })),
  GATEWAY_JWT_AUDIENCE: Type.Optional(Type.String({ minLength: 1 })),
  GATEWAY_RATE_LIMIT_MAX: Type.Integer({ default: 6000, minimum: 1 }),
  GATEWAY_RATE_LIMIT_WINDOW_MS: Type.Integer({ default: 60000, minimum: 1000 }),
  GATEWAY_PUBLIC_RATE_LIMIT_MAX: Type.Integer({ default: 300, minimum: 1 }),
  GATEWAY_CORS_ORIGINS: Type.Optional(Type.String({ minLength: 1, description: 'comma-separated origins, e.g. https://a.example,https://b.example' })),
  GATEWAY_API_KEY_CACHE_MS: Type.Integer({ default: 30000, minimum: 0, maximum: 300000 }),
})

export function loadConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const s = readSettings(schema, env) as Record<string, any>
  const problems: string[] = []
  const base = processConfig('gateway', 'GATEWAY', s, problems)
  try {
    const jwk = JSON.parse(s.POSTCARE_IDENTITY_PRIVATE_KEY) as { kty?: string; crv?: string; d?: string }
    if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.d) throw new Error('not an Ed25519 private key')
  } catch {
    problems.push('POSTCARE_IDENTITY_PRIVATE_KEY: must be an Ed25519 private key as JWK JSON')
  }
  // An identity provider's tokens are only safe to accept when they are pinned to our issuer and
  // audience; a JWKS URL alone would accept tokens minted for any of the provider's clients.
  let jwt: GatewayConfig['jwt'] = null
  if (s.GATEWAY_JWKS_URL) {
    if (!s.GATEWAY_JWT_ISSUER) problems.push('GATEWAY_JWT_ISSUER: must be set when GATEWAY_JWKS_URL is')
    if (!s.GATEWAY_JWT_AUDIENCE) problems.push('GATEWAY_JWT_AUDIENCE: must be set when GATEWAY_JWKS_URL is')
    jwt = Object.freeze({ jwksUrl: s.GATEWAY_JWKS_URL, issuer: s.GATEWAY_JWT_ISSUER, audience: s.GATEWAY_JWT_AUDIENCE })
  }
  const serviceKeys: Record<string, string> = {}
  if (s.GATEWAY_SERVICE_KEYS) {
    try {
      const parsed = JSON.parse(s.GATEWAY_SERVICE_KEYS) as unknown
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object')
      for (const [name, secret] of Object.entries(parsed)) {
        if (!(serviceNames as readonly string[]).includes(name)) problems.push(`GATEWAY_SERVICE_KEYS: ${name} is not a service`)
        else if (typeof secret !== 'string' || !/^[\x21-\x7e]{32,100}$/.test(secret)) problems.push(`GATEWAY_SERVICE_KEYS: the key of ${name} must be 32 to 100 visible ASCII characters`)
        else serviceKeys[name] = secret
      }
    } catch {
      problems.push('GATEWAY_SERVICE_KEYS: must be a JSON object such as {"feedback":"<key>"}')
    }
  }
  const corsOrigins = s.GATEWAY_CORS_ORIGINS ? String(s.GATEWAY_CORS_ORIGINS).split(',').map((o) => o.trim()).filter(Boolean) : []
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) problems.push(`GATEWAY_CORS_ORIGINS: ${origin} is not an origin such as https://app.example`)
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return Object.freeze({
    ...base,
    service: 'gateway' as const,
    identityPrivateKey: s.POSTCARE_IDENTITY_PRIVATE_KEY,
    upstreams: Object.freeze(Object.fromEntries(serviceNames.map((n) => [n, String(s[upstreamVar(n)]).replace(/\/+$/, '')])) as Record<ServiceName, string>),
    upstreamTimeoutMs: s.GATEWAY_UPSTREAM_TIMEOUT_MS,
    adminApiKey: s.POSTCARE_ADMIN_API_KEY ?? null,
    serviceKeys: Object.freeze(serviceKeys),
    jwt,
    rateLimit: Object.freeze({ max: s.GATEWAY_RATE_LIMIT_MAX, windowMs: s.GATEWAY_RATE_LIMIT_WINDOW_MS }),
    publicRateLimitMax: s.GATEWAY_PUBLIC_RATE_LIMIT_MAX,
    corsOrigins: Object.freeze(corsOrigins),
    apiKeyCacheMs: s.GATEWAY_API_KEY_CACHE_MS
  })
}
