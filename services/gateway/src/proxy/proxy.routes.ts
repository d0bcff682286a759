/**
 * `/v1/<service>/...` goes to that service with the path and query unchanged. The caller's
 * credentials never travel further: the service gets the gateway's signed identity instead, and
 * a client cannot smuggle one in. Bodies stream through untouched (the service parses and
 * validates them), within the gateway's own size limit. An upstream that is down, slow or broken
 * becomes a problem document quickly rather than a hung request.
 *
 * The gateway is a proxy in HTTP's sense, so hop-by-hop headers (RFC 9110 §7.6.1) stop here in
 * both directions: each connection's framing, keep-alive and expectations are its own. Passed on,
 * they broke requests (undici refuses `Expect`, `Keep-Alive`, `Upgrade`: a 502 for every large
 * upload curl sent with `Expect: 100-continue`) and answers (the upstream's `Connection:
 * keep-alive` overrode a client's `Connection: close`). Node answers `100 Continue` itself.
 */
import { pipeline, Transform, type TransformCallback } from 'node:stream'
import replyFrom from '@fastify/reply-from'
import { AppError, IDENTITY_HEADER, PlatformErrors, type ServiceName } from '@postcare/platform'
import type { FastifyBaseLogger, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import type { Dispatcher } from 'undici'
import { GatewayErrors, upstreamUnavailable } from '../errors.js'
import { bodyLimitFor } from './body-limits.js'
import type { IdentityTokens } from './identity-tokens.js'
import { publicRoutes } from './public-routes.js'

export interface ProxyRoutesOptions {
  upstreams: Readonly<Record<ServiceName, string>>
  dispatcher: Dispatcher
  tokens: IdentityTokens
  timeoutMs: number
  bodyLimitBytes: number
  /** Requests per rate-limit window an address may make to the public routes (public-routes.ts). */
  publicRateLimit: { max: number; windowMs: number }
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']
const STRIPPED = ['x-api-key', 'authorization', IDENTITY_HEADER, 'cookie']
/** RFC 9110 §7.6.1, with `Expect` (§10.1.1: it concerns the next hop only) and `Proxy-Connection`. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'expect']
const UNAVAILABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'])
const TIMEOUT = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'FST_REPLY_FROM_GATEWAY_TIMEOUT', 'FST_REPLY_FROM_TIMEOUT'])

export const proxyRoutes: FastifyPluginAsync<ProxyRoutesOptions> = async (app, opts) => {
  // reply-from's own agent turns TLS verification off by default; ours keeps it on.
  await app.register(replyFrom, { undici: opts.dispatcher as never, disableRequestLogging: true })

  // Whatever the content type, hand the body on as the raw stream, counting as it goes.
  app.removeAllContentTypeParsers()
  // The limit is the gateway's, or the one body-limits.ts sets for the route.
  app.addContentTypeParser('*', (request, payload, done) => {
    const limit = bodyLimitFor(request.method, request.url, opts.bodyLimitBytes)
    const declared = Number(request.headers['content-length'] ?? 0)
    if (declared > limit) return done(tooLarge(limit), undefined)
    // pipeline, unlike pipe, passes a client's abort on, so the upstream request is cut short too.
    done(null, pipeline(payload, new LimitedStream(limit), () => {}))
  })

  /** Sends `request` on to `service` at `base`, with the caller's identity token (none on a public route). */
  async function forward(request: FastifyRequest, reply: FastifyReply, service: ServiceName, base: string, token: string | undefined) {
    // Only the path goes through reply-from's URL handling (which decodes it to look for `..`):
    // given no query, it appends the client's raw query string, byte for byte, so a malformed
    // percent-encoding there reaches the service, whose answer (400) it is to give.
    const queryAt = request.url.indexOf('?')
    const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt)
    try {
      return reply.from(`${base}${path}`, {
        timeout: opts.timeoutMs,
        // The service's own answers, 503 included, are passed on: never retried here.
        retryDelay: () => null,
        rewriteRequestHeaders: (_req, headers) => {
          const out = withoutHopByHop<string | string[] | undefined>(headers, request.headers.connection)
          for (const h of STRIPPED) delete out[h]
          if (token) out[IDENTITY_HEADER] = token
          out['x-request-id'] = request.id
          return out as typeof headers
        },
        rewriteHeaders: (headers) => withoutHopByHop(headers, headers.connection) as typeof headers,
        onError: (failed, { error }) => {
          failed.send(upstreamProblem(service, error, request.log))
        }
      })
    } catch (err) {
      // reply-from refuses, before sending anything, a path it cannot decode or one with `..`.
      if (err instanceof URIError || (err as { statusCode?: number }).statusCode === 400) {
        throw PlatformErrors.VALIDATION_FAILED('The URL is not valid: check its percent-encoding, and leave out `.` and `..` segments.')
      }
      throw err
    }
  }

  for (const [service, base] of Object.entries(opts.upstreams) as Array<[ServiceName, string]>) {
    app.route({
      method: METHODS,
      url: `/v1/${service}/*`,
      config: { upstream: service },
      schema: { hide: true },
      handler: async (request, reply) => forward(request, reply, service, base, await opts.tokens.for(request.identity, service))
    })
  }

  // The public routes, without a key: limited per address, forwarded without an identity token.
  for (const route of publicRoutes) {
    app.route({
      method: route.method,
      url: route.url,
      config: {
        public: true,
        upstream: route.service,
        rateLimit: { max: opts.publicRateLimit.max, timeWindow: opts.publicRateLimit.windowMs, keyGenerator: (request: FastifyRequest) => `public:${request.ip}`, allowList: () => false }
      },
      schema: { hide: true },
      handler: async (request, reply) => forward(request, reply, route.service, opts.upstreams[route.service], undefined)
    })
  }
}

/** `headers` without the hop-by-hop ones, nor any that `connection` names as such. */
function withoutHopByHop<T>(headers: Record<string, T>, connection: unknown): Record<string, T> {
  const named = typeof connection === 'string' ? connection.toLowerCase().split(',').map((h) => h.trim()) : []
  const out: Record<string, T> = {}
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase()
    if (!HOP_BY_HOP.includes(lower) && !named.includes(lower)) out[name] = value
  }
  return out
}

function upstreamProblem(service: string, error: Error, log: FastifyBaseLogger): AppError {
  const cause = (error as { cause?: unknown }).cause
  if (cause instanceof AppError) return cause
  const code = (cause as { code?: string } | undefined)?.code ?? (error as { code?: string }).code ?? ''
  if (UNAVAILABLE.has(code)) return upstreamUnavailable(service)
  if (TIMEOUT.has(code)) return GatewayErrors.GATEWAY_UPSTREAM_TIMEOUT(`The ${service} service did not answer in time; the request may or may not have taken effect.`)
  log.warn({ err: error, upstream: service }, 'upstream failed')
  return GatewayErrors.GATEWAY_UPSTREAM_FAILED(`The ${service} service failed to answer properly.`)
}

function tooLarge(limit: number): AppError {
  return PlatformErrors.BODY_TOO_LARGE(`The body must be at most ${limit} bytes.`)
}

/** Passes bytes through until there are too many: a chunked body has no length to check up front. */
class LimitedStream extends Transform {
  private seen = 0
  constructor(private readonly limit: number) {
    super()
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length
    if (this.seen > this.limit) return callback(tooLarge(this.limit))
    callback(null, chunk)
  }
}
