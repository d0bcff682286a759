/**
 * How the gateway recognises and limits its callers, in the order that matters: CORS first (a
 * preflight carries no credentials), then authentication (API keys, staff tokens), then the rate
 * limit (per caller, so a whole post office behind one NAT address does not share one budget;
 * failed attempts count per address), then authorization of the gateway's own routes.
 */
import cors from '@fastify/cors'
import rateLimit from '@fastify/rate-limit'
import { PlatformErrors } from '@postcare/platform'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { apiKeysService, type ApiKeysService } from '../api-keys/api-keys.service.js'
import type { GatewayConfig } from '../config.js'
import type { Database } from '../db/database.js'
import { ApiKeyAuthenticator } from './api-key-authenticator.js'
import { registerAuthentication, registerAuthorization } from './authentication.js'
import { JwtAuthenticator } from './jwt-authenticator.js'

/** Registers CORS, authentication, the rate limit and authorization; answers the API-key service. */
export async function registerCallers(app: FastifyInstance, config: GatewayConfig): Promise<ApiKeysService> {
  // Off unless origins are configured.
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
  const apiKeys = apiKeysService(app.db as Kysely<Database>, { onRevoked: (row) => keyAuthenticator.forget(row.id) })
  const keyAuthenticator = new ApiKeyAuthenticator(apiKeys, config.apiKeyCacheMs)
  registerAuthentication(app, { apiKeys: keyAuthenticator, jwt: config.jwt ? new JwtAuthenticator(config.jwt) : null })

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
  return apiKeys
}
