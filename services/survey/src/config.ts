import { ConfigError, loadServiceConfig, readSettings, type ServiceConfig } from '@postcare/platform'
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
  /** First month of the financial year (4: April to March, written `2012/13`). */
  readonly financialYearStartMonth: number
  /** The time zone whose calendar days responses are counted in. */
  readonly timeZone: string
  /** How often follow-ups the feedback service did not accept are retried. */
  readonly followUpRetrySeconds: number
  /** Key of the hash under which invitation contacts are kept (only for the re-contact rule). */
  readonly contactHashKey: string
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
      SURVEY_FINANCIAL_YEAR_START_MONTH: Type.Integer({ default: 4, minimum: 1, maximum: 12 }),
      SURVEY_TIME_ZONE: Type.String({ default: 'UTC', minLength: 1 }),
      SURVEY_FOLLOW_UP_RETRY_SECONDS: Type.Integer({ default: 60, minimum: 1, maximum: 86400 }),
      SURVEY_CONTACT_HASH_KEY: Type.String({ default: 'postcare-survey-contact', minLength: 8 })
    }),
    env
  )
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: own.SURVEY_TIME_ZONE })
  } catch {
    throw new ConfigError([`SURVEY_TIME_ZONE: ${own.SURVEY_TIME_ZONE} is not an IANA time zone`])
  }
  return Object.freeze({
    ...base,
    gatewayUrl: own.POSTCARE_GATEWAY_URL,
    apiKey: own.SURVEY_API_KEY,
    minSampleSize: own.SURVEY_MIN_SAMPLE_SIZE,
    recontactDays: own.SURVEY_RECONTACT_DAYS,
    invitationValidDays: own.SURVEY_INVITATION_VALID_DAYS,
    equityThreshold: own.SURVEY_EQUITY_THRESHOLD,
    financialYearStartMonth: own.SURVEY_FINANCIAL_YEAR_START_MONTH,
    timeZone: own.SURVEY_TIME_ZONE,
    followUpRetrySeconds: own.SURVEY_FOLLOW_UP_RETRY_SECONDS,
    contactHashKey: own.SURVEY_CONTACT_HASH_KEY
  })
}
