/**
 * The gateway: the one public entry point. It authenticates callers (API keys, staff tokens),
 * limits their rate, and proxies `/v1/<service>/...` to the services with a signed identity. It
 * also manages API keys itself and publishes the merged API document of the whole system.
 */
import cors from '@fastify/cors'
import rateLimit from '@fastify/rate-limit'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { commonSchemas, gatewaySchemas, scopes } from '@postcare/contracts'
import {
  PlatformErrors,
  createDatabase,
  migrateToLatest,
  retryUntil,
  generateIdentityKeys,
  IdentitySigner,
  purgeExpiredIdempotencyKeys,
  registerErrorHandling,
  registerHealth,
  registerMetrics,
  registerOpenApi,
  registerRequestLogging,
  registerResponseHeaders,
  registerTracing,
  registerBodyParsing,
  registerGracefulClose,
  registerValidation,
  serverOptions,
  type Database as PlatformDatabase
} from '@postcare/platform'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { Agent, type Dispatcher } from 'undici'
import { apiKeyRoutes } from './api-keys/api-keys.routes.js'
import { apiKeysService } from './api-keys/api-keys.service.js'
import { ApiKeyAuthenticator } from './auth/api-key-authenticator.js'
import { registerAuthentication, registerAuthorization } from './auth/authentication.js'
import { JwtAuthenticator } from './auth/jwt-authenticator.js'
import { loadConfig, type GatewayConfig } from './config.js'
import type { Database } from './db/database.js'
import { upstreamChecks } from './health/upstream-checks.js'
import type { OpenApiDocument } from './openapi/merge.js'
import { openApiRoutes } from './openapi/openapi.routes.js'
import { MergedDocument } from './openapi/service-documents.js'
import { IdentityTokens } from './proxy/identity-tokens.js'
import { proxyRoutes } from './proxy/proxy.routes.js'
import './types.js'

import { migrations } from './db/migrations/index.js'

export { migrations }
export { mergeDocuments, OpenApiMergeError, type OpenApiDocument } from './openapi/merge.js'
export { loadConfig, type GatewayConfig } from './config.js'
export { apiKeysService } from './api-keys/api-keys.service.js'

export interface GatewayDeps {
  /** A log destination, for tests that read the log. */
  logStream?: NodeJS.WritableStream
  /** Use this database instead of opening one from config.databaseUrl. */
  database?: PlatformDatabase
  /** How to reach the upstreams (an undici Agent by default). */
  dispatcher?: Dispatcher
}

export const openapiInfo = {
  title: 'Postcare API',
  description: 'Customer services and customer relations of the postal operator: every service, through the gateway.',
  version: '1.0.0',
  tags: [{ name: 'api-keys', description: 'API keys for internal systems and counter terminals (scope `admin:keys`)' }]
}

export async function buildApp(config: GatewayConfig, deps: GatewayDeps = {}) {
  const app = Fastify(serverOptions({ service: 'gateway', logLevel: config.logLevel, bodyLimitBytes: config.bodyLimitBytes, logStream: deps.logStream })).withTypeProvider<TypeBoxTypeProvider>()

  // The gateway's own routes (the key admin API) take JSON only, parsed as strictly as the services'
  // bodies; the proxy routes replace the parsers in their own context and stream bodies untouched.
  registerGracefulClose(app)
  registerBodyParsing(app)
  registerValidation(app, [...commonSchemas, ...gatewaySchemas] as ReadonlyArray<{ $id?: string }>)
  registerErrorHandling(app)
  registerResponseHeaders(app)
  registerRequestLogging(app)
  registerMetrics(app, 'gateway')
  registerTracing(app, 'gateway')

  // The pool connects on first query, so building the app (for its document, say) needs no database.
  const database =
    deps.database ??
    createDatabase({
      url: config.databaseUrl,
      schema: 'gateway',
      applicationName: 'postcare-gateway',
      poolMax: config.db.poolMax,
      connectionTimeoutMs: config.db.connectionTimeoutMs,
      statementTimeoutMs: config.db.statementTimeoutMs,
      idleTimeoutMs: config.db.idleTimeoutMs,
      log: app.log
    })
  app.decorate('db', database.db)
  app.addHook('onClose', async () => database.close())
  const db = database.db as Kysely<Database>

  const purge = setInterval(() => {
    purgeExpiredIdempotencyKeys(database.db).catch((err) => app.log.warn({ err }, 'idempotency purge failed'))
  }, 3_600_000)
  purge.unref()
  app.addHook('onClose', async () => clearInterval(purge))

  const dispatcher =
    deps.dispatcher ??
    new Agent({
      connect: { timeout: Math.min(5000, config.upstreamTimeoutMs) },
      headersTimeout: config.upstreamTimeoutMs,
      bodyTimeout: config.upstreamTimeoutMs,
      keepAliveTimeout: 30_000,
      connections: 256
    })
  if (!deps.dispatcher) app.addHook('onClose', async () => dispatcher.close())

  // Off unless origins are configured. Registered before authentication so that its hook answers a
  // preflight (which carries no credentials) before anyone asks for a key.
  if (config.corsOrigins.length > 0) {
    app.addHook('onRoute', (route) => {
      if (route.method === 'OPTIONS' && route.url === '*') route.config = { ...route.config, public: true }
    })
    await app.register(cors, {
      origin: [...config.corsOrigins],
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['content-type', 'x-api-key', 'authorization', 'idempotency-key', 'if-match', 'x-request-id'],
      exposedHeaders: ['etag', 'location', 'x-request-id', 'retry-after', 'idempotent-replayed'],
      maxAge: 600
    })
  }

  // A revoked key must stop working at once, not when its cache entry ages out.
  const apiKeys = apiKeysService(db, { onRevoked: (row) => keyAuthenticator.forget(row.id) })
  const keyAuthenticator = new ApiKeyAuthenticator(apiKeys, config.apiKeyCacheMs)
  registerAuthentication(app, { apiKeys: keyAuthenticator, jwt: config.jwt ? new JwtAuthenticator(config.jwt) : null })

  // After authentication, so that the limit is per caller rather than per address (a whole post
  // office behind one NAT address must not share one budget); callers that failed to authenticate
  // are counted per address. Before authorization, so that failures count too.
  await app.register(rateLimit, {
    global: true,
    hook: 'onRequest',
    max: config.rateLimit.max,
    timeWindow: config.rateLimit.windowMs,
    keyGenerator: (request) => request.identity?.sub ?? request.ip,
    allowList: (request) => Boolean(request.routeOptions.config?.public),
    errorResponseBuilder: (_request, context) =>
      PlatformErrors.RATE_LIMITED(`This caller may make ${context.max} requests per ${config.rateLimit.windowMs / 1000} s; retry in ${context.after}.`).withHeaders({
        'retry-after': String(Math.max(1, Math.ceil(context.ttl / 1000)))
      })
  })

  registerAuthorization(app)

  await registerOpenApi(app, openapiInfo, openapiInfo.tags)
  registerHealth(app, 'gateway', database.db, upstreamChecks(config.upstreams, dispatcher))

  await app.register(apiKeyRoutes, { apiKeys, idempotencyRetentionHours: config.idempotencyRetentionHours })
  await app.register(proxyRoutes, {
    upstreams: config.upstreams,
    dispatcher,
    tokens: new IdentityTokens(await IdentitySigner.fromJwk(config.identityPrivateKey)),
    timeoutMs: config.upstreamTimeoutMs,
    bodyLimitBytes: config.bodyLimitBytes
  })
  await app.register(openApiRoutes, { merged: new MergedDocument(config.upstreams, dispatcher, () => app.swagger() as unknown as OpenApiDocument) })
  return app
}

/** What a caller of each service's own key may do: look offices and staff up, and (surveys) open feedback cases. */
export const serviceKeyScopes: Readonly<Record<string, readonly string[]>> = {
  feedback: ['directory:read'],
  survey: ['directory:read', 'feedback:read', 'feedback:write'],
  membership: ['directory:read'],
  liaison: ['directory:read']
}

/**
 * Everything between building the app and listening: the schema is migrated (retrying while the
 * database starts), and the keys that come from configuration are registered: the admin key with
 * every scope, and each service's own key for its calls through the gateway.
 */
export async function prepareGateway(app: FastifyInstance, config: GatewayConfig, opts: { attempts?: number } = {}): Promise<void> {
  await retryUntil(() => migrateToLatest(app.db, 'gateway', migrations), { attempts: opts.attempts, log: (m) => app.log.warn(m) })
  const configured = [
    ...(config.adminApiKey ? [{ name: 'admin (POSTCARE_ADMIN_API_KEY)', secret: config.adminApiKey, scopes }] : []),
    ...Object.entries(config.serviceKeys).map(([service, secret]) => ({ name: `service:${service}`, secret, scopes: serviceKeyScopes[service] ?? ['directory:read'] }))
  ]
  await apiKeysService(app.db as Kysely<Database>).registerConfigured(configured)
  if (config.adminApiKey) app.log.info('admin API key registered')
}

/**
 * The gateway's own document (its admin routes), built without a database or upstreams: the
 * pool is never used, and the identity key is a throwaway unless one is given.
 */
export async function gatewayDocument(keys: { privateJwk?: string; publicJwk?: string } = {}): Promise<OpenApiDocument> {
  const privateJwk = keys.privateJwk ?? JSON.stringify((await generateIdentityKeys()).privateJwk)
  const config = loadConfig({
    GATEWAY_DATABASE_URL: 'postgres://unused@127.0.0.1:9/unused',
    POSTCARE_IDENTITY_PRIVATE_KEY: privateJwk,
    LOG_LEVEL: 'silent'
  })
  const app = await buildApp(config)
  try {
    await app.ready()
    return app.swagger() as unknown as OpenApiDocument
  } finally {
    await app.close()
  }
}
