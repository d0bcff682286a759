/**
 * Prometheus metrics: request counts and latency by route and status, plus Node's process
 * metrics. One registry per app so that several apps can live in one test process.
 *
 * They are served on a listener of their own (`<SERVICE>_METRICS_PORT`, on `METRICS_HOST`,
 * loopback by default), never on the API port: they say which Node version runs and how much
 * traffic each route gets, which is nobody's business who can reach the API. Unset, no metrics
 * listener is opened; the scraper is pointed at the port the operator chose.
 */
import { createServer, type Server } from 'node:http'
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
  app.decorate('metrics', registry)
  return registry
}

export interface MetricsListener {
  host: string
  port: number
}

/** Serves `registry` at `/metrics` on its own listener; anything else there is 404. */
export async function serveMetrics(registry: Registry, listener: MetricsListener): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n')
      return
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(text),
      () => res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics failed\n')
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(listener.port, listener.host, () => resolve())
  })
  return server
}
