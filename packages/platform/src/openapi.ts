/**
 * @fastify/swagger setup shared by every service: OpenAPI 3.1, named components from the
 * schemas registered with `$id`, the gateway's security schemes, and the problem responses every
 * operation can give, so that a generated client knows them all.
 */
import swagger from '@fastify/swagger'
import type { FastifyInstance, RouteOptions } from 'fastify'

export const securitySchemes = {
  ApiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'An API key issued by the gateway (internal systems, counter terminals).' },
  Bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A staff token from the operator\'s identity provider.' }
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

export async function registerOpenApi(app: FastifyInstance, info: OpenApiInfo, tags: Array<{ name: string; description: string }>): Promise<void> {
  app.addHook('onRoute', (route) => {
    if ((route.config as { public?: boolean } | undefined)?.public) return
    addStandardResponses(route)
  })
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { ...info, license: { name: 'Proprietary', identifier: 'LicenseRef-Postcare' }, contact: { name: 'Postcare engineering' } } as never,
      servers: [{ url: 'http://localhost:8080', description: 'The gateway (local)' }],
      tags,
      components: { securitySchemes: securitySchemes as never },
      security: [{ ApiKey: [] }, { Bearer: [] }]
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `Schema${i}`)
    },
    hideUntagged: false
  })
}
