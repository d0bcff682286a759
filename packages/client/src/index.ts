/**
 * The typed Postcare client, as a counter terminal or an internal system uses it: types generated
 * from openapi/postcare.json (openapi-typescript), calls made with openapi-fetch. Every request
 * carries the API key; creates carry an Idempotency-Key so a retry on a flaky link never
 * duplicates anything.
 */
import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema.js'

export type { paths, components, operations } from './schema.js'

export interface PostcareClientOptions {
  /** The gateway, e.g. http://127.0.0.1:8080 */
  baseUrl: string
  apiKey?: string
  bearerToken?: string
  fetch?: typeof fetch
}

export function createPostcareClient(opts: PostcareClientOptions) {
  const client = createClient<paths>({ baseUrl: opts.baseUrl, ...(opts.fetch ? { fetch: opts.fetch } : {}) })
  const auth: Middleware = {
    onRequest({ request }) {
      if (opts.apiKey) request.headers.set('x-api-key', opts.apiKey)
      if (opts.bearerToken) request.headers.set('authorization', `Bearer ${opts.bearerToken}`)
      return request
    }
  }
  client.use(auth)
  return client
}

export type PostcareClient = ReturnType<typeof createPostcareClient>

/** A fresh Idempotency-Key for one intended create; reuse it for every retry of that create. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID()
}
