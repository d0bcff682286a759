/**
 * Headers every answer carries: the request id (one id from the gateway through every service),
 * `X-Content-Type-Options: nosniff` (a problem document or a CSV export is never run as script),
 * and, on every route that needs a caller, `Cache-Control: no-store`: authenticated answers can
 * carry personal data and must not be kept by a proxy or a browser. Public routes (health, the
 * published record) decide their own caching.
 */
import type { FastifyInstance } from 'fastify'
import { registerExpectationFailed } from './low-level-errors.js'

export function registerResponseHeaders(app: FastifyInstance): void {
  registerExpectationFailed(app)
  app.addHook('onSend', (request, reply, _payload, done) => {
    reply.header('x-request-id', request.id)
    reply.header('x-content-type-options', 'nosniff')
    if (!request.routeOptions.config?.public && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store')
    done()
  })
}
