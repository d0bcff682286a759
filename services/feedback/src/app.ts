/**
 * The feedback service: complaints, commendations and suggestions from every channel, their
 * handling against the service pledges, and the published figures made from them.
 *
 * Who owns a transaction: the route. A request that writes runs in exactly one transaction,
 * opened where the request is handled — by the platform's `idempotentCreate` for a create (the
 * Idempotency-Key is claimed in the same transaction as the write) and by `db.transaction()` for
 * every other write. Service methods that write take that transaction (`Transaction<Database>`,
 * so passing `db` does not compile) as their first argument and never open one; reads use `db`.
 * The sweeps answer no request, so they own theirs: one per block.
 */
import { feedbackSchemas } from '@postcare/contracts'
import { createServiceApp, httpDirectoryLookup, operatorCalendar, type DirectoryLookup, type ServiceAppOptions } from '@postcare/platform'
import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import { categoryRoutes } from './categories/categories.routes.js'
import { categoriesService } from './categories/categories.service.js'
import type { FeedbackConfig } from './config.js'
import type { Database } from './db/database.js'
import { itemRoutes } from './items/items.routes.js'
import { itemsService } from './items/items.service.js'
import { breachesService } from './pledges/breaches.service.js'
import { retentionRoutes } from './retention/retention.routes.js'
import { retentionService } from './retention/retention.service.js'
import { statisticsRoutes } from './statistics/statistics.routes.js'
import { statisticsService } from './statistics/statistics.service.js'

export { migrations } from './db/migrations/index.js'

export type FeedbackDeps = Pick<ServiceAppOptions, 'logStream' | 'database'> & {
  /** Offices, staff and the calendar (holidays, suspensions); by default looked up through the gateway with the service's own key. */
  directory?: DirectoryLookup
  /** The time pledges are measured against; tests move it to cross weekends and holidays. */
  now?: () => Date
  /**
   * Starts the periodic sweep (missed pledges, then retention) and returns how to stop it. By
   * default every FEEDBACK_RETENTION_SWEEP_MINUTES, logging a failed run; tests take the task
   * and run it when their clock says so.
   */
  scheduleSweep?: (sweep: () => Promise<void>) => () => void
}

export const openapiInfo = {
  title: 'Postcare Feedback API',
  description: 'Complaints, commendations and suggestions from every channel: intake, handling against the service pledges, case work, and the published statistics.',
  version: '1.0.0',
  tags: [
    { name: 'feedback', description: 'Feedback items and their workflow' },
    { name: 'categories', description: 'The feedback category taxonomy' },
    { name: 'statistics', description: 'Published figures' }
  ]
}

function everyMinutes(minutes: number, log: FastifyBaseLogger) {
  return (sweep: () => Promise<void>) => {
    const timer = setInterval(() => {
      sweep().catch((err: unknown) => log.warn({ err }, 'feedback sweep failed'))
    }, minutes * 60_000)
    timer.unref()
    return () => clearInterval(timer)
  }
}

export async function buildApp(config: FeedbackConfig, deps: FeedbackDeps = {}) {
  const {
    directory = httpDirectoryLookup({ baseUrl: config.gatewayUrl, apiKey: config.apiKey ?? '' }),
    now = () => new Date(),
    scheduleSweep,
    ...platformDeps
  } = deps
  const app = await createServiceApp({ config, schemas: feedbackSchemas, openapi: openapiInfo, ...platformDeps })
  const db = app.db as Kysely<Database>
  // Local days, financial years and working days at a place (with the directory's holidays and suspensions).
  const calendar = operatorCalendar(config.calendar, directory)
  const today = () => calendar.dayOf(now())
  const items = itemsService({ db, config, directory, calendar, now })
  const breaches = breachesService(db, now, today)
  const retention = retentionService(db, config, now, today)
  await app.register(itemRoutes, { items, idempotencyRetentionHours: config.idempotencyRetentionHours })
  await app.register(categoryRoutes, { categories: categoriesService(db) })
  await app.register(statisticsRoutes, { statistics: statisticsService(db, config, calendar, now) })
  await app.register(retentionRoutes, { retention })

  // Breaches and retention are kept up by the service itself; several replicas doing it at once is harmless.
  // Retention is a legal duty: a failing breach sweep must not keep it from running.
  const sweep = async () => {
    try {
      await breaches.record()
    } finally {
      await retention.sweep()
    }
  }
  const stop = (scheduleSweep ?? everyMinutes(config.retentionSweepMinutes, app.log))(sweep)
  app.addHook('onClose', async () => stop())
  return app
}
