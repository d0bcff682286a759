/**
 * Optimistic concurrency: every mutable record has an integer `version`; its ETag is that
 * version, and changes carry If-Match. The repository updates `where version = expected`, so a
 * stale writer loses even when two writes race (412), and a missing If-Match is 428.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import { PlatformErrors } from './errors.js'

export function etagOf(version: number): string {
  return `"${version}"`
}

export function setEtag(reply: FastifyReply, version: number): FastifyReply {
  return reply.header('etag', etagOf(version))
}

/** The largest version a record can have: the `version` columns are PostgreSQL integers. */
const MAX_VERSION = 2_147_483_647

/** The version the caller last saw, from If-Match. Required unless `required: false`. */
export function ifMatchVersion(request: FastifyRequest, opts: { required?: boolean } = {}): number | undefined {
  const raw = request.headers['if-match']
  if (raw === undefined || raw === '') {
    if (opts.required === false) return undefined
    throw PlatformErrors.PRECONDITION_REQUIRED('Send If-Match with the ETag from your last read of this resource.')
  }
  const m = /^(?:W\/)?"(\d{1,12})"$/.exec(String(raw).trim())
  if (!m) throw PlatformErrors.INVALID_IF_MATCH('If-Match must be an ETag this service issued, such as "3".')
  const version = Number(m[1])
  // A larger one matches no record; compared with a version column it would be a cast error (500).
  if (version > MAX_VERSION) preconditionFailed()
  return version
}

export function preconditionFailed(current?: number): never {
  throw PlatformErrors.PRECONDITION_FAILED(
    current === undefined ? 'Read the resource again and retry with its new ETag.' : `The current ETag is "${current}". Read it again and retry.`
  )
}
