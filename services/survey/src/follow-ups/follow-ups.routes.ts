import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { FollowUpDispatch, ref } from '@postcare/contracts'
import type { FollowUpsService } from './follow-ups.service.js'

export interface FollowUpRoutesOptions {
  followUps: FollowUpsService
}

export const followUpRoutes: FastifyPluginAsyncTypebox<FollowUpRoutesOptions> = async (app, { followUps }) => {
  app.post('/v1/survey/follow-ups/dispatch', {
    config: { scope: 'survey:write', network: true },
    schema: {
      operationId: 'dispatchSurveyFollowUps', tags: ['follow-ups'], summary: 'Retry pending follow-up cases now',
      description:
        'Tries at once to open the feedback case of every pending follow-up not being worked on (up to 100 a call), without waiting for its `nextAttemptAt`. The service also does this by itself every `SURVEY_FOLLOW_UP_RETRY_SECONDS` for the follow-ups that are due. Follow-ups older than `SURVEY_FOLLOW_UP_GIVE_UP_HOURS` are marked `failed` instead (`gaveUp`); a call counts towards `SURVEY_FOLLOW_UP_MAX_ATTEMPTS`. Safe to repeat: each response opens at most one case.',
      response: { 200: ref(FollowUpDispatch) }
    }
  }, async () => followUps.dispatch())
}
