/**
 * What the gateway lets through without a key: exactly these routes, each rate-limited per address
 * (GATEWAY_PUBLIC_RATE_LIMIT_MAX per GATEWAY_RATE_LIMIT_WINDOW_MS) instead of per caller. They are
 * public by design: the liaison public record, read-only, served by the service from views that
 * hold nothing confidential. Any other method on these paths goes the way of every other route
 * (a key is needed). Adding a line here makes a route public: it should be rare and reviewed.
 */
import type { ServiceName } from '@postcare/platform'

export interface PublicRoute {
  method: 'GET'
  url: string
  service: ServiceName
}

export const publicRoutes: readonly PublicRoute[] = [
  { method: 'GET', url: '/v1/liaison/public/meetings', service: 'liaison' },
  { method: 'GET', url: '/v1/liaison/public/meetings/:meetingId', service: 'liaison' },
  { method: 'GET', url: '/v1/liaison/public/meetings/:meetingId/papers/:paperId', service: 'liaison' }
]
