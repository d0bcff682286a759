import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { LiaisonStatistics, LiaisonStatisticsQuery, ref } from '@postcare/contracts'
import type { StatisticsService } from './statistics.service.js'

export const statisticsRoutes: FastifyPluginAsyncTypebox<{ statistics: StatisticsService }> = async (app, { statistics }) => {
  app.get('/v1/liaison/statistics', {
    config: { scope: 'liaison:read' },
    schema: {
      operationId: 'getLiaisonStatistics', tags: ['statistics'], summary: 'Meetings against target, attendance, seats, actions and views of a period',
      description: 'For `financialYear`, or `from` and `to` (local days), or neither for the current financial year. The attendance rate is defined in LiaisonAttendanceFigures.',
      querystring: LiaisonStatisticsQuery, response: { 200: ref(LiaisonStatistics) }
    }
  }, async (req) => statistics.compute(req.query))
}
