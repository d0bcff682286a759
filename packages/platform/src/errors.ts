/**
 * Errors are declared once with stable prefixed codes (as fastify's FST_ERR_* are), thrown, and
 * rendered by one handler as RFC 9457 problem details.
 */
export class AppError extends Error {
  readonly statusCode: number
  readonly code: string
  readonly title: string
  readonly detail: string | undefined
  readonly extra: Record<string, unknown> | undefined
  readonly headers: Record<string, string> | undefined

  constructor(code: string, statusCode: number, title: string, detail?: string, extra?: Record<string, unknown>, headers?: Record<string, string>) {
    super(detail ?? title)
    this.name = 'AppError'
    this.code = code
    this.statusCode = statusCode
    this.title = title
    this.detail = detail
    this.extra = extra
    this.headers = headers
  }

  /** The same problem with more headers (a Retry-After computed at the time, say). */
  withHeaders(headers: Record<string, string>): AppError {
    return new AppError(this.code, this.statusCode, this.title, this.detail, this.extra, { ...this.headers, ...headers })
  }
}

export interface ErrorDefinition {
  status: number
  title: string
  /** Sent as Retry-After: how long a caller should wait before trying again. */
  retryAfterSeconds?: number
}

export type ErrorFactories<T extends Record<string, ErrorDefinition>> = {
  [K in keyof T]: (detail?: string, extra?: Record<string, unknown>) => AppError
}

/** `defineErrors({ FEEDBACK_NOT_FOUND: { status: 404, title: '…' } })` → factories by code. */
export function defineErrors<T extends Record<string, ErrorDefinition>>(definitions: T): ErrorFactories<T> {
  const out: Record<string, (detail?: string, extra?: Record<string, unknown>) => AppError> = {}
  for (const [code, def] of Object.entries(definitions)) {
    const headers = def.retryAfterSeconds === undefined ? undefined : { 'retry-after': String(def.retryAfterSeconds) }
    out[code] = (detail, extra) => new AppError(code, def.status, def.title, detail, extra, headers)
  }
  return out as ErrorFactories<T>
}

export const RETRY_AFTER_SECONDS = 5

/**
 * Errors of the platform itself, shared by every service: the same situation gets the same code
 * everywhere (an office-bound caller acting for another office, a directory that is down, an
 * unknown office, a cursor that does not decode). A service declares its own, prefixed with its
 * name, in its errors.ts; nothing constructs a code at the throw site.
 */
export const PlatformErrors = defineErrors({
  BAD_REQUEST: { status: 400, title: 'The request could not be processed' },
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  MALFORMED_JSON: { status: 400, title: 'The request body is not valid JSON' },
  FORBIDDEN_PROPERTY: { status: 400, title: 'The request body contains a forbidden property name' },
  INVALID_CURSOR: { status: 400, title: 'The cursor is not one this list issued' },
  INVALID_IDEMPOTENCY_KEY: { status: 400, title: 'The Idempotency-Key header is not valid' },
  INVALID_IF_MATCH: { status: 400, title: 'The If-Match header is not valid' },
  INVALID_PERIOD: { status: 400, title: 'The reporting period is not valid' },
  UNAUTHENTICATED: { status: 401, title: 'Authentication is required' },
  FORBIDDEN: { status: 403, title: 'The caller lacks the scope this operation needs' },
  OFFICE_NOT_PERMITTED: { status: 403, title: 'This caller may act only for its own post office' },
  ROUTE_NOT_FOUND: { status: 404, title: 'No such route' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  REQUEST_TIMEOUT: { status: 408, title: 'The request took too long to arrive' },
  IDEMPOTENCY_KEY_IN_FLIGHT: { status: 409, title: 'A request with this Idempotency-Key is still being processed' },
  PRECONDITION_FAILED: { status: 412, title: 'The resource has changed since it was read' },
  BODY_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  URI_TOO_LONG: { status: 414, title: 'A path segment is too long' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported content type' },
  EXPECTATION_FAILED: { status: 417, title: 'The Expect header cannot be met' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, title: 'This Idempotency-Key was used with a different request' },
  UNKNOWN_OFFICE: { status: 422, title: 'No such post office' },
  PRECONDITION_REQUIRED: { status: 428, title: 'If-Match is required for this change' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  HEADERS_TOO_LARGE: { status: 431, title: 'The request headers are too large' },
  INTERNAL_ERROR: { status: 500, title: 'Internal error' },
  DATABASE_UNAVAILABLE: { status: 503, title: 'The database is unavailable', retryAfterSeconds: RETRY_AFTER_SECONDS },
  DIRECTORY_UNAVAILABLE: { status: 503, title: 'The directory is unavailable', retryAfterSeconds: RETRY_AFTER_SECONDS },
  SERVICE_UNAVAILABLE: { status: 503, title: 'The service is temporarily unavailable', retryAfterSeconds: RETRY_AFTER_SECONDS }
})

export function problemType(code: string): string {
  return `urn:postcare:problem:${code.toLowerCase().replace(/_/g, '-')}`
}

/** The RFC 9457 body of `err`: every problem, whole answers and batch results alike, is written by this. */
export function problemBody(err: AppError, requestId: string): Record<string, unknown> {
  return {
    type: problemType(err.code),
    title: err.title,
    status: err.statusCode,
    ...(err.detail ? { detail: err.detail } : {}),
    code: err.code,
    requestId,
    ...(err.extra ?? {})
  }
}
