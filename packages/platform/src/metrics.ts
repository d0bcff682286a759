/**
 * Prometheus metrics at /metrics: request counts and latency by route and status, plus Node's
 * process metrics. One registry per app so that several apps can live in one test process.
 */
import type { FastifyInstance } from 'fastify'
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

export function registerMetrics(app: FastifyInstance, service: string): Registry {
  const registry = new Registry()
  registry.setDefaultLabels({ service })
  collectDefaultMetrics({ register: registry })
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry]
  })
  const errors = new Counter({ name: 'http_server_errors_total', help: '5xx responses', labelNames: ['route', 'code'], registers: [registry] })
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched'
    duration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000)
    if (reply.statusCode >= 500) errors.inc({ route, code: String(reply.statusCode) })
    done()
  })
  app.get('/metrics', { config: { public: true }, schema: { hide: true } }, async (_req, reply) => {
    reply.type(registry.contentType)
    return registry.metrics()
  })
  return registry
}
