import { AppError, defineErrors } from '@postcare/platform'

export const UPSTREAM_RETRY_AFTER_SECONDS = 5

export const GatewayErrors = defineErrors({
  GATEWAY_API_KEY_NOT_FOUND: { status: 404, title: 'API key not found' },
  GATEWAY_API_KEY_REVOKED: { status: 409, title: 'The API key is already revoked' },
  GATEWAY_SCOPE_NOT_HELD: { status: 403, title: 'A key cannot be given, or revoked for, scopes its caller does not hold' },
  GATEWAY_KEY_CONFIGURED: { status: 409, title: 'The API key comes from configuration and cannot be changed through the API' },
  UPSTREAM_TIMEOUT: { status: 504, title: 'An upstream service did not answer in time' },
  BAD_GATEWAY: { status: 502, title: 'An upstream service failed' },
  OPENAPI_MERGE_FAILED: { status: 500, title: 'The services\' API documents could not be merged' }
})

/** 503 with Retry-After: the service is down or restarting, and callers should come back. */
export function upstreamUnavailable(service: string): AppError {
  return new AppError(
    'UPSTREAM_UNAVAILABLE',
    503,
    'An upstream service is unavailable',
    `The ${service} service is not reachable; try again shortly.`,
    undefined,
    { 'retry-after': String(UPSTREAM_RETRY_AFTER_SECONDS) }
  )
}
