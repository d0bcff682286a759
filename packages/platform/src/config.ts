/**
 * Settings are read once, before Fastify exists, validated against a TypeBox schema keyed by the
 * environment variable names, and frozen. A missing or bad setting stops the process with a
 * message that names it.
 */
import Type, { type Static, type TObject } from 'typebox'
import { Value } from 'typebox/value'
import { calendarOf, calendarSettingsSchema, type CalendarSettings } from './calendar/settings.js'
import type { MetricsListener } from './metrics.js'
import { messagingConfig, messagingSettings, type MessagingConfig } from './messaging/settings.js'
import { webhookConfig, webhookSettings, type WebhookConfig } from './events/settings.js'

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

type Env = Record<string, string | undefined>

/** Validates `env` against `schema` (property names are variable names) and returns typed values. */
export function readSettings<T extends TObject>(schema: T, env: Env): Static<T> {
  const picked: Record<string, unknown> = {}
  for (const name of Object.keys(schema.properties)) {
    const raw = env[name]
    if (raw !== undefined && raw !== '') picked[name] = raw
  }
  const withDefaults = Value.Default(schema, picked)
  const converted = Value.Convert(schema, withDefaults)
  if (Value.Check(schema, converted)) return converted as Static<T>
  const problems = [...Value.Errors(schema, converted)].map((e) => {
    const name = e.instancePath.replace(/^\//, '') || (e.params as { requiredProperties?: string[] }).requiredProperties?.join(', ') || '(root)'
    return `${name}: ${e.message}`
  })
  throw new ConfigError([...new Set(problems)])
}

export const servicePorts = {
  gateway: 8080,
  directory: 3101,
  feedback: 3102,
  survey: 3103,
  membership: 3104,
  liaison: 3105
} as const
export type ServiceName = Exclude<keyof typeof servicePorts, 'gateway'>
export const serviceNames = ['directory', 'feedback', 'survey', 'membership', 'liaison'] as const satisfies readonly ServiceName[]

/** `<P>_METRICS_PORT` and `METRICS_HOST`: the metrics listener of a process whose settings use prefix `P`. */
export function metricsSettings(P: string) {
  return {
    [`${P}_METRICS_PORT`]: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535, description: 'port of the Prometheus metrics listener (none when unset)' })),
    METRICS_HOST: Type.String({ default: '127.0.0.1', minLength: 1 })
  }
}

export function metricsListener(settings: Record<string, unknown>, P: string): MetricsListener | null {
  const port = settings[`${P}_METRICS_PORT`]
  return typeof port === 'number' ? Object.freeze({ host: String(settings.METRICS_HOST), port }) : null
}

const PostgresUrl = Type.String({ pattern: '^postgres(ql)?://', description: 'a postgres:// connection URL' })

/** What every process shares, each service and the gateway alike. */
export interface ProcessConfig {
  readonly service: string
  readonly host: string
  readonly port: number
  readonly logLevel: string
  readonly databaseUrl: string
  readonly db: {
    readonly poolMax: number
    readonly connectionTimeoutMs: number
    readonly statementTimeoutMs: number
    readonly idleTimeoutMs: number
  }
  readonly bodyLimitBytes: number
  readonly idempotencyRetentionHours: number
  /** Where Prometheus scrapes this process (a listener apart from the API), or null for none. */
  readonly metrics: MetricsListener | null
}

/** What every service shares; a service adds its own settings beside these. */
export interface ServiceConfig extends ProcessConfig {
  /** Ed25519 public key (JWK JSON) of the gateway, for the identity token. */
  readonly identityPublicKey: string
  readonly maxEventLoopDelayMs: number
  /** The operator's time zone, financial year and business hours (POSTCARE_TIME_ZONE, ...). */
  readonly calendar: CalendarSettings
  /** Messages to people: the mail relay, the print-room spool, the dispatcher's pace. */
  readonly messaging: MessagingConfig
  /** Webhooks: the hosts they may be sent to, the key sealing their secrets, the dispatcher's pace. */
  readonly webhooks: WebhookConfig
}

/**
 * The settings of ProcessConfig, named with the process's prefix `P` where they are per process
 * (`FEEDBACK_PORT`, `GATEWAY_DATABASE_URL`) and shared otherwise (`LOG_LEVEL`, `DB_POOL_MAX`).
 */
export function processSettings(P: string, defaults: { port: number; bodyLimitBytes?: number }) {
  return {
    [`${P}_HOST`]: Type.String({ default: '127.0.0.1', minLength: 1 }),
    [`${P}_PORT`]: Type.Integer({ default: defaults.port, minimum: 0, maximum: 65535 }),
    [`${P}_DATABASE_URL`]: Type.Optional(PostgresUrl),
    DATABASE_URL: Type.Optional(PostgresUrl),
    LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
    DB_POOL_MAX: Type.Integer({ default: 10, minimum: 1, maximum: 200 }),
    DB_CONNECTION_TIMEOUT_MS: Type.Integer({ default: 3000, minimum: 100 }),
    DB_STATEMENT_TIMEOUT_MS: Type.Integer({ default: 5000, minimum: 100 }),
    DB_IDLE_TIMEOUT_MS: Type.Integer({ default: 30000, minimum: 1000 }),
    [`${P}_BODY_LIMIT_BYTES`]: Type.Integer({ default: defaults.bodyLimitBytes ?? 1_048_576, minimum: 1024 }),
    IDEMPOTENCY_RETENTION_HOURS: Type.Integer({ default: 24, minimum: 1, maximum: 24 * 90 }),
    ...metricsSettings(P)
  }
}

/** ProcessConfig from settings read with processSettings; a missing database URL is a problem named. */
export function processConfig(service: string, P: string, s: Record<string, any>, problems: string[]): ProcessConfig {
  const databaseUrl = s[`${P}_DATABASE_URL`] ?? s.DATABASE_URL
  if (!databaseUrl) problems.push(`${P}_DATABASE_URL or DATABASE_URL: must be set to a postgres:// URL`)
  return {
    service,
    host: s[`${P}_HOST`],
    port: s[`${P}_PORT`],
    logLevel: s.LOG_LEVEL,
    databaseUrl,
    db: Object.freeze({
      poolMax: s.DB_POOL_MAX,
      connectionTimeoutMs: s.DB_CONNECTION_TIMEOUT_MS,
      statementTimeoutMs: s.DB_STATEMENT_TIMEOUT_MS,
      idleTimeoutMs: s.DB_IDLE_TIMEOUT_MS
    }),
    bodyLimitBytes: s[`${P}_BODY_LIMIT_BYTES`],
    idempotencyRetentionHours: s.IDEMPOTENCY_RETENTION_HOURS,
    metrics: metricsListener(s, P)
  }
}

/** Reads the settings shared by every service, with `<SERVICE>_` prefixed names where they are per service. */
export function loadServiceConfig(service: ServiceName, env: Env = process.env, defaults: { bodyLimitBytes?: number } = {}): ServiceConfig {
  const P = service.toUpperCase()
  const schema = Type.Object({
    ...processSettings(P, { port: servicePorts[service], bodyLimitBytes: defaults.bodyLimitBytes }),
    POSTCARE_IDENTITY_PUBLIC_KEY: Type.String({ minLength: 20, description: 'the gateway\'s Ed25519 public key as JWK JSON' }),
    MAX_EVENT_LOOP_DELAY_MS: Type.Integer({ default: 1000, minimum: 10 }),
    ...messagingSettings(),
    ...webhookSettings()
  })
  // Both read before either complains, so every bad setting is named at once.
  const problems: string[] = []
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read()
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err
      problems.push(...err.problems)
      return undefined
    }
  }
  const s = attempt(() => readSettings(schema, env)) as Record<string, any> | undefined
  const calendar = attempt(() => loadCalendarSettings(env))
  if (!s || !calendar) throw new ConfigError(problems)
  const base = processConfig(service, P, s, problems)
  const messaging = messagingConfig(s, problems)
  const webhooks = webhookConfig(s, problems)
  try {
    JSON.parse(s.POSTCARE_IDENTITY_PUBLIC_KEY)
  } catch {
    problems.push('POSTCARE_IDENTITY_PUBLIC_KEY: must be a JWK in JSON')
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return Object.freeze({
    ...base,
    identityPublicKey: s.POSTCARE_IDENTITY_PUBLIC_KEY,
    maxEventLoopDelayMs: s.MAX_EVENT_LOOP_DELAY_MS,
    calendar,
    messaging,
    webhooks
  })
}

/** The calendar settings alone, for commands that work on a service's data without running it (the rollup rebuild). */
export function loadCalendarSettings(env: Env = process.env): CalendarSettings {
  // The zone is optional to the schema only so that its absence gets a message saying what to set.
  const s = readSettings(Type.Object({ ...calendarSettingsSchema, POSTCARE_TIME_ZONE: Type.Optional(calendarSettingsSchema.POSTCARE_TIME_ZONE) }), env)
  const calendar = calendarOf(s)
  if (Array.isArray(calendar)) throw new ConfigError(calendar)
  return calendar
}
