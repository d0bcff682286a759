/**
 * The one assembler of every process, services and gateway alike (createApp), and the services'
 * additions to it (createServiceApp). A process's app.ts calls one of them, then registers its
 * own routes.
 */
import underPressure from '@fastify/under-pressure'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { commonSchemas } from '@postcare/contracts'
import Fastify, { type FastifyInstance } from 'fastify'
import type { ProcessConfig, ServiceConfig } from './config.js'
import { createDatabase, type Database } from './db.js'
import { registerConditionalReads } from './conditional.js'
import { registerDisclosure } from './disclosure.js'
import { registerErrorHandling, sendProblem } from './error-handler.js'
import { PlatformErrors, RETRY_AFTER_SECONDS } from './errors.js'
import { registerHealth } from './health.js'
import { IDENTITY_HEADER, IdentityVerifier, registerIdentity } from './identity.js'
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

export interface AppOptions {
  config: ProcessConfig
  /** The process's contract schemas with `$id` (the shared ones are added here). */
  schemas: ReadonlyArray<object>
  openapi: OpenApiInfo & { tags: Array<{ name: string; description: string }> }
  /** A log destination, for tests that read the log. */
  logStream?: NodeJS.WritableStream
  /** Use this database instead of opening one from config.databaseUrl. */
  database?: Database
  /**
   * How callers are recognised, registered after the database and before any route: a service
   * verifies the gateway's identity token; the gateway authenticates keys and tokens itself.
   */
  authenticate(app: FastifyInstance): Promise<void>
  /** What readiness checks beside the database (the gateway: its upstreams). */
  readinessChecks?: Record<string, () => Promise<boolean>>
  /** The WWW-Authenticate challenge of every 401: the schemes callers of this process use. */
  challenge: string
}

/**
 * What every process is built from, in order: server options, body parsing and validation with
 * the shared schemas, errors, response headers, logging, metrics, tracing, the database (and the
 * hourly purge of expired idempotency keys), authentication, the OpenAPI document, health.
 * Routes come after, from the process's own app.ts.
 */
export async function createApp(opts: AppOptions) {
  const { config } = opts
  const app = Fastify(serverOptions({ service: config.service, logLevel: config.logLevel, bodyLimitBytes: config.bodyLimitBytes, logStream: opts.logStream })).withTypeProvider<TypeBoxTypeProvider>()

  registerGracefulClose(app)
  registerBodyParsing(app)
  registerValidation(app, [...commonSchemas, ...opts.schemas] as ReadonlyArray<{ $id?: string }>)
  registerErrorHandling(app, { challenge: opts.challenge })
  registerResponseHeaders(app)
  registerConditionalReads(app)
  registerRequestLogging(app)
  registerMetrics(app, config.service)
  registerTracing(app, config.service)

  // The pool connects on first query, so building the app (for its document, say) needs no database.
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

  // Expired idempotency keys are deleted hourly (and treated as absent before that).
  const purge = setInterval(() => {
    purgeExpiredIdempotencyKeys(database.db).catch((err) => app.log.warn({ err }, 'idempotency purge failed'))
  }, 3_600_000)
  purge.unref()
  app.addHook('onClose', async () => clearInterval(purge))

  await opts.authenticate(app)
  await registerOpenApi(app, opts.openapi, opts.openapi.tags)
  registerHealth(app, config.service, database.db, opts.readinessChecks)
  return app
}

export interface ServiceAppOptions extends Omit<AppOptions, 'config' | 'authenticate' | 'readinessChecks' | 'challenge'> {
  config: ServiceConfig
}

/**
 * A service: the common assembly, with load shedding, the gateway's identity token verified on
 * every route, office binding, personal data disclosed by its marks, and the service's own
 * document published for the gateway to merge.
 */
export async function createServiceApp(opts: ServiceAppOptions) {
  const { config } = opts
  const app = await createApp({
    ...opts,
    // Services are called by the gateway, with its signed identity token in X-Postcare-Identity.
    challenge: `PostcareIdentity realm="postcare", header="${IDENTITY_HEADER}"`,
    authenticate: async (app) => {
      // Shed load when the event loop is saturated: 503 with Retry-After, but liveness stays up.
      await app.register(underPressure, {
        maxEventLoopDelay: config.maxEventLoopDelayMs,
        retryAfter: RETRY_AFTER_SECONDS,
        pressureHandler: (request, reply) => {
          if (request.routeOptions.config?.public) return
          sendProblem(reply, PlatformErrors.SERVICE_UNAVAILABLE('The service is overloaded; retry shortly.'))
        }
      })
      registerIdentity(app, await IdentityVerifier.create(config.identityPublicKey, config.service))
      registerOfficeBinding(app)
      app.decorate('discloseRecords', registerDisclosure(app))
    }
  })
  // The service's own document, for the gateway to merge (public: it describes, it holds no data).
  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger())
  return app
}
