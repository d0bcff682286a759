/**
 * Answers that Node's HTTP parser gives before Fastify sees a request (a malformed request line,
 * headers too large, a request timeout, an `Expect` other than 100-continue) are problem+json like
 * every other answer, instead of Fastify's and Node's own plain bodies.
 */
import { randomUUID } from 'node:crypto'
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { problemType } from './errors.js'

function problem(status: number, code: string, title: string, detail: string): string {
  return JSON.stringify({ type: problemType(code), title, status, detail, code, requestId: randomUUID() })
}

const HEADERS = 'Content-Type: application/problem+json; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\nConnection: close'

/** Fastify's `clientErrorHandler` server option. */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return
  let body: string
  let status: number
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    status = 408
    body = problem(status, 'REQUEST_TIMEOUT', 'The request took too long to arrive', 'Send the whole request within the server\'s request timeout.')
  } else if (err.code === 'HPE_HEADER_OVERFLOW') {
    status = 431
    body = problem(status, 'HEADERS_TOO_LARGE', 'The request headers are too large', 'Send smaller headers (at most 16 KiB in all).')
  } else {
    status = 400
    body = problem(status, 'BAD_REQUEST', 'The request could not be parsed', 'The request line or headers are not valid HTTP/1.1.')
  }
  if (socket.writable) socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${HEADERS}\r\n\r\n${body}`)
  socket.destroy(err)
}

/** 417 for an `Expect` the server cannot meet (only `100-continue` is understood). */
export function registerExpectationFailed(app: FastifyInstance): void {
  app.server.on('checkExpectation', (_req: IncomingMessage, res: ServerResponse) => {
    const body = problem(417, 'EXPECTATION_FAILED', 'The Expect header cannot be met', 'Only `Expect: 100-continue` is supported; send the request without any other expectation.')
    res.writeHead(417, { 'content-type': 'application/problem+json; charset=utf-8', 'x-content-type-options': 'nosniff', connection: 'close', 'content-length': Buffer.byteLength(body) })
    res.end(body)
  })
}
