import type { PlatformTables } from '@postcare/platform'
import type { ColumnType, Generated } from 'kysely'

/** Kysely table interfaces of the liaison schema (rows, never API shapes). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
type Json<T> = ColumnType<T, string, string>
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>

export interface ServiceInfoTable {
  key: string
  value: string
  updatedAt: Timestamp
}

export interface SeatRow {
  constituency: string
  count: number
}

export interface QuorumRuleRow {
  basis: 'count' | 'fraction'
  count?: number
  numerator?: number
  denominator?: number
  officialsCount: boolean
  minimumPerConstituency: SeatRow[]
}

export interface GroupTable {
  id: Generated<string>
  type: string
  nameEn: string
  nameZh: string
  districtCodes: string[]
  termsEn: string
  termsZh: string
  termsReviewOn: string
  seats: Json<SeatRow[]>
  quorum: Json<QuorumRuleRow>
  meetingsPerYear: number
  minutesConfirmation: 'next_meeting' | 'circulation'
  objectionWindowDays: number
  agendaCutoffDays: number
  version: Generated<number>
  createdAt: Generated<Date>
  updatedAt: Generated<Date>
}

export interface RepresentativeTable {
  id: Generated<string>
  groupId: string
  constituency: string
  position: string
  staffId: string | null
  name: string
  organisation: string | null
  email: string | null
  phone: string | null
  language: string
  termStart: string
  termEnd: string
  consentToPublishName: boolean
  erasedAt: NullableTimestamp
  version: Generated<number>
  createdAt: Generated<Date>
  updatedAt: Generated<Date>
}

export interface MeetingTable {
  id: Generated<string>
  groupId: string
  titleEn: string
  titleZh: string
  startAt: Timestamp
  endAt: Timestamp
  venue: string | null
  onlineLink: string | null
  chairStaffId: string
  chairName: string
  status: Generated<string>
  reason: string | null
  contributionsCloseAt: Timestamp
  quorumRule: NullableJson<QuorumRuleRow>
  agendaPublishedAt: NullableTimestamp
  noticeCirculatedAt: NullableTimestamp
  heldAt: NullableTimestamp
  minutesPublishedAt: NullableTimestamp
  version: Generated<number>
  createdAt: Generated<Date>
  updatedAt: Generated<Date>
}

export interface AgendaItemTable {
  id: Generated<string>
  meetingId: string
  position: number
  titleEn: string
  titleZh: string
  category: string
  visibility: string
  presenterRepresentativeId: string | null
  presenterStaffId: string | null
  presenterName: string | null
  version: Generated<number>
  createdAt: Generated<Date>
  updatedAt: Generated<Date>
}

export interface DeclarationTable {
  id: Generated<string>
  agendaItemId: string
  representativeId: string
  interest: string
  createdAt: Generated<Date>
}

export interface ContributionTable {
  id: Generated<string>
  meetingId: string
  representativeId: string
  titleEn: string
  titleZh: string
  category: string
  summary: string
  status: Generated<string>
  agendaItemId: string | null
  decisionNote: string | null
  version: Generated<number>
  createdAt: Generated<Date>
  updatedAt: Generated<Date>
}

export interface BlobTable {
  key: string
  sizeBytes: number
  sha256: string
  createdAt: Generated<Date>
}

export interface BlobChunkTable {
  key: string
  seq: number
  data: Buffer
}

export interface PaperTable {
  id: Generated<string>
  agendaItemId: string
  titleEn: string
  titleZh: string
  status: Generated<string>
  mediaType: string | null
  sizeBytes: number | null
  sha256: string | null
  blobKey: string | null
  uploadedAt: NullableTimestamp
  version: Generated<number>
  createdAt: Generated<Date>
  updatedAt: Generated<Date>
}

export interface AttendanceRegisterTable {
  meetingId: string
  version: Generated<number>
  createdAt: Generated<Date>
  updatedAt: Generated<Date>
}

export interface AttendanceEntryTable {
  meetingId: string
  representativeId: string
  status: string
  substituteId: string | null
}

export interface MinutesTable {
  meetingId: string
  status: Generated<string>
  confirmation: string
  circulatedAt: NullableTimestamp
  objectionsCloseAt: NullableTimestamp
  confirmedAt: NullableTimestamp
  confirmedAtMeetingId: string | null
  version: Generated<number>
  createdAt: Generated<Date>
  updatedAt: Generated<Date>
}

export interface MinuteEntryTable {
  meetingId: string
  agendaItemId: string
  discussionEn: string
  discussionZh: string
  decisionsEn: string
  decisionsZh: string
  publicDiscussionEn: ColumnType<string, string | undefined, string>
  publicDiscussionZh: ColumnType<string, string | undefined, string>
  publicDecisionsEn: ColumnType<string, string | undefined, string>
  publicDecisionsZh: ColumnType<string, string | undefined, string>
}

export interface ObjectionTable {
  id: Generated<string>
  meetingId: string
  representativeId: string
  reason: string
  createdAt: Generated<Date>
}

export interface ViewRaisedTable {
  id: Generated<string>
  groupId: string
  meetingId: string
  agendaItemId: string | null
  representativeId: string | null
  constituency: string | null
  category: string
  summary: string
  raisedOn: string
  response: string | null
  respondedAt: NullableTimestamp
  version: Generated<number>
  createdAt: Generated<Date>
  updatedAt: Generated<Date>
}

export interface ActionTable {
  id: Generated<string>
  groupId: string
  meetingId: string
  agendaItemId: string | null
  viewId: string | null
  title: string
  ownerStaffId: string
  ownerName: string
  ownerEmail: string | null
  raisedOn: string
  dueOn: string
  status: Generated<string>
  closedAt: NullableTimestamp
  closedOn: string | null
  remindedOn: string | null
  version: Generated<number>
  createdAt: Generated<Date>
  updatedAt: Generated<Date>
}

export interface ActionUpdateTable {
  id: Generated<number>
  actionId: string
  at: Generated<Date>
  byCaller: string
  note: string
  status: string
}

export interface MatterArisingTable {
  meetingId: string
  actionId: string
}

export interface Database extends PlatformTables {
  serviceInfo: ServiceInfoTable
  groups: GroupTable
  representatives: RepresentativeTable
  meetings: MeetingTable
  agendaItems: AgendaItemTable
  declarations: DeclarationTable
  contributions: ContributionTable
  blobs: BlobTable
  blobChunks: BlobChunkTable
  papers: PaperTable
  attendanceRegisters: AttendanceRegisterTable
  attendanceEntries: AttendanceEntryTable
  minutes: MinutesTable
  minuteEntries: MinuteEntryTable
  objections: ObjectionTable
  viewsRaised: ViewRaisedTable
  actions: ActionTable
  actionUpdates: ActionUpdateTable
  mattersArising: MatterArisingTable
}
