/**
 * Survey contracts: versioned questionnaires in several languages, responses from every channel,
 * and the figures made from them (satisfied shares with intervals, NPS, KCSI/ACSI-style indices,
 * service equity across region classes). One module per resource.
 */
import { CategoryCode, FeedbackReference } from '../feedback/index.js'
import { Attribute, ChoiceOption, CreateSurvey, FollowUpRule, IndexWeights, LocalizedText, Measure, Question, QuestionId, QuestionType, RatingScale, RespondentSegment, SegmentShares, Survey, SurveyDefinition, SurveyLanguage, SurveyPage, SurveyStatus, UpdateSurvey } from './definitions.js'
import { Answer, AnswerValue, FollowUp, FollowUpStatus, ImportSurveyResponses, ImportedSurveyResponses, RespondentContact, SubmitSurveyResponse, SurveyComment, SurveyPersonalData, SurveyResponse, SurveyResponsePage } from './responses.js'
import { CompositeIndex, EquityGap, EquityGroup, IndexComponent, Interval, NetPromoterScore, OfficeBelowThreshold, ProportionChange, QuestionResults, ResultGroup, ResultsGrouping, SatisfiedShare, SurveyEquity, SurveyIndices, SurveyResults, SurveyTrends, TrendInterval, TrendPoint } from './results.js'
import { CreateSurveyInvitation, EraseSurveyResponsePersonalData, EraseSurveySubject, FollowUpDispatch, SurveyInvitation, SurveyRetentionRun, SurveySubjectErasure } from './operations.js'

export * from './definitions.js'
export * from './responses.js'
export * from './results.js'
export * from './operations.js'

export const surveySchemas = [
  CategoryCode, FeedbackReference,
  SurveyLanguage, LocalizedText, QuestionId, QuestionType, RatingScale, Measure, Attribute, ChoiceOption, Question, SurveyStatus, RespondentSegment,
  IndexWeights, SegmentShares, FollowUpRule, Survey, CreateSurvey, UpdateSurvey, SurveyPage, SurveyDefinition, AnswerValue, Answer, RespondentContact,
  SubmitSurveyResponse, FollowUpStatus, FollowUp, SurveyPersonalData, SurveyComment, SurveyResponse, SurveyResponsePage, ImportSurveyResponses, ImportedSurveyResponses,
  ResultsGrouping, Interval, SatisfiedShare, NetPromoterScore, ResultGroup, QuestionResults, SurveyResults, TrendInterval, ProportionChange,
  TrendPoint, SurveyTrends, IndexComponent, CompositeIndex, SurveyIndices, EquityGroup, EquityGap, OfficeBelowThreshold, SurveyEquity, FollowUpDispatch,
  CreateSurveyInvitation, SurveyInvitation, EraseSurveyResponsePersonalData, EraseSurveySubject, SurveySubjectErasure, SurveyRetentionRun
]
