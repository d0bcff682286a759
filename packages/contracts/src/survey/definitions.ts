/** Survey definitions: versioned questionnaires in several languages, their questions, weights, segment shares and follow-up rules. */
import Type, { type Static } from 'typebox'
import { CalendarDate, Channel, Instant, Page, PageQuery, Uuid, ref } from '../common.js'
import { createSurveyExamples, updateSurveyExamples } from '../survey-examples.js'

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
