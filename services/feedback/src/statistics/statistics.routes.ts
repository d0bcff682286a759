import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { FeedbackStatistics, FeedbackStatisticsQuery, ref } from '@postcare/contracts'
import { problemResponse } from '@postcare/platform'
import type { StatisticsService } from './statistics.service.js'

export const statisticsRoutes: FastifyPluginAsyncTypebox<{ statistics: StatisticsService }> = async (app, { statistics }) => {
  app.get('/v1/feedback/statistics', {
    config: { scope: 'feedback:read', network: true },
    schema: {
      operationId: 'getFeedbackStatistics', tags: ['statistics'], summary: 'Published figures for a period',
      description: 'Give `from` and `to` (inclusive), or `financialYear` such as `2012/13`. Counts are of items received in the period; pledges, outcomes, compensation and root causes are of acknowledgements, replies and closures made in it. The previous period is the one of the same length just before (the previous financial year for `financialYear`).',
      querystring: FeedbackStatisticsQuery,
      response: { 200: ref(FeedbackStatistics), 403: problemResponse('Office-bound callers (counter terminals) cannot read network-wide figures.') }
    }
  }, async (req) => statistics.compute(req.query))
}
