/**
 * Gateway contracts: API keys, managed by callers with the `admin:keys` scope. Key administration
 * never grants more than the caller holds: a key's scopes are a subset of the caller's, and an
 * office-bound caller issues, sees and revokes only keys bound to its own office.
 */
import Type, { type Static } from 'typebox'
import { Instant, OfficeCode, Page, PageQuery, Uuid, ref } from './common.js'
import { scopes } from './scopes.js'

export const ScopeName = Type.Enum([...scopes], { $id: 'ScopeName', description: 'A permission a caller can hold.' })

export const ApiKey = Type.Object(
  {
    id: ref(Uuid),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    scopes: Type.Array(ref(ScopeName), { maxItems: 50, uniqueItems: true }),
    officeCode: Type.Union([ref(OfficeCode), Type.Null()], { description: 'Set for a counter terminal: the only office it may act for.' }),
    prefix: Type.String({ maxLength: 20, description: 'The first characters of the key, to recognise it.' }),
    configured: Type.Boolean({ description: 'Comes from the gateway\'s configuration (the admin key, a service\'s own key): it cannot be revoked through the API.' }),
    createdAt: ref(Instant),
    revokedAt: Type.Union([ref(Instant), Type.Null()])
  },
  { $id: 'ApiKey', additionalProperties: false }
)
export type ApiKey = Static<typeof ApiKey>

export const CreateApiKey = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    scopes: Type.Array(ref(ScopeName), { minItems: 1, maxItems: 50, uniqueItems: true }),
    officeCode: Type.Optional(ref(OfficeCode))
  },
  { $id: 'CreateApiKey', additionalProperties: false }
)
export type CreateApiKey = Static<typeof CreateApiKey>

export const IssuedApiKey = Type.Object(
  {
    apiKey: ref(ApiKey),
    secret: Type.String({ maxLength: 100, description: 'The key itself. Shown once; store it now.' })
  },
  { $id: 'IssuedApiKey', additionalProperties: false }
)

export const ApiKeyPage = Page(ref(ApiKey), 'ApiKeyPage')
export const ApiKeyListQuery = Type.Object({ ...PageQuery }, { additionalProperties: false })

export const gatewaySchemas = [ScopeName, ApiKey, CreateApiKey, IssuedApiKey, ApiKeyPage]
