/** The words of feedback: kinds, statuses, stages, outcomes, root causes, categories, references. */
import Type, { type Static } from 'typebox'

export const feedbackKinds = ['complaint', 'commendation', 'suggestion'] as const
export const FeedbackKind = Type.Enum([...feedbackKinds], { $id: 'FeedbackKind', description: 'complaint, commendation or suggestion.' })
export type FeedbackKind = Static<typeof FeedbackKind>

export const feedbackStatuses = ['received', 'acknowledged', 'investigating', 'awaiting_customer', 'responded', 'forwarded', 'closed'] as const
export const FeedbackStatus = Type.Enum([...feedbackStatuses], {
  $id: 'FeedbackStatus',
  description: 'Where the item is in its workflow. `awaiting_customer` pauses the pledge clock; `forwarded` is for commendations.'
})
export type FeedbackStatus = Static<typeof FeedbackStatus>

export const complaintStages = ['frontline', 'investigation', 'review_panel', 'external_dispute_resolution'] as const
export const ComplaintStage = Type.Enum([...complaintStages], { $id: 'ComplaintStage', description: 'Escalation stage of a complaint; each has its own reply deadline.' })
export type ComplaintStage = Static<typeof ComplaintStage>

export const FeedbackPriority = Type.Enum(['normal', 'high'], { $id: 'FeedbackPriority', description: '`high` for consented vulnerable customers, or when set by a case handler.' })

export const ReplyChannel = Type.Enum(['email', 'phone', 'sms', 'letter', 'none'], { $id: 'ReplyChannel', description: 'How the customer wants to be answered.' })

export const complaintOutcomes = ['upheld', 'partly_upheld', 'not_upheld', 'withdrawn'] as const
export const ComplaintOutcome = Type.Enum([...complaintOutcomes], { $id: 'ComplaintOutcome' })
export type ComplaintOutcome = Static<typeof ComplaintOutcome>

export const rootCauses = [
  'process_failure', 'staff_error', 'staff_conduct', 'system_fault', 'capacity_or_staffing', 'third_party', 'address_or_information',
  'weather_or_force_majeure', 'policy_or_pricing', 'customer_error', 'no_fault_found'
] as const
export const RootCause = Type.Enum([...rootCauses], { $id: 'RootCause', description: 'Root-cause category recorded when a complaint is closed.' })
export type RootCause = Static<typeof RootCause>

export const CategoryCode = Type.String({
  $id: 'CategoryCode',
  pattern: '^[a-z][a-z0-9_]{1,49}$',
  minLength: 2,
  maxLength: 50,
  description: 'A code from the feedback category taxonomy (`GET /v1/feedback/categories`), e.g. `delay`.'
})

export const TrackingNumber = Type.String({
  $id: 'TrackingNumber',
  pattern: '^[A-Z0-9]{8,30}$',
  minLength: 8,
  maxLength: 30,
  description: 'A postal item tracking number, upper case, e.g. `EE123456789HK`.'
})

export const FeedbackReference = Type.String({
  $id: 'FeedbackReference',
  pattern: '^(CMP|COM|SUG)-[0-9]{4}-[0-9]{6,}$',
  maxLength: 20,
  description: 'Human-readable reference, unique per kind and year, e.g. `CMP-2013-000304`.'
})
