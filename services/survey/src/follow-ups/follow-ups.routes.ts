import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { FollowUpDispatch, ref } from '@postcare/contracts'
import type { FollowUpsService } from './follow-ups.service.js'

export interface FollowUpRoutesOptions {
  followUps: FollowUpsService
}

export const followUpRoutes: FastifyPluginAsyncTypebox<FollowUpRoutesOptions> = async (app, { followUps }) => {
  app.post('/v1/survey/follow-ups/dispatch', {
    config: { scope: 'survey:write' },
    schema: {
      operationId: 'dispatchSurveyFollowUps', tags: ['follow-ups'], summary: 'Retry pending follow-up cases now',
      description:
        'Tries once more to open the feedback case of every pending follow-up not being worked on (up to 100 a call). The service also does this by itself every `SURVEY_FOLLOW_UP_RETRY_SECONDS`. Safe to repeat: each response opens at most one case.',
      response: { 200: ref(FollowUpDispatch) }
    }
  }, async () => followUps.dispatch())
}
