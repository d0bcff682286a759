/**
 * @fastify/swagger setup shared by every service: OpenAPI 3.1, named components from the
 * schemas registered with `$id`, the gateway's security schemes, and the problem responses every
 * operation can give, so that a generated client knows them all.
 */
import swagger from '@fastify/swagger'
import type { FastifyInstance, RouteOptions } from 'fastify'

export const securitySchemes = {
  ApiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'An API key issued by the gateway (internal systems, counter terminals).' },
  Bearer: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'A staff token from the operator\'s identity provider, verified against its JWKS with a pinned issuer and audience and an explicit algorithm list, as RFC8725 (JWT best current practices) asks. ' +
      'Its `office` claim is required: a post office code (`^[A-Z]{3}[0-9]{3}$`, e.g. `ISL001`) binds the staff member to that office, and the literal string `"*"` makes them network-wide; a token whose `office` claim is missing or anything else (null, a number, an array, lower case) is refused with 401. ' +
      'Scopes come from `scope` (space-separated) or `scp`.'
  }
} as const

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: 'Problem#' } } }
})

/** Responses any authenticated route can give, added where a route does not declare its own. */
export const standardProblems: Record<string, ReturnType<typeof problem>> = {
  '400': problem('The request is not valid; `errors` lists the fields.'),
  '401': problem('Missing or invalid credentials.'),
  '403': problem('The caller lacks the scope this operation needs.'),
  '404': problem('Not found, or not visible to this caller.'),
  '413': problem('The body is too large.'),
  '415': problem('Unsupported content type.'),
  '429': problem('Rate limit exceeded; see Retry-After.'),
  '500': problem('Unexpected error; quote the request id.'),
  '503': problem('Temporarily unavailable; see Retry-After.')
}

export function problemResponse(description: string) {
  return problem(description)
}

export function addStandardResponses(route: RouteOptions): void {
  const schema = (route.schema ??= {})
  if ((schema as { hide?: boolean }).hide) return
  const response = ((schema as { response?: Record<string, unknown> }).response ??= {})
  for (const [status, value] of Object.entries(standardProblems)) {
    if (!(status in response)) response[status] = value
  }
}

export interface OpenApiInfo {
  title: string
  description: string
  version: string
}

/** The rate-limit headers the gateway sends on every answer it gives an authenticated caller. */
const Count = { type: 'integer', format: 'int32', minimum: 0, maximum: 2147483647 }
const rateLimitHeaders = {
  'X-RateLimit-Limit': { description: 'Requests this caller may make in the current window.', schema: Count },
  'X-RateLimit-Remaining': { description: 'Requests left in the current window.', schema: Count },
  'X-RateLimit-Reset': { description: 'Seconds until the window resets.', schema: Count }
}
/** CORS is off unless the gateway is configured with allowed origins; then it echoes the origin. */
const corsHeader = {
  'Access-Control-Allow-Origin': {
    description: 'Sent only when the gateway\'s CORS allow-list (GATEWAY_CORS_ORIGINS) names the request\'s Origin; never `*`.',
    schema: { type: 'string', maxLength: 200 }
  }
}
const retryAfterHeader = { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: Count } }


const INT32_MAX = 2 ** 31 - 1

/** Integers say how wide they are, so generated clients pick the right type. */
function addIntegerFormats(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) addIntegerFormats(item)
    return
  }
  if (!node || typeof node !== 'object') return
  const schema = node as Record<string, unknown>
  const types = Array.isArray(schema.type) ? schema.type : [schema.type]
  if (types.includes('integer') && schema.format === undefined) {
    const max = typeof schema.maximum === 'number' ? schema.maximum : Infinity
    const min = typeof schema.minimum === 'number' ? schema.minimum : -Infinity
    schema.format = max <= INT32_MAX && min >= -INT32_MAX - 1 ? 'int32' : 'int64'
  }
  for (const value of Object.values(schema)) addIntegerFormats(value)
}

/**
 * What every published document carries beyond what the routes declare: integer widths, and
 * the gateway's rate-limit headers on every 2xx and 4xx answer (OWASP API4).
 */
export function finishDocument<D extends { paths?: Record<string, Record<string, any>>; components?: Record<string, any> }>(doc: D): D {
  addIntegerFormats(doc.paths)
  addIntegerFormats(doc.components?.schemas)
  for (const item of Object.values(doc.paths ?? {})) {
    for (const operation of Object.values(item)) {
      const responses = (operation as { responses?: Record<string, Record<string, unknown>> })?.responses
      for (const [status, response] of Object.entries(responses ?? {})) {
        const headers = { ...(response.headers as Record<string, unknown> | undefined) }
        // Inline rather than components/headers: Spectral's CORS rule reads any `headers` map as a response's.
        Object.assign(headers, corsHeader)
        if (/^[24]/.test(status)) Object.assign(headers, rateLimitHeaders)
        if (status === '429' || status === '503') Object.assign(headers, retryAfterHeader)
        responses![status] = { ...response, headers }
      }
    }
  }
  return doc
}

/** Who may call an operation, as route config says; published as `x-postcare-*` extensions. */
interface AccessPolicy {
  scope?: string
  network?: boolean
}

const NETWORK_NOTE = '\n\nNetwork-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal\'s key.'

/**
 * Each operation says which scope it needs (`x-postcare-scope`) and whether it acts on the whole
 * network (`x-postcare-network-wide`), so that client authors and the security suite read the
 * policy from the document instead of from the code.
 */
function addAccessPolicies(doc: { paths?: Record<string, Record<string, any>> }, policies: Map<string, AccessPolicy>): void {
  for (const item of Object.values(doc.paths ?? {})) {
    for (const operation of Object.values(item)) {
      const policy = policies.get(operation?.operationId)
      if (!policy) continue
      if (policy.scope) operation['x-postcare-scope'] = policy.scope
      if (policy.network) {
        operation['x-postcare-network-wide'] = true
        if (!String(operation.description ?? '').includes(NETWORK_NOTE.trim())) operation.description = `${operation.description ?? operation.summary ?? ''}${NETWORK_NOTE}`
      }
    }
  }
}

export async function registerOpenApi(app: FastifyInstance, info: OpenApiInfo, tags: Array<{ name: string; description: string }>): Promise<void> {
  const policies = new Map<string, AccessPolicy>()
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { public?: boolean; scope?: string; network?: boolean }
    if (config.public) return
    addStandardResponses(route)
    const operationId = (route.schema as { operationId?: string } | undefined)?.operationId
    if (operationId) policies.set(operationId, { scope: config.scope, network: config.network })
  })
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: info.title, description: info.description, version: info.version, license: { name: 'Proprietary', identifier: 'LicenseRef-Postcare' }, contact: { name: 'Postcare engineering' } } as never,
      // A relative server first, so "Try it out" in /docs and a generated client default to the
      // gateway the document came from; then the production gateway on the internal network.
      servers: [
        { url: '/', description: 'The gateway that served this document: local, staging or production alike', 'x-internal': true } as never,
        { url: 'https://api.postcare.internal', description: 'The production gateway (internal network, over TLS)', 'x-internal': true } as never
      ],
      tags,
      components: { securitySchemes: securitySchemes as never },
      security: [{ ApiKey: [] }, { Bearer: [] }]
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `Schema${i}`)
    },
    hideUntagged: false,
    transformObject: (documentObject) => {
      const doc = finishDocument((documentObject as { openapiObject: Record<string, any> }).openapiObject)
      addAccessPolicies(doc, policies)
      return doc
    }
  })
}
