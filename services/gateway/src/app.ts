/**
 * The gateway: the one public entry point. It authenticates callers (API keys, staff tokens),
 * limits their rate, and proxies `/v1/<service>/...` to the services with a signed identity. It
 * also manages API keys itself and publishes the merged API document of the whole system.
 */
import { gatewaySchemas, scopes } from '@postcare/contracts'
import { createApp, generateIdentityKeys, IdentitySigner, migrateToLatest, retryUntil, type Database as PlatformDatabase } from '@postcare/platform'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { Agent, type Dispatcher } from 'undici'
import { apiKeyRoutes } from './api-keys/api-keys.routes.js'
import { apiKeysService, type ApiKeysService } from './api-keys/api-keys.service.js'
import { registerCallers } from './auth/callers.js'
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
  const dispatcher =
    deps.dispatcher ??
    new Agent({
      connect: { timeout: Math.min(5000, config.upstreamTimeoutMs) },
      headersTimeout: config.upstreamTimeoutMs,
      bodyTimeout: config.upstreamTimeoutMs,
      keepAliveTimeout: 30_000,
      connections: 256
    })
  let apiKeys!: ApiKeysService
  // The same assembly as every service; the gateway's own routes (the key admin API) take JSON
  // only, parsed as strictly as the services' bodies, while the proxy routes replace the parsers in
  // their own context and stream bodies untouched.
  const app = await createApp({
    config,
    schemas: gatewaySchemas,
    openapi: openapiInfo,
    logStream: deps.logStream,
    database: deps.database,
    authenticate: async (app) => {
      apiKeys = await registerCallers(app, config)
    },
    readinessChecks: upstreamChecks(config.upstreams, dispatcher),
    // RFC 9110 §11.6.1: a 401 names the schemes accepted; bearer tokens only when a JWKS is set.
    challenge: ['ApiKey realm="postcare", header="X-API-Key"', ...(config.jwt ? ['Bearer realm="postcare"'] : [])].join(', ')
  })
  if (!deps.dispatcher) app.addHook('onClose', async () => dispatcher.close())

  await app.register(apiKeyRoutes, { apiKeys, idempotencyRetentionHours: config.idempotencyRetentionHours })
  await app.register(proxyRoutes, {
    upstreams: config.upstreams,
    dispatcher,
    tokens: new IdentityTokens(await IdentitySigner.fromJwk(config.identityPrivateKey)),
    timeoutMs: config.upstreamTimeoutMs,
    bodyLimitBytes: config.bodyLimitBytes,
    publicRateLimit: { max: config.publicRateLimitMax, windowMs: config.rateLimit.windowMs }
  })
  await app.register(openApiRoutes, { merged: new MergedDocument(config.upstreams, dispatcher, () => app.swagger() as unknown as OpenApiDocument) })
  return app
}

/**
 * What a caller of each service's own key may do: look offices and staff up, and (surveys) open
 * feedback cases; liaison reads feedback's live categories for its agenda items and views.
 */
export const serviceKeyScopes: Readonly<Record<string, readonly string[]>> = {
  feedback: ['directory:read'],
  survey: ['directory:read', 'feedback:read', 'feedback:write'],
  membership: ['directory:read'],
  liaison: ['directory:read', 'feedback:read']
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
