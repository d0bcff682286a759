/**
 * The settings of webhooks, shared by every service (one operator, one allow-list of the systems
 * its services may call): read with the service's other settings by loadServiceConfig.
 */
import { isIP } from 'node:net'
import Type from 'typebox'

/** One entry of WEBHOOK_ALLOWED_HOSTS: a host name (`*.` for its subdomains) or an IP address, with an optional port. */
export interface AllowedHost {
  readonly host: string
  /** `*.crm.example` allows `a.crm.example`, not `crm.example` itself. */
  readonly wildcard: boolean
  /** An IP address written out: the only way a loopback or private address may be called. */
  readonly literal: boolean
  /** null: any port. */
  readonly port: number | null
}

export interface WebhookConfig {
  readonly allowedHosts: readonly AllowedHost[]
  /** Host names may resolve to private addresses (10/8, 172.16/12, 192.168/16, fc00::/7, 100.64/10). */
  readonly allowPrivateAddresses: boolean
  readonly allowHttp: boolean
  /** Seals the signing secrets at rest; null: no subscription can be made. */
  readonly secretKey: string | null
  readonly timeoutMs: number
  readonly batchSize: number
  readonly pollMs: number
  readonly leaseSeconds: number
  readonly retryBaseSeconds: number
  readonly retryMaxSeconds: number
  readonly disableAfterFailures: number
  readonly stuckSeconds: number
}

export function webhookSettings() {
  return {
    WEBHOOK_ALLOWED_HOSTS: Type.String({
      default: '',
      maxLength: 5000,
      description: 'comma-separated hosts webhooks may be sent to: `crm.post.example`, `*.post.example`, `10.2.3.4`, `[fd00::5]:8443`; empty: no webhooks'
    }),
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: Type.Boolean({ default: false }),
    WEBHOOK_ALLOW_HTTP: Type.Boolean({ default: false }),
    WEBHOOK_SECRET_KEY: Type.Optional(Type.String({ minLength: 32, maxLength: 500, description: 'at least 32 characters; seals the subscriptions\' signing secrets' })),
    WEBHOOK_TIMEOUT_MS: Type.Integer({ default: 10_000, minimum: 100, maximum: 60_000 }),
    WEBHOOK_BATCH_SIZE: Type.Integer({ default: 100, minimum: 1, maximum: 1000 }),
    WEBHOOK_POLL_MS: Type.Integer({ default: 1000, minimum: 10, maximum: 600_000 }),
    WEBHOOK_LEASE_SECONDS: Type.Integer({ default: 120, minimum: 1, maximum: 3600 }),
    WEBHOOK_RETRY_BASE_SECONDS: Type.Number({ default: 10, minimum: 0, maximum: 86_400 }),
    WEBHOOK_RETRY_MAX_SECONDS: Type.Number({ default: 3600, minimum: 0, maximum: 604_800 }),
    WEBHOOK_DISABLE_AFTER_FAILURES: Type.Integer({ default: 20, minimum: 1, maximum: 1000 }),
    WEBHOOK_STUCK_SECONDS: Type.Integer({ default: 600, minimum: 1, maximum: 604_800 })
  }
}

const HOST_NAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/

/** An entry of WEBHOOK_ALLOWED_HOSTS, or why it is not one. */
export function parseAllowedHost(raw: string): AllowedHost | string {
  const entry = raw.trim().toLowerCase()
  // A bare IPv6 address has colons of its own: with a port it must be written [address]:port.
  if (isIP(entry) === 6) return { host: entry, wildcard: false, literal: true, port: null }
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(entry)
  if (!m) return `"${raw}" is not a host, host:port or [IPv6]:port`
  const port = m[2] === undefined ? null : Number(m[2])
  if (port !== null && (port < 1 || port > 65535)) return `"${raw}": the port must be 1 to 65535`
  const host = m[1]!.replace(/^\[(.*)\]$/, '$1')
  if (isIP(host)) return { host, wildcard: false, literal: true, port }
  if (m[1]!.startsWith('[') || !HOST_NAME.test(host)) return `"${raw}" is not a host name or IP address`
  const wildcard = host.startsWith('*.')
  return { host: wildcard ? host.slice(2) : host, wildcard, literal: false, port }
}

/** WebhookConfig from settings read with webhookSettings; problems are named into `problems`. */
export function webhookConfig(s: Record<string, any>, problems: string[]): WebhookConfig {
  const allowedHosts: AllowedHost[] = []
  for (const raw of String(s.WEBHOOK_ALLOWED_HOSTS).split(',').filter((e) => e.trim() !== '')) {
    const parsed = parseAllowedHost(raw)
    if (typeof parsed === 'string') problems.push(`WEBHOOK_ALLOWED_HOSTS: ${parsed}`)
    else allowedHosts.push(Object.freeze(parsed))
  }
  // A delivery must end well within the lease, or another dispatcher takes the subscription meanwhile.
  if (s.WEBHOOK_TIMEOUT_MS * 2 > s.WEBHOOK_LEASE_SECONDS * 1000) problems.push(`WEBHOOK_LEASE_SECONDS: must be at least twice WEBHOOK_TIMEOUT_MS (${s.WEBHOOK_TIMEOUT_MS} ms)`)
  return Object.freeze({
    allowedHosts: Object.freeze(allowedHosts),
    allowPrivateAddresses: s.WEBHOOK_ALLOW_PRIVATE_ADDRESSES,
    allowHttp: s.WEBHOOK_ALLOW_HTTP,
    secretKey: s.WEBHOOK_SECRET_KEY ?? null,
    timeoutMs: s.WEBHOOK_TIMEOUT_MS,
    batchSize: s.WEBHOOK_BATCH_SIZE,
    pollMs: s.WEBHOOK_POLL_MS,
    leaseSeconds: s.WEBHOOK_LEASE_SECONDS,
    retryBaseSeconds: s.WEBHOOK_RETRY_BASE_SECONDS,
    retryMaxSeconds: s.WEBHOOK_RETRY_MAX_SECONDS,
    disableAfterFailures: s.WEBHOOK_DISABLE_AFTER_FAILURES,
    stuckSeconds: s.WEBHOOK_STUCK_SECONDS
  })
}
