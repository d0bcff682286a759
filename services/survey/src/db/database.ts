import type { PlatformTables } from '@postcare/platform'
import type { ColumnType, Generated } from 'kysely'
import type { FollowUpRule, IndexWeights, LocalizedText, Question, SegmentShares } from '@postcare/contracts'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type Json<T> = ColumnType<T, string, string>

export interface SurveyTable {
  id: string
  status: Generated<'draft' | 'open' | 'paused' | 'closed'>
  definitionVersion: Generated<number>
  publishedVersion: number | null
  targetChannels: string[]
  opensOn: string | null
  closesOn: string | null
  indexWeights: Json<IndexWeights>
  segmentShares: Json<SegmentShares | null>
  followUp: Json<FollowUpRule | null>
  minSampleSize: number | null
  equityThreshold: number | null
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

export interface SurveyVersionTable {
  surveyId: string
  number: number
  title: Json<LocalizedText>
  description: Json<LocalizedText | null>
  languages: string[]
  questions: Json<Question[]>
  publishedAt: Date | null
  createdAt: Timestamp
}

export interface ResponseTable {
  id: string
  surveyId: string
  surveyVersion: number
  channel: string
  officeCode: string | null
  districtCode: string | null
  regionClass: string | null
  segment: string
  language: string
  respondedAt: Timestamp
  answers: Json<Array<{ questionId: string; value: unknown }>>
  contactConsent: boolean
  contactName: string | null
  contactPhone: string | null
  contactEmail: string | null
  invitationId: string | null
  personalDataErasedAt: Date | null
  createdAt: Timestamp
}

/** Counts of answer values c0..c10 per survey, question, day and dimensions. */
export interface RatingRollupTable {
  surveyId: string
  day: string
  questionId: string
  channel: string
  officeCode: string | null
  districtCode: string | null
  regionClass: string | null
  segment: string
  c0: number
  c1: number
  c2: number
  c3: number
  c4: number
  c5: number
  c6: number
  c7: number
  c8: number
  c9: number
  c10: number
}

/** The same counts by month (`month` is its first day), without the office. */
export interface RatingRollupMonthlyTable {
  surveyId: string
  month: string
  questionId: string
  channel: string
  districtCode: string | null
  regionClass: string | null
  segment: string
  c0: number
  c1: number
  c2: number
  c3: number
  c4: number
  c5: number
  c6: number
  c7: number
  c8: number
  c9: number
  c10: number
}

export interface FollowUpTable {
  responseId: string
  surveyId: string
  officeCode: string
  status: Generated<'pending' | 'opened' | 'failed' | 'cancelled'>
  attempts: Generated<number>
  claimedUntil: Date | null
  /** A pending follow-up is not retried by the sweep before this (null: at once). */
  nextAttemptAt: Date | null
  /** When it became failed or cancelled. */
  closedAt: Date | null
  caseId: string | null
  caseReference: string | null
  openedAt: Date | null
  lastError: string | null
  createdAt: Timestamp
}

export interface InvitationTable {
  id: string
  surveyId: string
  channel: string
  officeCode: string | null
  /** Null once erased (by request or by the retention sweep). */
  contactHash: string | null
  tokenHash: string
  /** Asked within the re-contact period: answered like any other, never sent, its token refused. */
  suppressed: Generated<boolean>
  expiresAt: Timestamp
  usedAt: Date | null
  createdAt: Timestamp
}


/** The platform's tables (audit log, idempotency keys) come with `PlatformTables`. */
export interface Database extends PlatformTables {
  surveys: SurveyTable
  surveyVersions: SurveyVersionTable
  responses: ResponseTable
  ratingRollup: RatingRollupTable
  ratingRollupMonthly: RatingRollupMonthlyTable
  followUps: FollowUpTable
  invitations: InvitationTable
}
