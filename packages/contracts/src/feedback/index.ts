/**
 * Feedback contracts: complaints, commendations and suggestions from intake to closure, their
 * workflow commands, timelines, queues, exports and statistics. One module per resource.
 */
import { StaffId } from '../directory.js'
import { CategoryCode, ComplaintOutcome, ComplaintStage, FeedbackKind, FeedbackPriority, FeedbackReference, FeedbackStatus, ReplyChannel, RootCause, TrackingNumber } from './taxonomy.js'
import { AcknowledgeFeedbackItem, AddFeedbackNote, AssignFeedbackItem, CloseFeedbackItem, CreateFeedbackBatch, CreateFeedbackItem, Customer, CustomerInput, Deadlines, FeedbackBatchResponse, FeedbackBatchResult, FeedbackItem, FeedbackItemPage, ReasonedCommand, Remedy, RespondToFeedbackItem, Timeline, TimelineEntry, UpdateFeedbackItem } from './items.js'
import { CreateFeedbackCategory, FeedbackCategory, FeedbackCategoryList, UpdateFeedbackCategory } from './categories.js'
import { BreakdownRow, FeedbackStatistics, KindCounts, RetentionRunResult } from './statistics.js'

export * from './taxonomy.js'
export * from './items.js'
export * from './categories.js'
export * from './statistics.js'

export const feedbackSchemas = [
  StaffId, FeedbackKind, FeedbackStatus, ComplaintStage, FeedbackPriority, ReplyChannel, ComplaintOutcome, RootCause, CategoryCode, TrackingNumber,
  FeedbackReference, CustomerInput, Customer, CreateFeedbackItem, CreateFeedbackBatch, Remedy, Deadlines, FeedbackItem, FeedbackItemPage,
  FeedbackBatchResult, FeedbackBatchResponse, UpdateFeedbackItem, AcknowledgeFeedbackItem, ReasonedCommand, RespondToFeedbackItem,
  CloseFeedbackItem, AssignFeedbackItem, AddFeedbackNote, TimelineEntry, Timeline, FeedbackCategory, FeedbackCategoryList,
  CreateFeedbackCategory, UpdateFeedbackCategory, KindCounts, BreakdownRow, FeedbackStatistics, RetentionRunResult
]
