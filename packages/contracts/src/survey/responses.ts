/** Survey responses: answers from every channel, the respondent's consented contact, follow-up cases, imports. */
import Type, { type Static } from 'typebox'
import { Channel, DistrictCode, Instant, OfficeCode, Page, PageQuery, RegionClass, Uuid, ref } from '../common.js'
import { PERSONAL_DATA_SUBJECT, personal } from '../personal-data.js'
import { importSurveyResponsesExamples, submitSurveyResponseExamples } from '../survey-examples.js'
import { QuestionId, RespondentSegment, SurveyLanguage } from './definitions.js'
import { FeedbackReference } from '../feedback/index.js'

// Numbers are not restricted to whole numbers or a scale here: whether 3.5 or 9 fits depends on
// the question, and the 422 that says so names the question (a schema error could only name a position).
export const AnswerValue = Type.Union(
  [Type.Number({ minimum: -1000000, maximum: 1000000 }), Type.Boolean(), Type.String({ maxLength: 4000 }), Type.Array(Type.String({ maxLength: 40 }), { maxItems: 50 })],
  {
    $id: 'AnswerValue',
    description:
      'A whole number on the question\'s scale for ratings, true/false for yes/no, an option value for single choice, option values for multiple choice, text for free text. An answer that does not fit its question is 422 `SURVEY_INVALID_ANSWERS` naming the question.'
  }
)

export const Answer = Type.Object({ questionId: ref(QuestionId), value: ref(AnswerValue) }, { $id: 'Answer', additionalProperties: false })
export type Answer = Static<typeof Answer>

export const RespondentContact = Type.Object(
  {
    consentToContact: Type.Boolean({ description: 'Only with consent is anything here kept; without it the response stays anonymous. Consent needs a phone or e-mail.' }),
    name: Type.Optional(personal(Type.String({ minLength: 1, maxLength: 200 }), 'name')),
    phone: Type.Optional(personal(Type.String({ pattern: '^\\+?[0-9][0-9 ()-]{5,24}$', minLength: 6, maxLength: 25 }), 'phone')),
    email: Type.Optional(personal(Type.String({ format: 'email', maxLength: 254 }), 'email'))
  },
  { $id: 'RespondentContact', additionalProperties: false }
)

export const SubmitSurveyResponse = Type.Object(
  {
    surveyVersion: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, description: 'The published version answered; default the latest.' })),
    channel: ref(Channel),
    officeCode: Type.Optional(ref(OfficeCode)),
    segment: Type.Optional(ref(RespondentSegment)),
    language: ref(SurveyLanguage),
    respondedAt: Type.Optional(ref(Instant)),
    answers: Type.Array(ref(Answer), { maxItems: 200 }),
    contact: Type.Optional(ref(RespondentContact)),
    invitationToken: Type.Optional(
      Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$', description: 'The single-use token of an invitation; a used, expired or unknown token is 422. Not accepted in imports.' })
    )
  },
  {
    $id: 'SubmitSurveyResponse',
    additionalProperties: false,
    examples: submitSurveyResponseExamples,
    description: 'A response against a published version. `officeCode` defaults to the office of a counter terminal\'s key (and must be that office); `segment` defaults to `general_public`; `respondedAt` defaults to now.'
  }
)
export type SubmitSurveyResponse = Static<typeof SubmitSurveyResponse>

export const FollowUpStatus = Type.Enum(['pending', 'opened', 'failed', 'cancelled'], {
  $id: 'FollowUpStatus',
  description:
    '`pending`: the case is not open yet and will be retried; `opened`: the feedback service accepted it (`caseReference`); `failed`: given up for good (the feedback service refused the case, `SURVEY_FOLLOW_UP_MAX_ATTEMPTS` calls failed, or it stayed unopened longer than `SURVEY_FOLLOW_UP_GIVE_UP_HOURS`), see `lastError`; `cancelled`: the respondent\'s personal data was erased before the case was opened. More values may be added; treat an unknown one as final.'
})

export const FollowUp = Type.Object(
  {
    status: ref(FollowUpStatus),
    caseId: Type.Union([Type.String({ maxLength: 100 }), Type.Null()]),
    caseReference: Type.Union([ref(FeedbackReference), Type.Null()]),
    openedAt: Type.Union([ref(Instant), Type.Null()]),
    attempts: Type.Integer({ minimum: 0, maximum: 100000, description: 'Calls made to the feedback service so far; failed ones are retried with a growing pause, up to `SURVEY_FOLLOW_UP_MAX_ATTEMPTS`.' }),
    nextAttemptAt: Type.Union([ref(Instant), Type.Null()], {
      description: 'When a `pending` follow-up is next tried by the service\'s own sweep (1 minute after the first failure, doubling, at most 1 hour); null when it is tried at once or is no longer pending. `dispatchSurveyFollowUps` tries it sooner.'
    }),
    lastError: Type.Union([Type.String({ maxLength: 300 }), Type.Null()], { description: 'Why the last call failed or why the follow-up was given up: the HTTP status and problem code of the feedback service, never its answer\'s text or any personal data. Null once opened or cancelled.' })
  },
  {
    $id: 'FollowUp',
    additionalProperties: false,
    description:
      'The feedback case a low score opened (only when the respondent consented to be contacted). `pending` until the feedback service has accepted it; retries reuse one Idempotency-Key, so a response never opens two cases, and stop before the feedback service could have forgotten that key.'
  }
)

export const SurveyPersonalData = Type.Enum(['none', 'held', 'erased'], {
  $id: 'SurveyPersonalData',
  description:
    '`none`: the respondent gave no contact details (or did not consent, so none were kept); `held`: the service keeps the name, phone or e-mail the respondent consented to give (used only to open a follow-up case, never returned here); `erased`: an erasure request or the contact retention sweep removed the contact details and replaced free-text answers with `[erased]` (ratings and choices stay, so the figures do not change).'
})
export type SurveyPersonalData = Static<typeof SurveyPersonalData>

export const SurveyComment = Type.Object(
  { questionId: ref(QuestionId), text: personal(Type.String({ maxLength: 4000 }), 'text') },
  { $id: 'SurveyComment', additionalProperties: false, description: 'A free-text answer, as the respondent wrote it (`[erased]` after an erasure).' }
)

export const SurveyResponse = Type.Object(
  {
    id: ref(Uuid),
    surveyId: ref(Uuid),
    surveyVersion: Type.Integer({ minimum: 1, maximum: 100000 }),
    channel: ref(Channel),
    officeCode: Type.Union([ref(OfficeCode), Type.Null()]),
    districtCode: Type.Union([ref(DistrictCode), Type.Null()]),
    regionClass: Type.Union([ref(RegionClass), Type.Null()], { description: 'As the directory had it when the response was recorded.' }),
    segment: ref(RespondentSegment),
    language: ref(SurveyLanguage),
    respondedAt: ref(Instant),
    answers: Type.Array(ref(Answer), { maxItems: 200, description: 'Ratings, yes/no and choices. Free-text answers are in `comments`.' }),
    comments: Type.Array(ref(SurveyComment), { maxItems: 200, description: 'Free-text answers: personal data, masked without `personal-data:read`.' }),
    anonymous: Type.Boolean({ description: 'True unless the respondent agreed to be contacted and their contact details are still held (an erased response is anonymous).' }),
    personalData: ref(SurveyPersonalData),
    personalDataErasedAt: Type.Union([ref(Instant), Type.Null()], { description: 'When an erasure request or the contact retention sweep removed the personal data; null if it never has.' }),
    followUp: Type.Union([ref(FollowUp), Type.Null()]),
    createdAt: ref(Instant)
  },
  {
    $id: 'SurveyResponse',
    additionalProperties: false,
    [PERSONAL_DATA_SUBJECT]: 'survey_response',
    description: 'A recorded response. The respondent\'s contact details are never returned by this API; `personalData` says whether the service holds any.'
  }
)
export type SurveyResponse = Static<typeof SurveyResponse>

export const SurveyResponsePage = Page(ref(SurveyResponse), 'SurveyResponsePage')

export const SurveyResponseListQuery = Type.Object(
  { channel: Type.Optional(ref(Channel)), officeCode: Type.Optional(ref(OfficeCode)), ...PageQuery },
  { additionalProperties: false }
)

export const ImportSurveyResponses = Type.Object(
  { responses: Type.Array(ref(SubmitSurveyResponse), { minItems: 1, maxItems: 1000 }) },
  { $id: 'ImportSurveyResponses', additionalProperties: false, examples: importSurveyResponsesExamples, description: 'Fieldwork results: all are recorded or, if any is invalid, none.' }
)
export type ImportSurveyResponses = Static<typeof ImportSurveyResponses>

export const ImportedSurveyResponses = Type.Object(
  { imported: Type.Integer({ minimum: 0, maximum: 1000 }), ids: Type.Array(ref(Uuid), { maxItems: 1000 }) },
  { $id: 'ImportedSurveyResponses', additionalProperties: false }
)
