/**
 * Assembles what every service shares, in order: options, validation and shared schemas,
 * errors, logging, metrics, tracing, load shedding, identity, database, OpenAPI, health.
 * A service's app.ts calls this and then registers its own routes.
 */
import underPressure from '@fastify/under-pressure'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { commonSchemas } from '@postcare/contracts'
import Fastify from 'fastify'
import type { ServiceConfig } from './config.js'
import { createDatabase, type Database } from './db.js'
import { registerDisclosure } from './disclosure.js'
import { registerErrorHandling, sendProblem } from './error-handler.js'
import { PlatformErrors } from './errors.js'
import { registerHealth } from './health.js'
import { IdentityVerifier, registerIdentity } from './identity.js'
import { purgeExpiredIdempotencyKeys } from './idempotency.js'
import { registerRequestLogging } from './logging.js'
import { registerResponseHeaders } from './response-headers.js'
import { registerMetrics } from './metrics.js'
import { registerOfficeBinding } from './office-binding.js'
import { registerOpenApi, type OpenApiInfo } from './openapi.js'
import { registerGracefulClose } from './server.js'
import { serverOptions } from './server-options.js'
import { registerTracing } from './tracing.js'
import { registerBodyParsing, registerValidation } from './validation.js'
import './types.js'

export interface ServiceAppOptions {
  config: ServiceConfig
  /** The service's contract schemas with `$id` (shared ones are added here). */
  schemas: ReadonlyArray<object>
  openapi: OpenApiInfo & { tags: Array<{ name: string; description: string }> }
  /** A log destination, for tests that read the log. */
  logStream?: NodeJS.WritableStream
  /** Use this database instead of opening one from config.databaseUrl. */
  database?: Database
}


export async function createServiceApp(opts: ServiceAppOptions) {
  const { config } = opts
  const app = Fastify(serverOptions({ service: config.service, logLevel: config.logLevel, bodyLimitBytes: config.bodyLimitBytes, logStream: opts.logStream })).withTypeProvider<TypeBoxTypeProvider>()

  registerGracefulClose(app)
  registerBodyParsing(app)
  registerValidation(app, [...commonSchemas, ...opts.schemas] as ReadonlyArray<{ $id?: string }>)
  registerErrorHandling(app)
  registerResponseHeaders(app)
  registerRequestLogging(app)
  registerMetrics(app, config.service)
  registerTracing(app, config.service)

  // Shed load when the event loop is saturated: 503 with Retry-After, but liveness stays up.
  await app.register(underPressure, {
    maxEventLoopDelay: config.maxEventLoopDelayMs,
    retryAfter: 5,
    pressureHandler: (request, reply) => {
      if (request.routeOptions.config?.public) return
      sendProblem(reply, PlatformErrors.SERVICE_UNAVAILABLE('The service is overloaded; retry shortly.'))
    }
  })

  registerIdentity(app, await IdentityVerifier.create(config.identityPublicKey, config.service))
  registerOfficeBinding(app)

  const database =
    opts.database ??
    createDatabase({
      url: config.databaseUrl,
      schema: config.service,
      applicationName: `postcare-${config.service}`,
      poolMax: config.db.poolMax,
      connectionTimeoutMs: config.db.connectionTimeoutMs,
      statementTimeoutMs: config.db.statementTimeoutMs,
      idleTimeoutMs: config.db.idleTimeoutMs,
      log: app.log
    })
  app.decorate('db', database.db)
  app.addHook('onClose', async () => database.close())
  app.decorate('discloseRecords', registerDisclosure(app))

  // Expired idempotency keys are deleted hourly (and treated as absent before that).
  const purge = setInterval(() => {
    purgeExpiredIdempotencyKeys(database.db).catch((err) => app.log.warn({ err }, 'idempotency purge failed'))
  }, 3_600_000)
  purge.unref()
  app.addHook('onClose', async () => clearInterval(purge))

  await registerOpenApi(app, opts.openapi, opts.openapi.tags)
  // The service's own document, for the gateway to merge (public: it describes, it holds no data).
  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger())
  registerHealth(app, config.service, database.db)
  return app
}
