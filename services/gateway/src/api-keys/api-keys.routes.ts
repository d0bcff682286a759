import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ApiKey, ApiKeyListQuery, ApiKeyPage, CreateApiKey, IdempotencyHeaders, IssuedApiKey, Uuid, ref } from '@postcare/contracts'
import { idempotentCreate, problemResponse } from '@postcare/platform'
import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import Type from 'typebox'
import type { Database } from '../db/database.js'
import type { Actor, ApiKeysService } from './api-keys.service.js'

const Params = Type.Object({ keyId: ref(Uuid) }, { additionalProperties: false })
const tags = ['api-keys']
const scope = 'admin:keys'
const notVisible = problemResponse('No such key, or (for a caller bound to a post office) a key of another office.')
const actor = (req: FastifyRequest): Actor => ({ identity: req.identity, requestId: req.id })

export interface ApiKeyRoutesOptions {
  apiKeys: ApiKeysService
  idempotencyRetentionHours: number
}

export const apiKeyRoutes: FastifyPluginAsyncTypebox<ApiKeyRoutesOptions> = async (app, { apiKeys, idempotencyRetentionHours }) => {
  app.post('/v1/gateway/api-keys', {
    config: { scope },
    schema: {
      operationId: 'createApiKey', tags, summary: 'Issue an API key',
      description:
        'The response carries the secret, once: it is stored only as a hash. A retry with the same Idempotency-Key and body replays the first response. ' +
        'A key is given only scopes the caller holds (else 403 GATEWAY_SCOPE_NOT_HELD naming each scope), and a caller bound to a post office issues keys bound to that office only (else 403 OFFICE_NOT_PERMITTED).',
      body: ref(CreateApiKey),
      headers: IdempotencyHeaders,
      response: {
        201: ref(IssuedApiKey),
        403: problemResponse('The caller lacks `admin:keys`, does not hold a requested scope (GATEWAY_SCOPE_NOT_HELD), or is bound to a post office and names another or none (OFFICE_NOT_PERMITTED).'),
        409: problemResponse('A request with this Idempotency-Key is in flight.'),
        422: problemResponse('The Idempotency-Key was used for another request.')
      }
    }
  }, async (req, reply) => {
    // A refusal needs no transaction: it is answered before one is opened (and never stored for replay).
    apiKeys.checkIssue(req.identity, req.body)
    return idempotentCreate(app.db as Kysely<Database>, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const issued = await apiKeys.create(actor(req), req.body, trx)
      return { statusCode: 201, body: issued, headers: { location: `/v1/gateway/api-keys/${issued.apiKey.id}` } }
    })
  })

  app.get('/v1/gateway/api-keys', {
    config: { scope },
    schema: {
      operationId: 'listApiKeys', tags, summary: 'List API keys, oldest first',
      description: 'A caller bound to a post office sees only the keys bound to that office.',
      querystring: ApiKeyListQuery,
      response: { 200: ref(ApiKeyPage) }
    }
  }, async (req) => {
    const { limit = 50, cursor } = req.query
    return apiKeys.list(req.identity, limit, cursor)
  })

  app.get('/v1/gateway/api-keys/:keyId', {
    config: { scope },
    schema: { operationId: 'getApiKey', tags, summary: 'Get an API key (never its secret)', params: Params, response: { 200: ref(ApiKey), 404: notVisible } }
  }, async (req) => apiKeys.get(req.identity, req.params.keyId))

  app.post('/v1/gateway/api-keys/:keyId/revoke', {
    config: { scope },
    schema: {
      operationId: 'revokeApiKey', tags, summary: 'Revoke an API key',
      description:
        'Takes effect at once on this gateway and within the key cache period (30 s) on every other replica. Irreversible. ' +
        'Only a caller holding every scope of the key may revoke it; keys from the gateway\'s configuration (the admin key, the services\' own keys) are never revoked through the API.',
      params: Params,
      response: {
        200: ref(ApiKey),
        403: problemResponse('The caller lacks `admin:keys`, or a scope the key holds (GATEWAY_SCOPE_NOT_HELD).'),
        404: notVisible,
        409: problemResponse('Already revoked (GATEWAY_API_KEY_REVOKED), or the key comes from configuration (GATEWAY_KEY_CONFIGURED).')
      }
    }
  }, async (req) => apiKeys.revoke(actor(req), req.params.keyId))
}
