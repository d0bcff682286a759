/**
 * The one set of Fastify options for a service, used by server.ts and by the test helper alike
 * so that tests run the production configuration.
 */
import { randomUUID } from 'node:crypto'
import { LogController, type FastifyServerOptions } from 'fastify'
import { sendProblem } from './error-handler.js'
import { PlatformErrors } from './errors.js'
import { loggerOptions } from './logging.js'
import { clientErrorHandler } from './low-level-errors.js'
import pino from 'pino'

export interface ServerOptionsInput {
  service: string
  logLevel: string
  bodyLimitBytes: number
  /** A pino destination stream, for tests that read the log. */
  logStream?: NodeJS.WritableStream
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/

export function serverOptions(input: ServerOptionsInput): FastifyServerOptions {
  const logger = loggerOptions(input.logLevel, input.service) as Record<string, unknown>
  // Standard output written asynchronously: pino's default blocking write was 10-12% of a
  // service's CPU and 20% of the gateway's under load (bench/ profiles). pino flushes it
  // synchronously when the process exits, so a line logged before a crash is not lost.
  const stream = input.logStream ?? (input.logLevel === 'silent' ? undefined : pino.destination({ dest: 1, sync: false }))
  return {
    logger: stream ? { ...logger, stream } : logger,
    // One line per request from our own onResponse hook instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'reqId' }),
    // genReqId reads x-request-id itself so that a hostile value is replaced, not trusted.
    requestIdHeader: false,
    // Accept the caller's request id when it is a sane token, so one id follows a request from
    // the gateway through every service; otherwise make one.
    genReqId: (req) => {
      const given = req.headers['x-request-id']
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
    },
    bodyLimit: input.bodyLimitBytes,
    connectionTimeout: 30_000,
    keepAliveTimeout: 72_000,
    requestTimeout: 30_000,
    // registerGracefulClose answers during close, as problem+json with Retry-After.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    clientErrorHandler,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 },
    // Errors the router raises before any route or hook exists: problem+json like every other
    // answer, and without echoing the URL (a path can carry a tracking number or a name).
    frameworkErrors: (error, _request, reply) => {
      if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
        return sendProblem(reply, PlatformErrors.URI_TOO_LONG('Each path segment may be at most 200 characters.'))
      }
      if (error.code === 'FST_ERR_BAD_URL') return sendProblem(reply, PlatformErrors.VALIDATION_FAILED('The URL is not valid: check its percent-encoding.'))
      return sendProblem(reply, PlatformErrors.BAD_REQUEST('The request could not be routed.'))
    }
  } as FastifyServerOptions
}
