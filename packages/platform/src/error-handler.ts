/**
 * The one error handler: everything leaves as application/problem+json with a stable code and
 * the request id. Validation errors list fields; database outages are 503 with Retry-After;
 * anything unexpected is a 500 that says nothing about internals (the log has the details,
 * with driver fields that can carry personal data removed).
 */
import { patternMessages } from '@postcare/contracts'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, PlatformErrors, problemType } from './errors.js'

export const DATABASE_RETRY_AFTER_SECONDS = 5

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
  if (error.statusCode === 429) return new AppError('RATE_LIMITED', 429, 'Too many requests', error.message)
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's own client errors: their messages describe the request, never internals.
    const code = (error.code ?? 'BAD_REQUEST').replace(/^FST_ERR_/, 'REQUEST_')
    return new AppError(code, error.statusCode, 'The request could not be processed', error.message)
  }
  return undefined
}

export function sendProblem(reply: FastifyReply, err: AppError): FastifyReply {
  const body: Record<string, unknown> = {
    type: problemType(err.code),
    title: err.title,
    status: err.statusCode,
    ...(err.detail ? { detail: err.detail } : {}),
    code: err.code,
    requestId: String(reply.request.id),
    ...(err.extra ?? {})
  }
  if (err.headers) reply.headers(err.headers)
  return reply.code(err.statusCode).type('application/problem+json').send(body)
}

export function problemFromError(error: unknown, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error
  const mapped = mapFastifyError(error as FastifyError)
  if (mapped) return mapped
  if ((error as { code?: string })?.code === 'DIRECTORY_UNAVAILABLE') {
    request.log.warn({ err: error }, 'directory unavailable')
    return new AppError('DIRECTORY_UNAVAILABLE', 503, 'The directory is unavailable', 'Office and staff lookups are failing; try again shortly.', undefined, {
      'retry-after': String(DATABASE_RETRY_AFTER_SECONDS)
    })
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
    return new AppError('DATABASE_UNAVAILABLE', 503, 'The database is unavailable', 'Try again shortly.', undefined, {
      'retry-after': String(DATABASE_RETRY_AFTER_SECONDS)
    })
  }
  request.log.error({ err: error }, 'unhandled error')
  return PlatformErrors.INTERNAL_ERROR('An unexpected error occurred. Quote the request id when reporting it.')
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = problemFromError(error, request)
    if (problem.statusCode === 401 || problem.statusCode === 403) {
      request.log.warn({ code: problem.code, caller: request.identity?.sub }, 'access refused')
    }
    return sendProblem(reply, problem)
  })
  app.setNotFoundHandler((request, reply) => {
    return sendProblem(reply, PlatformErrors.ROUTE_NOT_FOUND(`No route ${request.method} ${request.url.split('?')[0]}.`))
  })
}
