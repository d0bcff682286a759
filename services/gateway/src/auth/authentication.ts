/**
 * Every route declares who may call it: `config.public`, `config.scope` (checked here, for the
 * gateway's own routes) or `config.upstream` (authenticated here, authorised by the service).
 * The check runs when the app is ready, after every plugin has had its say about its routes.
 */
import { hasScope, PlatformErrors, type Identity } from '@postcare/platform'
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify'
import type { ApiKeyAuthenticator } from './api-key-authenticator.js'
import type { JwtAuthenticator } from './jwt-authenticator.js'

export interface Authenticators {
  apiKeys: ApiKeyAuthenticator
  jwt: JwtAuthenticator | null
}

const BEARER = /^Bearer[ ]+([A-Za-z0-9._~+/-]+=*)$/i

export function registerAuthentication(app: FastifyInstance, auth: Authenticators): void {
  app.decorateRequest('identity', null as unknown as Identity)

  const routes: RouteOptions[] = []
  app.addHook('onRoute', (route) => {
    routes.push(route)
  })
  app.addHook('onReady', async () => {
    for (const route of routes) {
      const config = route.config ?? {}
      if (!config.public && !config.scope && !config.upstream) {
        throw new Error(`Route ${String(route.method)} ${route.url} declares none of config.scope, config.public, config.upstream`)
      }
    }
  })

  // A refusal is kept rather than thrown here, so that the rate limit (registered next) counts
  // failed attempts too, per address: guessing keys must cost the guesser, not only the database.
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (request.is404) return
    if (request.routeOptions.config.public) return
    try {
      request.identity = await authenticate(request, auth)
    } catch (err) {
      refusals.set(request, err)
    }
  })
}

const refusals = new WeakMap<FastifyRequest, unknown>()

/**
 * Refuses what authentication refused, and checks the gateway's own routes' scopes. Register it
 * after the rate limit: both are route-level hooks, run in the order they were added.
 */
export function registerAuthorization(app: FastifyInstance): void {
  const authorize = async (request: FastifyRequest) => {
    if (refusals.has(request)) throw refusals.get(request)
    const config = request.routeOptions.config
    if (config.public) return
    if (config.scope && !hasScope(request.identity, config.scope)) {
      throw PlatformErrors.FORBIDDEN(`This operation needs the scope \`${config.scope}\`.`)
    }
  }
  app.addHook('onRoute', (route) => {
    const existing = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest]
    route.onRequest = [...existing, authorize] as typeof route.onRequest
  })
}
async function authenticate(request: FastifyRequest, auth: Authenticators): Promise<Identity> {
  const apiKey = request.headers['x-api-key']
  if (apiKey !== undefined) {
    const identity = typeof apiKey === 'string' && apiKey.length <= 200 ? await auth.apiKeys.authenticate(apiKey) : null
    if (!identity) throw PlatformErrors.UNAUTHENTICATED('The API key is not valid, or has been revoked.')
    return identity
  }
  const authorization = request.headers.authorization
  if (authorization !== undefined) {
    const token = BEARER.exec(authorization)?.[1]
    if (!token) throw PlatformErrors.UNAUTHENTICATED('Authorization must be `Bearer <token>`.')
    if (!auth.jwt) throw PlatformErrors.UNAUTHENTICATED('Bearer tokens are not accepted here; use an API key in X-API-Key.')
    const identity = await auth.jwt.authenticate(token)
    if (!identity) throw PlatformErrors.UNAUTHENTICATED('The bearer token is not valid, has expired, or was not issued for this API.')
    return identity
  }
  throw PlatformErrors.UNAUTHENTICATED('Send an API key in X-API-Key or a bearer token in Authorization.')
}
