/**
 * Liveness says the process answers; readiness says it can do its work (its database answers).
 * Both are public and excluded from the published API documents.
 */
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { pingDatabase } from './db.js'
import { RETRY_AFTER_SECONDS } from './errors.js'

const HealthResponse = { $ref: 'Health#' }

export function registerHealth(app: FastifyInstance, service: string, db?: Kysely<any>, extraChecks: Record<string, () => Promise<boolean>> = {}): void {
  // Parts registered after the app is assembled (the message dispatcher) add their own checks.
  const checks = new Map(Object.entries(extraChecks))
  app.decorate('addReadinessCheck', (name: string, check: () => Promise<boolean>) => {
    checks.set(name, check)
  })
  app.get('/health/live', { config: { public: true }, schema: { hide: true, response: { 200: HealthResponse } } }, async () => ({ status: 'ok' as const, service }))
  app.get('/health/ready', { config: { public: true }, schema: { hide: true, response: { 200: HealthResponse, 503: HealthResponse } } }, async (_req, reply) => {
    const results: Record<string, string> = {}
    let ok = true
    if (db) {
      const up = await pingDatabase(db)
      results.database = up ? 'ok' : 'unavailable'
      ok &&= up
    }
    for (const [name, check] of checks) {
      const up = await check().catch(() => false)
      results[name] = up ? 'ok' : 'unavailable'
      ok &&= up
    }
    if (!ok) reply.code(503).header('retry-after', String(RETRY_AFTER_SECONDS))
    return { status: ok ? ('ok' as const) : ('unavailable' as const), service, checks: results }
  })
}
