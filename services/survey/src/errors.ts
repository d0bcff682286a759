import { defineErrors } from '@postcare/platform'

export const SurveyErrors = defineErrors({
  SURVEY_NOT_FOUND: { status: 404, title: 'Survey not found' },
  SURVEY_VERSION_NOT_FOUND: { status: 404, title: 'No such published version of this survey' },
  SURVEY_RESPONSE_NOT_FOUND: { status: 404, title: 'Survey response not found' },
  SURVEY_INVALID_DEFINITION: { status: 422, title: 'The survey definition is not consistent' },
  SURVEY_ILLEGAL_TRANSITION: { status: 409, title: 'That change is not allowed in the current state' },
  SURVEY_NOT_ACCEPTING_RESPONSES: { status: 409, title: 'The survey is not accepting responses' },
  SURVEY_INVALID_ANSWERS: { status: 422, title: 'Some answers do not fit the survey' },
  SURVEY_INVALID_RESPONSE: { status: 422, title: 'The response does not fit the survey' },
  SURVEY_UNKNOWN_QUESTION: { status: 400, title: 'The survey has no such rating question' },
  SURVEY_NO_SEGMENT_SHARES: { status: 409, title: 'The survey has no segment shares to weight by' },
  SURVEY_INVITATION_NOT_FOUND: { status: 404, title: 'Survey invitation not found' },
  SURVEY_INVALID_INVITATION: { status: 422, title: 'The invitation token is not valid' },
  SURVEY_INVALID_ERASURE_REQUEST: { status: 422, title: 'The erasure request does not say whose data to erase' },
  SURVEY_FOLLOW_UP_IN_FLIGHT: { status: 409, title: 'A follow-up case for this response is being opened right now' }
})
