import { loadServiceConfig, readSettings, type ServiceConfig } from '@postcare/platform'
import Type from 'typebox'

export interface LiaisonConfig extends ServiceConfig {
  /** The read-only role of the public record (views only); its own pool serves the public routes. */
  readonly publicDatabaseUrl: string
  readonly publicPoolMax: number
  /** How long a cache may keep a public answer (Cache-Control: public, max-age). */
  readonly publicMaxAgeSeconds: number
  /** The gateway, through which the directory and feedback's live categories are read. */
  readonly gatewayUrl: string
  /** The liaison service's own API key for those calls (scopes directory:read, feedback:read). */
  readonly apiKey: string | undefined
  /** How long feedback's category list is trusted before it is read again. */
  readonly categoryCacheSeconds: number
  /** Members are reminded this many hours before a meeting whose notice was circulated. */
  readonly meetingReminderHours: number
  /** An overdue action's owner is reminded again after this many days while it stays overdue. */
  readonly actionReminderDays: number
  /** How often the sweep runs: overdue-action reminders, then retention. */
  readonly sweepMinutes: number
  /** A representative's personal data is erased this many days after the term ended. */
  readonly retentionDays: number
  /** Loads the demo groups into an empty liaison schema on start. */
  readonly seedDemo: boolean
}

export function loadConfig(env: Record<string, string | undefined> = process.env): LiaisonConfig {
  const base = loadServiceConfig('liaison', env)
  const own = readSettings(
    Type.Object({
      LIAISON_PUBLIC_DATABASE_URL: Type.String({ pattern: '^postgres(ql)?://', description: 'a postgres:// URL of the role postcare_liaison_public' }),
      LIAISON_PUBLIC_POOL_MAX: Type.Integer({ default: 5, minimum: 1, maximum: 100 }),
      LIAISON_PUBLIC_MAX_AGE_SECONDS: Type.Integer({ default: 60, minimum: 0, maximum: 86400 }),
      POSTCARE_GATEWAY_URL: Type.String({ pattern: '^https?://', default: 'http://127.0.0.1:8080' }),
      LIAISON_API_KEY: Type.Optional(Type.String({ minLength: 16 })),
      LIAISON_CATEGORY_CACHE_SECONDS: Type.Integer({ default: 60, minimum: 0, maximum: 86400 }),
      LIAISON_MEETING_REMINDER_HOURS: Type.Integer({ default: 48, minimum: 1, maximum: 720 }),
      LIAISON_ACTION_REMINDER_DAYS: Type.Integer({ default: 7, minimum: 1, maximum: 90 }),
      LIAISON_SWEEP_MINUTES: Type.Integer({ default: 60, minimum: 1, maximum: 10080 }),
      LIAISON_RETENTION_DAYS: Type.Integer({ default: 2190, minimum: 0, maximum: 36500 }),
      LIAISON_SEED_DEMO: Type.Boolean({ default: false })
    }),
    env
  )
  return Object.freeze({
    ...base,
    publicDatabaseUrl: own.LIAISON_PUBLIC_DATABASE_URL,
    publicPoolMax: own.LIAISON_PUBLIC_POOL_MAX,
    publicMaxAgeSeconds: own.LIAISON_PUBLIC_MAX_AGE_SECONDS,
    gatewayUrl: own.POSTCARE_GATEWAY_URL,
    apiKey: own.LIAISON_API_KEY,
    categoryCacheSeconds: own.LIAISON_CATEGORY_CACHE_SECONDS,
    meetingReminderHours: own.LIAISON_MEETING_REMINDER_HOURS,
    actionReminderDays: own.LIAISON_ACTION_REMINDER_DAYS,
    sweepMinutes: own.LIAISON_SWEEP_MINUTES,
    retentionDays: own.LIAISON_RETENTION_DAYS,
    seedDemo: own.LIAISON_SEED_DEMO
  })
}
