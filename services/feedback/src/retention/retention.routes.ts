import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { RetentionRunResult, ref } from '@postcare/contracts'
import type { RetentionService } from './retention.service.js'

export const retentionRoutes: FastifyPluginAsyncTypebox<{ retention: RetentionService }> = async (app, { retention }) => {
  app.post('/v1/feedback/retention/run', {
    config: { scope: 'feedback:manage', network: true },
    schema: {
      operationId: 'runFeedbackRetention', tags: ['feedback'], summary: 'Anonymise items past the retention period now',
      description: 'The service also does this on its own every FEEDBACK_RETENTION_SWEEP_MINUTES; this runs it at once.',
      response: { 200: ref(RetentionRunResult) }
    }
  }, async () => ({ anonymised: await retention.sweep() }))
}
