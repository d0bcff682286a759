/**
 * Liaison contracts: Customer Liaison Groups and the Philately Liaison Group, their
 * representatives, meetings (agenda, papers, attendance and quorum, minutes), actions and views
 * raised, the figures, and the public record. One module per resource.
 */
import { StaffId } from '../directory.js'
import { CategoryCode } from '../feedback/taxonomy.js'
import { AcceptContribution, Agenda, AgendaItem, Contribution, ContributionList, CreateAgendaItem, CreateContribution, CreateDeclaration, CreatePaper, Declaration, MatterArising, Paper, UpdateAgendaItem } from './agenda.js'
import { Action, ActionPage, ActionProgress, CreateAction, CreateView, RespondToView, View, ViewPage } from './actions.js'
import { CreateLiaisonGroup, GroupCoverage, GroupCoveragePage, LiaisonGroup, LiaisonGroupPage, QuorumRule, Seat, UpdateLiaisonGroup } from './groups.js'
import { AttendanceEntry, AttendanceEntryInput, AttendanceRegister, ConfirmMinutes, CreateMeeting, LocalTimes, Meeting, MeetingPage, Quorum, ReasonBody, RecordAttendance, RescheduleMeeting, UpdateMeeting } from './meetings.js'
import { CreateObjection, MinuteEntry, Minutes, Objection, UpdateMinutes } from './minutes.js'
import { PublicLanguage, PublicMeeting, PublicMeetingPage, PublicMeetingSummary, PublicPaper } from './public-record.js'
import { CreateRepresentative, MessageLanguage, Representative, RepresentativePage, UpdateRepresentative } from './representatives.js'
import { AttendanceFigures, LiaisonStatistics } from './statistics.js'
import { ActionStatus, AttendanceStatus, Constituency, LiaisonGroupType, LiaisonText, LiaisonTitle, MeetingStatus, MinutesConfirmation, PaperMediaType, Position, Visibility } from './taxonomy.js'

export * from './taxonomy.js'
export * from './groups.js'
export * from './representatives.js'
export * from './meetings.js'
export * from './agenda.js'
export * from './minutes.js'
export * from './actions.js'
export * from './statistics.js'
export * from './public-record.js'

export const liaisonSchemas = [
  StaffId, CategoryCode,
  LiaisonGroupType, Constituency, Position, MeetingStatus, Visibility, AttendanceStatus, ActionStatus, MinutesConfirmation, LiaisonTitle, LiaisonText, PaperMediaType,
  Seat, QuorumRule, CreateLiaisonGroup, UpdateLiaisonGroup, LiaisonGroup, LiaisonGroupPage, GroupCoverage, GroupCoveragePage,
  MessageLanguage, CreateRepresentative, UpdateRepresentative, Representative, RepresentativePage,
  CreateMeeting, UpdateMeeting, LocalTimes, Meeting, MeetingPage, ReasonBody, RescheduleMeeting, ConfirmMinutes, AttendanceEntryInput, RecordAttendance, Quorum, AttendanceEntry, AttendanceRegister,
  CreateAgendaItem, UpdateAgendaItem, Paper, CreatePaper, Declaration, CreateDeclaration, AgendaItem, MatterArising, Agenda, CreateContribution, Contribution, ContributionList, AcceptContribution,
  MinuteEntry, UpdateMinutes, Objection, CreateObjection, Minutes,
  CreateAction, ActionProgress, Action, ActionPage, CreateView, RespondToView, View, ViewPage,
  AttendanceFigures, LiaisonStatistics,
  PublicLanguage, PublicMeetingSummary, PublicMeetingPage, PublicPaper, PublicMeeting
]
