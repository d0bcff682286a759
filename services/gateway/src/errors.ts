import { defineErrors, RETRY_AFTER_SECONDS } from '@postcare/platform'

/** The gateway's own problems; every code is prefixed GATEWAY_ (the platform's are shared by all). */
export const GatewayErrors = defineErrors({
  GATEWAY_API_KEY_NOT_FOUND: { status: 404, title: 'API key not found' },
  GATEWAY_API_KEY_REVOKED: { status: 409, title: 'The API key is already revoked' },
  GATEWAY_SCOPE_NOT_HELD: { status: 403, title: 'A key cannot be given, or revoked for, scopes its caller does not hold' },
  GATEWAY_KEY_CONFIGURED: { status: 409, title: 'The API key comes from configuration and cannot be changed through the API' },
  GATEWAY_UPSTREAM_FAILED: { status: 502, title: 'An upstream service failed' },
  GATEWAY_UPSTREAM_UNAVAILABLE: { status: 503, title: 'An upstream service is unavailable', retryAfterSeconds: RETRY_AFTER_SECONDS },
  GATEWAY_IDENTITY_PROVIDER_UNAVAILABLE: { status: 503, title: 'The identity provider is unavailable', retryAfterSeconds: RETRY_AFTER_SECONDS },
  GATEWAY_UPSTREAM_TIMEOUT: { status: 504, title: 'An upstream service did not answer in time' },
  GATEWAY_OPENAPI_MERGE_FAILED: { status: 500, title: 'The services\' API documents could not be merged' }
})

/** 503 with Retry-After: the service is down or restarting, and callers should come back. */
export function upstreamUnavailable(service: string) {
  return GatewayErrors.GATEWAY_UPSTREAM_UNAVAILABLE(`The ${service} service is not reachable; try again shortly.`)
}
