/**
 * Conditional reads (RFC 9110 §13.1.2): a GET whose If-None-Match names the current ETag is
 * answered 304 Not Modified, without a body, so a terminal that polls an item costs a header.
 * If-None-Match compares weakly (`W/"3"` matches `"3"`), and `*` matches any current
 * representation.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

const weak = (tag: string) => tag.trim().replace(/^W\//, '')

/** Whether the answer about to be sent is one the caller already has. */
export function notModified(request: FastifyRequest, reply: FastifyReply): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (reply.statusCode !== 200) return false
  const header = request.headers['if-none-match']
  const etag = reply.getHeader('etag')
  if (typeof header !== 'string' || typeof etag !== 'string') return false
  if (header.trim() === '*') return true
  const current = weak(etag)
  return header.split(',').some((tag) => weak(tag) === current)
}

export function registerConditionalReads(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!notModified(request, reply)) return payload
    reply.code(304)
    reply.removeHeader('content-type')
    reply.removeHeader('content-length')
    return ''
  })
}
