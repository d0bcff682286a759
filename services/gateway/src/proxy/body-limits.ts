/**
 * Routes whose bodies may be larger (or must be smaller) than the gateway's own limit
 * (GATEWAY_BODY_LIMIT_BYTES, 8 MiB): method, path, limit, and why. The service checks the same
 * limit itself; this only lets the bytes reach it. Keep it a short table: a body limit raised is a
 * door opened a little wider.
 */
import { LIAISON_PAPER_MAX_BYTES } from '@postcare/contracts'

export interface BodyLimit {
  method: string
  path: RegExp
  bytes: number
  why: string
}

export const bodyLimits: readonly BodyLimit[] = [
  {
    method: 'PUT',
    path: /^\/v1\/liaison\/groups\/[^/]+\/meetings\/[^/]+\/agenda-items\/[^/]+\/papers\/[^/]+\/content$/,
    bytes: LIAISON_PAPER_MAX_BYTES,
    why: 'a liaison meeting paper (PDF, office document or image) of up to 20 MiB'
  }
]

/** The body limit of `method` `url` (its path; the query is ignored): the table's, else `fallback`. */
export function bodyLimitFor(method: string, url: string, fallback: number): number {
  const queryAt = url.indexOf('?')
  const path = queryAt === -1 ? url : url.slice(0, queryAt)
  return bodyLimits.find((l) => l.method === method && l.path.test(path))?.bytes ?? fallback
}
