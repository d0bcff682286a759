/**
 * Survey contracts: versioned questionnaires in several languages, responses from every channel,
 * and the figures made from them (satisfied shares with intervals, NPS, KCSI/ACSI-style indices,
 * service equity across region classes).
 */
import Type, { type Static } from 'typebox'
import { periodQuery } from './calendar.js'
import { CalendarDate, Channel, DistrictCode, Instant, OfficeCode, Page, PageQuery, Period, RegionClass, Uuid, ref } from './common.js'
import { PERSONAL_DATA_SUBJECT, personal } from './personal-data.js'
import { CategoryCode, FeedbackReference } from './feedback.js'
import { createSurveyExamples, createSurveyInvitationExamples, importSurveyResponsesExamples, submitSurveyResponseExamples, updateSurveyExamples } from './survey-examples.js'

export const surveyLanguages = ['en', 'zh-Hant', 'ko'] as const
export const SurveyLanguage = Type.Enum([...surveyLanguages], {
  $id: 'SurveyLanguage',
  description: 'A BCP 47 language tag the survey is offered in: English, Traditional Chinese or Korean.'
})
export type SurveyLanguage = Static<typeof SurveyLanguage>

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength })

export const LocalizedText = Type.Object(
  { en: Type.Optional(Text(2000)), 'zh-Hant': Type.Optional(Text(2000)), ko: Type.Optional(Text(2000)) },
  { $id: 'LocalizedText', additionalProperties: false, minProperties: 1, description: 'The same text in each language of the survey (every language the survey lists must be present).' }
)
export type LocalizedText = Static<typeof LocalizedText>

export const QuestionId = Type.String({
  $id: 'QuestionId',
  pattern: '^[a-z][a-z0-9_]{0,39}$',
  minLength: 1,
  maxLength: 40,
  description: 'A question\'s key within its survey, stable across versions, e.g. `overall` or `counter_speed`.'
})
export type QuestionId = Static<typeof QuestionId>

export const QuestionType = Type.Enum(['rating', 'single_choice', 'multiple_choice', 'yes_no', 'free_text'], { $id: 'QuestionType' })
export type QuestionType = Static<typeof QuestionType>

export const RatingScale = Type.Enum(['1-5', '1-7', '1-10', '0-10'], {
  $id: 'RatingScale',
  description: 'The answers a rating question takes: whole numbers from the first to the last, inclusive.'
})
export type RatingScale = Static<typeof RatingScale>

export const Measure = Type.Enum(
  ['overall_satisfaction', 'channel_satisfaction', 'attribute_satisfaction', 'expectation_confirmation', 'ideal_comparison', 'intention_reuse', 'intention_recommend'],
  {
    $id: 'Measure',
    description:
      'What a rating question measures. `channel_satisfaction` names its `channel`; `attribute_satisfaction` names its `attribute` and may carry an `importance` (KCSI weight); `expectation_confirmation` and `ideal_comparison` are the other two ACSI satisfaction items.'
  }
)
export type Measure = Static<typeof Measure>

export const Attribute = Type.Enum(['product', 'service', 'image', 'price', 'accessibility', 'staff'], { $id: 'Attribute', description: 'The attribute an attribute-satisfaction question is about.' })

export const ChoiceOption = Type.Object(
  { value: ref(QuestionId), label: ref(LocalizedText) },
  { $id: 'ChoiceOption', additionalProperties: false }
)

export const Question = Type.Object(
  {
    id: ref(QuestionId),
    type: ref(QuestionType),
    text: ref(LocalizedText),
    required: Type.Boolean({ default: false }),
    scale: Type.Optional(ref(RatingScale)),
    measures: Type.Optional(ref(Measure)),
    channel: Type.Optional(ref(Channel)),
    attribute: Type.Optional(ref(Attribute)),
    importance: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1000, description: 'Relative importance of an attribute in the KCSI (weights are normalised); default 1.' })),
    topBoxMin: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 10,
        description: 'The lowest answer counted as satisfied. Defaults: 4 on 1-5 (top 2), 6 on 1-7 (top 2), 9 on 1-10 and 0-10 (top 2).'
      })
    ),
    options: Type.Optional(Type.Array(ref(ChoiceOption), { minItems: 2, maxItems: 50, description: 'Choices of a single- or multiple-choice question.' })),
    maxLength: Type.Optional(Type.Integer({ minimum: 1, maximum: 4000, description: 'Longest free-text answer; default 2000.' }))
  },
  { $id: 'Question', additionalProperties: false, description: 'A question. Rating questions need `scale`; choice questions need `options`.' }
)
export type Question = Static<typeof Question>

export const SurveyStatus = Type.Enum(['draft', 'open', 'paused', 'closed'], {
  $id: 'SurveyStatus',
  description: 'draft → open ⇄ paused → closed. A survey opens only once a version is published.'
})
export type SurveyStatus = Static<typeof SurveyStatus>

export const respondentSegments = ['general_public', 'business_customer', 'philatelist', 'club_member'] as const
export const RespondentSegment = Type.Enum([...respondentSegments], { $id: 'RespondentSegment' })
export type RespondentSegment = Static<typeof RespondentSegment>

const Share = Type.Number({ minimum: 0, maximum: 1 })

export const IndexWeights = Type.Object(
  {
    kcsiOverall: Type.Number({ minimum: 0, maximum: 1, default: 0.3 }),
    kcsiAttributes: Type.Number({ minimum: 0, maximum: 1, default: 0.5 }),
    kcsiIntention: Type.Number({ minimum: 0, maximum: 1, default: 0.2 }),
    acsiOverall: Type.Number({ minimum: 0, maximum: 1, default: 1 / 3 }),
    acsiExpectation: Type.Number({ minimum: 0, maximum: 1, default: 1 / 3 }),
    acsiIdeal: Type.Number({ minimum: 0, maximum: 1, default: 1 / 3 })
  },
  { $id: 'IndexWeights', additionalProperties: false, description: 'Weights of the composite indices; see getSurveyIndices for the formulas.' }
)
export type IndexWeights = Static<typeof IndexWeights>

export const SegmentShares = Type.Object(
  {
    general_public: Type.Optional(Share),
    business_customer: Type.Optional(Share),
    philatelist: Type.Optional(Share),
    club_member: Type.Optional(Share)
  },
  { $id: 'SegmentShares', additionalProperties: false, description: 'Population share of each respondent segment, for post-stratification weights.' }
)
export type SegmentShares = Static<typeof SegmentShares>

export const FollowUpRule = Type.Object(
  {
    questionId: ref(QuestionId),
    atOrBelow: Type.Integer({ minimum: 0, maximum: 10, description: 'An answer at or below this opens a case (when the respondent agreed to be contacted).' }),
    category: Type.Optional(
      Type.Unsafe<string>({
        $ref: 'CategoryCode',
        description: 'The feedback category of the case. Default by channel: `counter_service` (counter), `hotline` (hotline), `website_app` (web, mobile), otherwise `other`.'
      })
    )
  },
  { $id: 'FollowUpRule', additionalProperties: false, description: 'When a low score opens a case in the feedback service.' }
)
export type FollowUpRule = Static<typeof FollowUpRule>

const surveySettings = {
  targetChannels: Type.Array(ref(Channel), { maxItems: 8, uniqueItems: true, description: 'Channels responses may come through; empty means any.' }),
  opensOn: Type.Union([ref(CalendarDate), Type.Null()]),
  closesOn: Type.Union([ref(CalendarDate), Type.Null()]),
  indexWeights: ref(IndexWeights),
  segmentShares: Type.Union([ref(SegmentShares), Type.Null()]),
  followUp: Type.Union([ref(FollowUpRule), Type.Null()]),
  minSampleSize: Type.Union([Type.Integer({ minimum: 1, maximum: 100000 }), Type.Null()], { description: 'Groups with fewer responses are suppressed; null uses the service default (30).' }),
  equityThreshold: Type.Union([Share, Type.Null()], { description: 'Satisfied share below which an office is flagged; null uses the service default.' })
}

const definitionFields = {
  title: ref(LocalizedText),
  description: Type.Union([ref(LocalizedText), Type.Null()]),
  languages: Type.Array(ref(SurveyLanguage), { minItems: 1, maxItems: 3, uniqueItems: true }),
  questions: Type.Array(ref(Question), { minItems: 1, maxItems: 200 })
}

export const Survey = Type.Object(
  {
    id: ref(Uuid),
    ...definitionFields,
    status: ref(SurveyStatus),
    definitionVersion: Type.Integer({ minimum: 1, maximum: 100000, description: 'The latest definition: the draft being edited, or the last published one.' }),
    publishedVersion: Type.Union([Type.Integer({ minimum: 1, maximum: 100000 }), Type.Null()], { description: 'The latest published (immutable) version; responses are recorded against it.' }),
    ...surveySettings,
    version: Type.Integer({ minimum: 1, maximum: 2147483647, description: 'Changes with every edit or command; the ETag.' }),
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  { $id: 'Survey', additionalProperties: false }
)
export type Survey = Static<typeof Survey>

export const CreateSurvey = Type.Object(
  {
    ...definitionFields,
    description: Type.Optional(ref(LocalizedText)),
    targetChannels: Type.Optional(surveySettings.targetChannels),
    opensOn: Type.Optional(ref(CalendarDate)),
    closesOn: Type.Optional(ref(CalendarDate)),
    indexWeights: Type.Optional(ref(IndexWeights)),
    segmentShares: Type.Optional(ref(SegmentShares)),
    followUp: Type.Optional(ref(FollowUpRule)),
    minSampleSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    equityThreshold: Type.Optional(Share)
  },
  { $id: 'CreateSurvey', additionalProperties: false, examples: createSurveyExamples }
)
export type CreateSurvey = Static<typeof CreateSurvey>

export const UpdateSurvey = Type.Object(
  {
    title: Type.Optional(ref(LocalizedText)),
    description: Type.Optional(Type.Union([ref(LocalizedText), Type.Null()])),
    languages: Type.Optional(definitionFields.languages),
    questions: Type.Optional(definitionFields.questions),
    targetChannels: Type.Optional(surveySettings.targetChannels),
    opensOn: Type.Optional(surveySettings.opensOn),
    closesOn: Type.Optional(surveySettings.closesOn),
    indexWeights: Type.Optional(ref(IndexWeights)),
    segmentShares: Type.Optional(surveySettings.segmentShares),
    followUp: Type.Optional(surveySettings.followUp),
    minSampleSize: Type.Optional(surveySettings.minSampleSize),
    equityThreshold: Type.Optional(surveySettings.equityThreshold)
  },
  {
    $id: 'UpdateSurvey',
    additionalProperties: false,
    examples: updateSurveyExamples,
    minProperties: 1,
    description: 'Changing title, description, languages or questions after a version is published starts a new draft version; published versions never change.'
  }
)
export type UpdateSurvey = Static<typeof UpdateSurvey>

export const SurveyPage = Page(ref(Survey), 'SurveyPage')

export const SurveyListQuery = Type.Object({ status: Type.Optional(ref(SurveyStatus)), ...PageQuery }, { additionalProperties: false })

export const SurveyDefinition = Type.Object(
  {
    surveyId: ref(Uuid),
    version: Type.Integer({ minimum: 1, maximum: 100000 }),
    ...definitionFields,
    publishedAt: ref(Instant)
  },
  { $id: 'SurveyDefinition', additionalProperties: false, description: 'One published, immutable version of a survey: everything a terminal needs to render it offline.' }
)
export type SurveyDefinition = Static<typeof SurveyDefinition>

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

export const ResultsGrouping = Type.Enum(['none', 'channel', 'office', 'district', 'region_class', 'segment', 'month', 'quarter'], { $id: 'ResultsGrouping' })
export type ResultsGrouping = Static<typeof ResultsGrouping>


export const ResultsQuery = Type.Object(
  {
    ...periodQuery,
    groupBy: Type.Optional(ref(ResultsGrouping)),
    questionId: Type.Optional(ref(QuestionId)),
    channel: Type.Optional(ref(Channel)),
    weighted: Type.Optional(Type.Boolean({ description: 'Post-stratify by segment with the survey\'s segment shares.' }))
  },
  { additionalProperties: false }
)

export const Interval = Type.Object(
  { lower: Type.Number({ minimum: -100, maximum: 100 }), upper: Type.Number({ minimum: -100, maximum: 100 }) },
  { $id: 'Interval', additionalProperties: false, description: 'A 95% confidence interval, in the unit of its figure: 0-1 for shares and differences of shares, points (-100 to 100) for NPS.' }
)

export const SatisfiedShare = Type.Object(
  {
    share: Share,
    satisfied: Type.Number({ minimum: 0, maximum: 1e9, description: 'Satisfied answers (weighted when the results are).' }),
    interval: ref(Interval)
  },
  { $id: 'SatisfiedShare', additionalProperties: false, description: 'Top-box share with its Wilson score 95% interval.' }
)

export const NetPromoterScore = Type.Object(
  {
    score: Type.Number({ minimum: -100, maximum: 100 }),
    promoters: Type.Number({ minimum: 0, maximum: 1e9 }),
    passives: Type.Number({ minimum: 0, maximum: 1e9 }),
    detractors: Type.Number({ minimum: 0, maximum: 1e9 }),
    interval: ref(Interval)
  },
  { $id: 'NetPromoterScore', additionalProperties: false, description: 'Promoters (9-10) minus detractors (0-6), in points, with a 95% interval.' }
)

export const ResultGroup = Type.Object(
  {
    group: Type.Union([Type.String({ maxLength: 50 }), Type.Null()], {
      description: 'The group\'s value: `all` without grouping, a channel, office code, district code, region class or segment, `2026-04` for a month, `2026-Q2` for a calendar quarter; null for responses without an office when grouping by office, district or region class.'
    }),
    n: Type.Integer({ minimum: 0, maximum: 1e9 }),
    effectiveN: Type.Number({ minimum: 0, maximum: 1e9, description: 'Kish effective sample size (equals n unless weighted).' }),
    suppressed: Type.Boolean({ description: 'Fewer responses than the minimum sample: no figures are given.' }),
    satisfied: Type.Union([ref(SatisfiedShare), Type.Null()]),
    mean: Type.Union([Type.Number({ minimum: 0, maximum: 10 }), Type.Null()]),
    nps: Type.Union([ref(NetPromoterScore), Type.Null()], { description: 'Only for 0-10 questions.' })
  },
  { $id: 'ResultGroup', additionalProperties: false }
)

export const QuestionResults = Type.Object(
  {
    questionId: ref(QuestionId),
    scale: ref(RatingScale),
    measures: Type.Union([ref(Measure), Type.Null()]),
    topBoxMin: Type.Integer({ minimum: 0, maximum: 10 }),
    groups: Type.Array(ref(ResultGroup), { maxItems: 10000 })
  },
  { $id: 'QuestionResults', additionalProperties: false }
)


export const SurveyResults = Type.Object(
  {
    surveyId: ref(Uuid),
    period: ref(Period),
    groupBy: ref(ResultsGrouping),
    minSampleSize: Type.Integer({ minimum: 1, maximum: 100000 }),
    weighted: Type.Boolean(),
    questions: Type.Array(ref(QuestionResults), { maxItems: 200 })
  },
  { $id: 'SurveyResults', additionalProperties: false }
)
export type SurveyResults = Static<typeof SurveyResults>

export const TrendInterval = Type.Enum(['month', 'quarter', 'financial_year'], { $id: 'TrendInterval' })

export const TrendsQuery = Type.Object(
  { ...periodQuery, interval: Type.Optional(ref(TrendInterval)), questionId: Type.Optional(ref(QuestionId)), channel: Type.Optional(ref(Channel)) },
  { additionalProperties: false }
)

export const ProportionChange = Type.Object(
  {
    difference: Type.Number({ minimum: -1, maximum: 1 }),
    z: Type.Number({ minimum: -1e6, maximum: 1e6 }),
    pValue: Type.Number({ minimum: 0, maximum: 1 }),
    significant: Type.Boolean({ description: 'Two-sided two-proportion z-test at the 5% level.' })
  },
  { $id: 'ProportionChange', additionalProperties: false }
)

export const TrendPoint = Type.Object(
  {
    period: Type.String({ maxLength: 20 }),
    n: Type.Integer({ minimum: 0, maximum: 1e9 }),
    suppressed: Type.Boolean(),
    satisfied: Type.Union([ref(SatisfiedShare), Type.Null()]),
    changeFromPrevious: Type.Union([ref(ProportionChange), Type.Null()], { description: 'Against the previous period that was not suppressed.' })
  },
  { $id: 'TrendPoint', additionalProperties: false }
)

export const SurveyTrends = Type.Object(
  {
    surveyId: ref(Uuid),
    period: ref(Period),
    interval: ref(TrendInterval),
    minSampleSize: Type.Integer({ minimum: 1, maximum: 100000 }),
    questions: Type.Array(
      Type.Object({ questionId: ref(QuestionId), points: Type.Array(ref(TrendPoint), { maxItems: 1000 }) }, { additionalProperties: false }),
      { maxItems: 200 }
    )
  },
  { $id: 'SurveyTrends', additionalProperties: false }
)
export type SurveyTrends = Static<typeof SurveyTrends>

export const IndexComponent = Type.Object(
  {
    component: Type.String({ maxLength: 50 }),
    questionIds: Type.Array(ref(QuestionId), { maxItems: 200 }),
    weight: Type.Number({ minimum: 0, maximum: 1 }),
    score: Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()]),
    n: Type.Integer({ minimum: 0, maximum: 1e9 })
  },
  { $id: 'IndexComponent', additionalProperties: false }
)

export const CompositeIndex = Type.Object(
  {
    value: Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()], {
      description: 'Null when a component the survey asks about has fewer responses than the minimum sample. Components without questions are left out and the other weights renormalised.'
    }),
    components: Type.Array(ref(IndexComponent), { maxItems: 10 })
  },
  { $id: 'CompositeIndex', additionalProperties: false }
)

export const SurveyIndices = Type.Object(
  { surveyId: ref(Uuid), period: ref(Period), minSampleSize: Type.Integer({ minimum: 1, maximum: 100000 }), kcsi: ref(CompositeIndex), acsi: ref(CompositeIndex) },
  { $id: 'SurveyIndices', additionalProperties: false }
)
export type SurveyIndices = Static<typeof SurveyIndices>

export const IndicesQuery = Type.Object({ ...periodQuery, channel: Type.Optional(ref(Channel)) }, { additionalProperties: false })

export const EquityGroup = Type.Object(
  {
    group: Type.Union([Type.String({ maxLength: 50 }), Type.Null()]),
    n: Type.Integer({ minimum: 0, maximum: 1e9 }),
    suppressed: Type.Boolean(),
    satisfied: Type.Union([ref(SatisfiedShare), Type.Null()])
  },
  { $id: 'EquityGroup', additionalProperties: false }
)

export const EquityGap = Type.Object(
  {
    best: Type.String({ maxLength: 50 }),
    worst: Type.String({ maxLength: 50 }),
    difference: Type.Number({ minimum: 0, maximum: 1 }),
    interval: ref(Interval),
    pValue: Type.Number({ minimum: 0, maximum: 1 }),
    significant: Type.Boolean({ description: 'The Newcombe 95% interval of the difference excludes zero.' })
  },
  { $id: 'EquityGap', additionalProperties: false }
)

export const OfficeBelowThreshold = Type.Object(
  {
    officeCode: ref(OfficeCode),
    n: Type.Integer({ minimum: 0, maximum: 1e9 }),
    satisfied: ref(SatisfiedShare),
    significantlyBelow: Type.Boolean({ description: 'Even the upper end of the interval is below the threshold.' })
  },
  { $id: 'OfficeBelowThreshold', additionalProperties: false }
)

export const EquityQuery = Type.Object(
  { ...periodQuery, questionId: Type.Optional(ref(QuestionId)), threshold: Type.Optional(Share) },
  { additionalProperties: false }
)

export const SurveyEquity = Type.Object(
  {
    surveyId: ref(Uuid),
    questionId: ref(QuestionId),
    period: ref(Period),
    minSampleSize: Type.Integer({ minimum: 1, maximum: 100000 }),
    threshold: Share,
    byRegionClass: Type.Array(ref(EquityGroup), { maxItems: 10 }),
    byOffice: Type.Array(ref(EquityGroup), { maxItems: 10000, description: 'Offices with at least the minimum sample.' }),
    gap: Type.Union([ref(EquityGap), Type.Null()], { description: 'Null with fewer than two region classes above the minimum sample.' }),
    officesBelowThreshold: Type.Array(ref(OfficeBelowThreshold), { maxItems: 10000 })
  },
  { $id: 'SurveyEquity', additionalProperties: false }
)
export type SurveyEquity = Static<typeof SurveyEquity>

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

export const surveySchemas = [
  CategoryCode, FeedbackReference,
  SurveyLanguage, LocalizedText, QuestionId, QuestionType, RatingScale, Measure, Attribute, ChoiceOption, Question, SurveyStatus, RespondentSegment,
  IndexWeights, SegmentShares, FollowUpRule, Survey, CreateSurvey, UpdateSurvey, SurveyPage, SurveyDefinition, AnswerValue, Answer, RespondentContact,
  SubmitSurveyResponse, FollowUpStatus, FollowUp, SurveyPersonalData, SurveyComment, SurveyResponse, SurveyResponsePage, ImportSurveyResponses, ImportedSurveyResponses,
  ResultsGrouping, Interval, SatisfiedShare, NetPromoterScore, ResultGroup, QuestionResults, SurveyResults, TrendInterval, ProportionChange,
  TrendPoint, SurveyTrends, IndexComponent, CompositeIndex, SurveyIndices, EquityGroup, EquityGap, OfficeBelowThreshold, SurveyEquity, FollowUpDispatch,
  CreateSurveyInvitation, SurveyInvitation, EraseSurveyResponsePersonalData, EraseSurveySubject, SurveySubjectErasure, SurveyRetentionRun
]
