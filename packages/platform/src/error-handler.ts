/**
 * The one error handler: everything leaves as application/problem+json with a stable code and
 * the request id. Validation errors list fields; database outages are 503 with Retry-After;
 * anything unexpected is a 500 that says nothing about internals (the log has the details,
 * with driver fields that can carry personal data removed).
 */
import { patternMessages } from '@postcare/contracts'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DirectoryUnavailableError } from './directory-client.js'
import { AppError, PlatformErrors, problemBody } from './errors.js'

interface FieldError { field: string; message: string }

/** SQLSTATE classes and driver errors that mean "the database is not there right now". */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | undefined
  if (!e) return false
  const code = e.code ?? ''
  if (/^08/.test(code) || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300' || code === '57014') return true
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN'].includes(code)) return true
  const msg = e.message ?? ''
  return /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connection timeout|Client has encountered a connection error|Cannot use a pool after calling end/i.test(msg)
}

function validationErrors(error: FastifyError): FieldError[] {
  const context = (error as { validationContext?: string }).validationContext ?? 'body'
  const part = context === 'querystring' ? 'query' : context
  return (error.validation ?? []).map((v) => {
    const params = (v.params ?? {}) as Record<string, unknown>
    let path = (v.instancePath ?? '').replace(/^\//, '')
    if (typeof params.missingProperty === 'string') path = path ? `${path}/${params.missingProperty}` : params.missingProperty
    if (typeof params.additionalProperty === 'string') {
      const p = path ? `${path}/${params.additionalProperty}` : params.additionalProperty
      return { field: `${part}/${p}`, message: 'is not a known field' }
    }
    let message = (typeof params.pattern === 'string' && patternMessages[params.pattern]) || (v.message ?? 'is not valid')
    if (Array.isArray(params.allowedValues)) message += `: ${params.allowedValues.join(', ')}`
    return { field: path ? `${part}/${path}` : part, message }
  })
}

const CLIENT_ERRORS: Record<number, (detail?: string) => AppError> = {
  404: PlatformErrors.ROUTE_NOT_FOUND,
  405: PlatformErrors.METHOD_NOT_ALLOWED,
  408: PlatformErrors.REQUEST_TIMEOUT,
  413: PlatformErrors.BODY_TOO_LARGE,
  414: PlatformErrors.URI_TOO_LONG,
  415: PlatformErrors.UNSUPPORTED_MEDIA_TYPE,
  429: PlatformErrors.RATE_LIMITED,
  431: PlatformErrors.HEADERS_TOO_LARGE
}

function mapFastifyError(error: FastifyError): AppError | undefined {
  if (error.validation) {
    const errors = validationErrors(error)
    const detail = errors.map((e) => `${e.field} ${e.message}`).join('; ')
    return PlatformErrors.VALIDATION_FAILED(detail, { errors })
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return PlatformErrors.BODY_TOO_LARGE(error.message)
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return PlatformErrors.UNSUPPORTED_MEDIA_TYPE('Send the body as application/json.')
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return PlatformErrors.VALIDATION_FAILED('The body must not be empty when Content-Type is application/json.', { errors: [{ field: 'body', message: 'is empty' }] })
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return PlatformErrors.MALFORMED_JSON(error.message)
  }
  if (error instanceof SyntaxError && error.statusCode === 400) return PlatformErrors.MALFORMED_JSON('The body could not be parsed as JSON.')
  if (error.code === 'POSTCARE_FORBIDDEN_PROPERTY') {
    return PlatformErrors.FORBIDDEN_PROPERTY('Property names `__proto__` and `constructor.prototype` are not allowed.')
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's own client errors, under the declared code for their status: their messages
    // describe the request, never internals.
    return (CLIENT_ERRORS[error.statusCode] ?? PlatformErrors.BAD_REQUEST)(error.message)
  }
  return undefined
}

export function sendProblem(reply: FastifyReply, err: AppError): FastifyReply {
  if (err.headers) reply.headers(err.headers)
  return reply.code(err.statusCode).type('application/problem+json').send(problemBody(err, String(reply.request.id)))
}

export function problemFromError(error: unknown, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error
  const mapped = mapFastifyError(error as FastifyError)
  if (mapped) return mapped
  if (error instanceof DirectoryUnavailableError) {
    request.log.warn({ err: error }, 'directory unavailable')
    return PlatformErrors.DIRECTORY_UNAVAILABLE('Office and staff lookups are failing; try again shortly.')
  }
  // A value PostgreSQL cannot store (U+0000, a bad byte sequence) that slipped past validation is
  // still the caller's input: 400, never 500.
  const sqlstate = (error as { code?: string })?.code
  if (sqlstate === '22021' || sqlstate === '22P05') {
    request.log.warn({ err: error }, 'input the database cannot store')
    return PlatformErrors.VALIDATION_FAILED('A text value contains a character that cannot be stored (such as U+0000).')
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable')
    return PlatformErrors.DATABASE_UNAVAILABLE('Try again shortly.')
  }
  request.log.error({ err: error }, 'unhandled error')
  return PlatformErrors.INTERNAL_ERROR('An unexpected error occurred. Quote the request id when reporting it.')
}

export interface ErrorHandlingOptions {
  /**
   * The WWW-Authenticate challenge every 401 carries (RFC 9110 §11.6.1), naming the schemes the
   * process accepts.
   */
  challenge: string
}

/**
 * The methods each route path answers, from the routes as registered, so that an existing path
 * asked with another method is a 405 with Allow rather than a 404.
 */
function methodsByPath(app: FastifyInstance): (path: string) => string[] {
  const routes: Array<{ pattern: RegExp; methods: string[] }> = []
  app.addHook('onRoute', (route) => {
    if (route.url.includes('*')) return
    const pattern = new RegExp(`^${route.url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+')}$`)
    routes.push({ pattern, methods: ([] as string[]).concat(route.method) })
  })
  return (path) => [...new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods))].sort()
}

export function registerErrorHandling(app: FastifyInstance, options: ErrorHandlingOptions): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = problemFromError(error, request)
    if (problem.statusCode === 401 || problem.statusCode === 403) {
      request.log.warn({ code: problem.code, caller: request.identity?.sub }, 'access refused')
    }
    if (problem.statusCode === 401) reply.header('www-authenticate', options.challenge)
    return sendProblem(reply, problem)
  })
  const allowed = methodsByPath(app)
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!
    const methods = allowed(path)
    if (methods.length > 0) {
      return sendProblem(reply, PlatformErrors.METHOD_NOT_ALLOWED(`${path} answers ${methods.join(', ')}, not ${request.method}.`).withHeaders({ allow: methods.join(', ') }))
    }
    return sendProblem(reply, PlatformErrors.ROUTE_NOT_FOUND(`No route ${request.method} ${path}.`))
  })
}
