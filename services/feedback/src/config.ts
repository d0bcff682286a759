import { loadServiceConfig, readSettings, type ServiceConfig } from '@postcare/platform'
import Type from 'typebox'

export interface PledgeSettings {
  /** Working days to acknowledge any item. */
  readonly acknowledgeDays: number
  /** Working days for the substantive reply at each complaint stage (frontline also covers suggestions). */
  readonly replyDays: {
    readonly frontline: number
    readonly investigation: number
    readonly review_panel: number
    readonly external_dispute_resolution: number
  }
}

export interface FeedbackConfig extends ServiceConfig {
  readonly gatewayUrl: string
  /** The service's own API key for directory lookups through the gateway. */
  readonly apiKey: string | undefined
  /** Working days to acknowledge and reply (the directory's holidays and suspensions are not working days). */
  readonly pledges: PledgeSettings
  readonly currency: string
  /** Days after closure before personal data is anonymised. */
  readonly retentionDays: number
  readonly retentionSweepMinutes: number
}

export function loadConfig(env: Record<string, string | undefined> = process.env): FeedbackConfig {
  // Batches of 1,000 items with long descriptions are far larger than the 1 MiB default.
  const base = loadServiceConfig('feedback', env, { bodyLimitBytes: 12 * 1024 * 1024 })
  const own = readSettings(
    Type.Object({
      POSTCARE_GATEWAY_URL: Type.String({ pattern: '^https?://', default: 'http://127.0.0.1:8080' }),
      FEEDBACK_API_KEY: Type.Optional(Type.String({ minLength: 16 })),
      FEEDBACK_PLEDGE_ACKNOWLEDGE_DAYS: Type.Integer({ default: 2, minimum: 0, maximum: 60 }),
      FEEDBACK_PLEDGE_REPLY_DAYS: Type.Integer({ default: 10, minimum: 1, maximum: 120 }),
      FEEDBACK_PLEDGE_STAGE_TWO_DAYS: Type.Integer({ default: 20, minimum: 1, maximum: 120 }),
      FEEDBACK_PLEDGE_REVIEW_PANEL_DAYS: Type.Integer({ default: 20, minimum: 1, maximum: 120 }),
      FEEDBACK_PLEDGE_EXTERNAL_DAYS: Type.Integer({ default: 40, minimum: 1, maximum: 250 }),
      FEEDBACK_CURRENCY: Type.String({ pattern: '^[A-Z]{3}$', default: 'HKD' }),
      FEEDBACK_RETENTION_DAYS: Type.Integer({ default: 730, minimum: 0, maximum: 36500 }),
      FEEDBACK_RETENTION_SWEEP_MINUTES: Type.Integer({ default: 60, minimum: 1, maximum: 10080 })
    }),
    env
  )
  return Object.freeze({
    ...base,
    gatewayUrl: own.POSTCARE_GATEWAY_URL,
    apiKey: own.FEEDBACK_API_KEY,
    pledges: Object.freeze({
      acknowledgeDays: own.FEEDBACK_PLEDGE_ACKNOWLEDGE_DAYS,
      replyDays: Object.freeze({
        frontline: own.FEEDBACK_PLEDGE_REPLY_DAYS,
        investigation: own.FEEDBACK_PLEDGE_STAGE_TWO_DAYS,
        review_panel: own.FEEDBACK_PLEDGE_REVIEW_PANEL_DAYS,
        external_dispute_resolution: own.FEEDBACK_PLEDGE_EXTERNAL_DAYS
      })
    }),
    currency: own.FEEDBACK_CURRENCY,
    retentionDays: own.FEEDBACK_RETENTION_DAYS,
    retentionSweepMinutes: own.FEEDBACK_RETENTION_SWEEP_MINUTES
  })
}
