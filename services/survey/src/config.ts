import { loadServiceConfig, readSettings, type ServiceConfig } from '@postcare/platform'
import Type from 'typebox'

export interface SurveyConfig extends ServiceConfig {
  /** The gateway, through which the survey service reaches the directory and feedback services. */
  readonly gatewayUrl: string
  /** The survey service's own API key for those calls; without it, lookups through the gateway fail. */
  readonly apiKey: string | undefined
  /** Groups with fewer responses are suppressed (a survey may set its own). */
  readonly minSampleSize: number
  /** Nobody is invited twice within this many days. */
  readonly recontactDays: number
  readonly invitationValidDays: number
  /** Offices with a satisfied share below this are flagged by the equity report (a survey may set its own). */
  readonly equityThreshold: number
  /** How often follow-ups the feedback service did not accept are retried. */
  readonly followUpRetrySeconds: number
  /** Key of the hash under which invitation contacts are kept (only for the re-contact rule). */
  readonly contactHashKey: string
  /** Contact details (and free text) of a response are erased this many days after it was given. */
  readonly contactRetentionDays: number
  /** How often the contact retention sweep runs. */
  readonly retentionSweepMinutes: number
  /** Calls to the feedback service after which a follow-up is given up. */
  readonly followUpMaxAttempts: number
  /**
   * A follow-up not opened within this many hours of the response is given up: the feedback service
   * forgets an Idempotency-Key after its IDEMPOTENCY_RETENTION_HOURS (24 by default), and a call after
   * that could open a second case. Keep it below that setting of the feedback service.
   */
  readonly followUpGiveUpHours: number
}

export function loadConfig(env: Record<string, string | undefined> = process.env): SurveyConfig {
  // Fieldwork imports carry up to 1,000 responses in one body.
  const base = loadServiceConfig('survey', env, { bodyLimitBytes: 4_194_304 })
  const own = readSettings(
    Type.Object({
      POSTCARE_GATEWAY_URL: Type.String({ default: 'http://127.0.0.1:8080', pattern: '^https?://' }),
      SURVEY_API_KEY: Type.Optional(Type.String({ minLength: 10 })),
      SURVEY_MIN_SAMPLE_SIZE: Type.Integer({ default: 30, minimum: 1, maximum: 100000 }),
      SURVEY_RECONTACT_DAYS: Type.Integer({ default: 90, minimum: 0, maximum: 3650 }),
      SURVEY_INVITATION_VALID_DAYS: Type.Integer({ default: 30, minimum: 1, maximum: 365 }),
      SURVEY_EQUITY_THRESHOLD: Type.Number({ default: 0.9, minimum: 0, maximum: 1 }),
      SURVEY_FOLLOW_UP_RETRY_SECONDS: Type.Integer({ default: 60, minimum: 1, maximum: 86400 }),
      // No default: a key known from the source would let anyone test phone numbers (eight digits
      // in Hong Kong) against the stored hashes and so re-identify invited respondents.
      SURVEY_CONTACT_HASH_KEY: Type.String({ minLength: 16 }),
      SURVEY_CONTACT_RETENTION_DAYS: Type.Integer({ default: 365, minimum: 1, maximum: 36500 }),
      SURVEY_RETENTION_SWEEP_MINUTES: Type.Integer({ default: 60, minimum: 1, maximum: 10080 }),
      // 24 attempts at a back-off of 1 minute doubling to 1 hour span about 19 hours, so a feedback
      // outage is retried until just before SURVEY_FOLLOW_UP_GIVE_UP_HOURS (20) gives up.
      SURVEY_FOLLOW_UP_MAX_ATTEMPTS: Type.Integer({ default: 24, minimum: 1, maximum: 100 }),
      SURVEY_FOLLOW_UP_GIVE_UP_HOURS: Type.Integer({ default: 20, minimum: 1, maximum: 720 })
    }),
    env
  )
  return Object.freeze({
    ...base,
    gatewayUrl: own.POSTCARE_GATEWAY_URL,
    apiKey: own.SURVEY_API_KEY,
    minSampleSize: own.SURVEY_MIN_SAMPLE_SIZE,
    recontactDays: own.SURVEY_RECONTACT_DAYS,
    invitationValidDays: own.SURVEY_INVITATION_VALID_DAYS,
    equityThreshold: own.SURVEY_EQUITY_THRESHOLD,
    followUpRetrySeconds: own.SURVEY_FOLLOW_UP_RETRY_SECONDS,
    contactHashKey: own.SURVEY_CONTACT_HASH_KEY,
    contactRetentionDays: own.SURVEY_CONTACT_RETENTION_DAYS,
    retentionSweepMinutes: own.SURVEY_RETENTION_SWEEP_MINUTES,
    followUpMaxAttempts: own.SURVEY_FOLLOW_UP_MAX_ATTEMPTS,
    followUpGiveUpHours: own.SURVEY_FOLLOW_UP_GIVE_UP_HOURS
  })
}
