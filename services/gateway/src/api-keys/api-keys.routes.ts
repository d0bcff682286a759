import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ApiKey, ApiKeyListQuery, ApiKeyPage, CreateApiKey, IdempotencyHeaders, IssuedApiKey, Uuid, ref } from '@postcare/contracts'
import { idempotentCreate, problemResponse } from '@postcare/platform'
import type { Kysely } from 'kysely'
import Type from 'typebox'
import type { Database } from '../db/database.js'
import type { ApiKeysService } from './api-keys.service.js'

const Params = Type.Object({ keyId: ref(Uuid) }, { additionalProperties: false })
const tags = ['api-keys']
const scope = 'admin:keys'

export interface ApiKeyRoutesOptions {
  apiKeys: ApiKeysService
  idempotencyRetentionHours: number
}

export const apiKeyRoutes: FastifyPluginAsyncTypebox<ApiKeyRoutesOptions> = async (app, { apiKeys, idempotencyRetentionHours }) => {
  app.post('/v1/gateway/api-keys', {
    config: { scope },
    schema: {
      operationId: 'createApiKey', tags, summary: 'Issue an API key',
      description: 'The response carries the secret, once: it is stored only as a hash. A retry with the same Idempotency-Key and body replays the first response.',
      body: ref(CreateApiKey),
      headers: IdempotencyHeaders,
      response: { 201: ref(IssuedApiKey), 409: problemResponse('A request with this Idempotency-Key is in flight.'), 422: problemResponse('The Idempotency-Key was used for another request.') }
    }
  }, async (req, reply) => {
    return idempotentCreate(app.db as Kysely<Database>, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const issued = await apiKeys.create(req.body, trx)
      return { statusCode: 201, body: issued, headers: { location: `/v1/gateway/api-keys/${issued.apiKey.id}` } }
    })
  })

  app.get('/v1/gateway/api-keys', {
    config: { scope },
    schema: { operationId: 'listApiKeys', tags, summary: 'List API keys, oldest first', querystring: ApiKeyListQuery, response: { 200: ref(ApiKeyPage) } }
  }, async (req) => {
    const { limit = 50, cursor } = req.query
    return apiKeys.list(limit, cursor)
  })

  app.get('/v1/gateway/api-keys/:keyId', {
    config: { scope },
    schema: { operationId: 'getApiKey', tags, summary: 'Get an API key (never its secret)', params: Params, response: { 200: ref(ApiKey) } }
  }, async (req) => apiKeys.get(req.params.keyId))

  app.post('/v1/gateway/api-keys/:keyId/revoke', {
    config: { scope },
    schema: {
      operationId: 'revokeApiKey', tags, summary: 'Revoke an API key',
      description: 'Takes effect at once on this gateway and within the key cache period (30 s) on every other replica. Irreversible.',
      params: Params,
      response: { 200: ref(ApiKey), 409: problemResponse('Already revoked.') }
    }
  }, async (req) => apiKeys.revoke(req.params.keyId))
}
