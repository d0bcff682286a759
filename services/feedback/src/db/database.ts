import type { PlatformTables } from '@postcare/platform'
import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>

export interface CategoryTable {
  code: string
  name: string
  active: Generated<boolean>
  version: Generated<number>
  createdAt: Generated<Date>
  updatedAt: Generated<Date>
}

export interface FeedbackItemTable {
  id: Generated<string>
  reference: string
  kind: 'complaint' | 'commendation' | 'suggestion'
  status: string
  stage: string | null
  priority: string
  channel: string
  officeCode: string
  districtCode: string
  regionClass: 'urban' | 'rural' | 'coastal' | 'island_remote'
  categoryCode: string
  subject: string
  description: string
  occurredAt: NullableTimestamp
  receivedAt: Timestamp
  trackingNumbers: string[]
  staffId: string | null
  staffOfficeCode: string | null
  remedySought: string | null
  replyRequired: boolean
  customerAnonymous: boolean
  customerName: string | null
  customerEmail: string | null
  customerPhone: string | null
  customerAddress: string | null
  preferredReplyChannel: string
  language: string
  membershipNumber: string | null
  vulnerable: boolean
  personalDataErasedAt: NullableTimestamp
  team: string | null
  officerId: string | null
  acknowledgeDueOn: string
  replyDueOn: string | null
  /** The next pledge deadline while the clock runs; null when paused, answered or closed. */
  nextDueOn: string | null
  pausedAt: NullableTimestamp
  pausedWorkingDays: Generated<number>
  acknowledgedAt: NullableTimestamp
  firstRespondedAt: NullableTimestamp
  firstReplyOnTime: boolean | null
  respondedAt: NullableTimestamp
  forwardedAt: NullableTimestamp
  forwardedToOffice: string | null
  closedAt: NullableTimestamp
  acknowledgementBreached: Generated<boolean>
  replyBreached: Generated<boolean>
  outcome: string | null
  remedy: ColumnType<unknown, string | null, string | null>
  compensationMinor: Generated<number>
  rootCause: string | null
  createdBy: string
  version: Generated<number>
  createdAt: Generated<Date>
  updatedAt: Generated<Date>
}

export interface FeedbackEventTable {
  id: Generated<number>
  itemId: string
  at: Timestamp
  actor: string
  type: string
  visibility: 'internal' | 'customer'
  command: string | null
  fromStatus: string | null
  toStatus: string | null
  body: string | null
  changes: ColumnType<Record<string, unknown>, string, string>
}

export interface FeedbackStatsTable {
  level: 'd' | 'm' | 'y' | 'f'
  periodStart: string
  dimension: string
  dimValue: string
  kind: string
  received: number
  acknowledged: number
  acknowledgedOnTime: number
  answered: number
  answeredOnTime: number
  closed: number
  upheld: number
  partlyUpheld: number
  notUpheld: number
  withdrawn: number
  compensationMinor: Generated<number>
}

export interface FeedbackRootCauseStatsTable {
  level: 'd' | 'm' | 'y' | 'f'
  periodStart: string
  rootCause: string
  closed: number
}


/** The platform's tables (audit log, idempotency keys) come with `PlatformTables`; feature code never names them. */
export interface Database extends PlatformTables {
  categories: CategoryTable
  feedbackItems: FeedbackItemTable
  feedbackEvents: FeedbackEventTable
  feedbackStats: FeedbackStatsTable
  feedbackRootCauseStats: FeedbackRootCauseStatsTable
}
