import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { FeedbackStatistics, FeedbackStatisticsQuery, ref } from '@postcare/contracts'
import { problemResponse } from '@postcare/platform'
import type { StatisticsService } from './statistics.service.js'

export const statisticsRoutes: FastifyPluginAsyncTypebox<{ statistics: StatisticsService }> = async (app, { statistics }) => {
  app.get('/v1/feedback/statistics', {
    config: { scope: 'feedback:read', network: true },
    schema: {
      operationId: 'getFeedbackStatistics', tags: ['statistics'], summary: 'Published figures for a period',
      description: 'Give `from` and `to` (inclusive, at most 3,660 days), or `financialYear` such as `2012/13`, or neither for the current financial year. Days are the operator\'s local days (POSTCARE_TIME_ZONE): an item received at 00:30 local time on 1 April counts in the new financial year, whatever the hour in UTC. Counts are of items received in the period; pledges, outcomes, compensation and root causes are of acknowledgements, replies and closures made in it. The previous period is the previous financial year for a financial year, as many whole months before for whole months, otherwise as many days just before. A bad period is 400 `INVALID_PERIOD` naming `query/from`, `query/to` or `query/financialYear`.',
      querystring: FeedbackStatisticsQuery,
      response: { 200: ref(FeedbackStatistics), 403: problemResponse('Office-bound callers (counter terminals) cannot read network-wide figures.') }
    }
  }, async (req) => statistics.compute(req.query))
}
