/** Survey operations: follow-up dispatch, invitations, erasure of respondents' personal data, contact retention. */
import Type, { type Static } from 'typebox'
import { Channel, Instant, OfficeCode, Uuid, ref } from '../common.js'
import { createSurveyInvitationExamples } from '../survey-examples.js'
import { FeedbackReference } from '../feedback/index.js'

export const FollowUpDispatch = Type.Object(
  {
    attempted: Type.Integer({ minimum: 0, maximum: 100000, description: 'Follow-ups the feedback service was called for.' }),
    opened: Type.Integer({ minimum: 0, maximum: 100000, description: 'Of those, cases the feedback service accepted.' }),
    failed: Type.Integer({ minimum: 0, maximum: 100000, description: 'Of those, calls that failed (still `pending` with a later `nextAttemptAt`, or `failed` for good).' }),
    gaveUp: Type.Integer({
      minimum: 0, maximum: 100000,
      description: 'Follow-ups marked `failed` without a call, because they stayed unopened longer than `SURVEY_FOLLOW_UP_GIVE_UP_HOURS`: a call that late could open a second case.'
    })
  },
  { $id: 'FollowUpDispatch', additionalProperties: false, description: 'What one retry pass over pending follow-ups did.' }
)
export type FollowUpDispatch = Static<typeof FollowUpDispatch>

const ErasureReason = Type.String({
  minLength: 1,
  maxLength: 2000,
  description: 'Why, e.g. the erasure request\'s reference. Kept in the audit log: do not write the person\'s name or contact details here.'
})

export const EraseSurveyResponsePersonalData = Type.Object(
  { reason: ErasureReason },
  { $id: 'EraseSurveyResponsePersonalData', additionalProperties: false }
)
export type EraseSurveyResponsePersonalData = Static<typeof EraseSurveyResponsePersonalData>

export const EraseSurveySubject = Type.Object(
  {
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254, description: 'The person\'s e-mail address; compared case-insensitively.' })),
    phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9][0-9 ()-]{5,24}$', minLength: 6, maxLength: 25, description: 'The person\'s phone number; compared by its digits (and a leading +), so `+852 2921 2222` and `+85229212222` are the same.' })),
    reason: ErasureReason
  },
  {
    $id: 'EraseSurveySubject',
    additionalProperties: false,
    description: 'Who asked to be erased: an e-mail address, a phone number or both (at least one; neither is 422 `SURVEY_INVALID_ERASURE_REQUEST`). Neither is stored or logged.'
  }
)
export type EraseSurveySubject = Static<typeof EraseSurveySubject>

export const SurveySubjectErasure = Type.Object(
  {
    responses: Type.Integer({ minimum: 0, maximum: 100000000, description: 'Responses erased by this request: those whose contact e-mail or phone matched, and those answering an invitation sent to it.' }),
    invitations: Type.Integer({ minimum: 0, maximum: 100000000, description: 'Invitations whose contact hash matched and was removed (the re-contact rule then no longer knows the person).' }),
    followUpCases: Type.Array(ref(FeedbackReference), {
      maxItems: 100000,
      description: 'Feedback cases those responses had already opened. They hold the same contact details: erase them in the feedback service (`eraseFeedbackPersonalData`).'
    })
  },
  { $id: 'SurveySubjectErasure', additionalProperties: false, description: 'What an erasure by subject did. Repeating it erases nothing more and answers zeros.' }
)
export type SurveySubjectErasure = Static<typeof SurveySubjectErasure>

export const SurveyRetentionRun = Type.Object(
  {
    anonymised: Type.Integer({ minimum: 0, maximum: 100000000, description: 'Responses whose contact details were older than `SURVEY_CONTACT_RETENTION_DAYS` and are now erased.' }),
    invitations: Type.Integer({ minimum: 0, maximum: 100000000, description: 'Invitations whose contact hash was removed (older than the retention period and the re-contact period both).' })
  },
  { $id: 'SurveyRetentionRun', additionalProperties: false }
)
export type SurveyRetentionRun = Static<typeof SurveyRetentionRun>

export const CreateSurveyInvitation = Type.Object(
  {
    channel: ref(Channel),
    officeCode: Type.Optional(ref(OfficeCode)),
    contact: Type.String({ minLength: 3, maxLength: 254, description: 'Phone number or e-mail the invitation goes to; kept only as a keyed hash, for the re-contact rule.' })
  },
  { $id: 'CreateSurveyInvitation', additionalProperties: false, examples: createSurveyInvitationExamples }
)
export type CreateSurveyInvitation = Static<typeof CreateSurveyInvitation>

export const SurveyInvitation = Type.Object(
  {
    id: ref(Uuid),
    surveyId: ref(Uuid),
    channel: ref(Channel),
    officeCode: Type.Union([ref(OfficeCode), Type.Null()]),
    token: Type.Union([Type.String({ maxLength: 100 }), Type.Null()], { description: 'The single-use token; shown only when the invitation is created.' }),
    expiresAt: ref(Instant),
    usedAt: Type.Union([ref(Instant), Type.Null()]),
    createdAt: ref(Instant)
  },
  { $id: 'SurveyInvitation', additionalProperties: false }
)
export type SurveyInvitation = Static<typeof SurveyInvitation>
