/**
 * OpenTelemetry hooks: a server span per request, continuing the caller's trace from
 * `traceparent`. Without an SDK registered these are no-ops; deployments that want traces
 * register one (for example with `node --import @opentelemetry/auto-instrumentations-node/register`).
 */
import { context, propagation, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api'
import type { FastifyInstance } from 'fastify'

const spans = new WeakMap<object, Span>()

export function registerTracing(app: FastifyInstance, service: string): void {
  const tracer = trace.getTracer(`postcare-${service}`)
  app.addHook('onRequest', (request, _reply, done) => {
    const parent = propagation.extract(context.active(), request.headers)
    const span = tracer.startSpan(
      `${request.method} ${request.routeOptions.url ?? 'unmatched'}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'http.route': request.routeOptions.url ?? '' } },
      parent
    )
    spans.set(request, span)
    done()
  })
  app.addHook('onResponse', (request, reply, done) => {
    const span = spans.get(request)
    if (span) {
      span.setAttribute('http.response.status_code', reply.statusCode)
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR })
      span.end()
    }
    done()
  })
}
