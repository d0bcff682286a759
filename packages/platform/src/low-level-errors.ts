/**
 * Answers that Node's HTTP parser gives before Fastify sees a request (a malformed request line,
 * headers too large, a request timeout, an `Expect` other than 100-continue) are problem+json like
 * every other answer, instead of Fastify's and Node's own plain bodies.
 */
import { randomUUID } from 'node:crypto'
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { type AppError, PlatformErrors, problemBody } from './errors.js'

const problem = (err: AppError) => JSON.stringify(problemBody(err, randomUUID()))

const HEADERS = 'Content-Type: application/problem+json; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\nConnection: close'

/** Fastify's `clientErrorHandler` server option. */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return
  const refusal =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? PlatformErrors.REQUEST_TIMEOUT('Send the whole request within the server\'s request timeout.')
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? PlatformErrors.HEADERS_TOO_LARGE('Send smaller headers (at most 16 KiB in all).')
        : PlatformErrors.BAD_REQUEST('The request line or headers are not valid HTTP/1.1.')
  const status = refusal.statusCode
  const body = problem(refusal)
  if (socket.writable) socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${HEADERS}\r\n\r\n${body}`)
  socket.destroy(err)
}

/** 417 for an `Expect` the server cannot meet (only `100-continue` is understood). */
export function registerExpectationFailed(app: FastifyInstance): void {
  app.server.on('checkExpectation', (_req: IncomingMessage, res: ServerResponse) => {
    const body = problem(PlatformErrors.EXPECTATION_FAILED('Only `Expect: 100-continue` is supported; send the request without any other expectation.'))
    res.writeHead(417, { 'content-type': 'application/problem+json; charset=utf-8', 'x-content-type-options': 'nosniff', connection: 'close', 'content-length': Buffer.byteLength(body) })
    res.end(body)
  })
}
