/**
 * One delivery: the event's envelope POSTed to the subscription's URL, signed, with the event id
 * as its idempotency key, over a connection to the address the target check approved. Only a
 * 2xx answer counts as delivered; a redirect is not followed; the answer's body is read (so the
 * connection can be kept) and dropped, never stored: it is the consumer's, not ours to keep.
 */
import type { LookupAddress, LookupOneOptions } from 'node:dns'
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { SIGNATURE_HEADER, signatureHeader } from './secrets.js'
import type { Target } from './targets.js'

/**
 * The connection of one run of deliveries to one target: kept alive between them, and pinned to
 * the addresses checked, whatever the resolver would answer now (no DNS rebinding).
 */
export function pinnedAgent(target: Target, addresses: LookupAddress[]): HttpAgent {
  const lookup = (_host: string, opts: LookupOneOptions & { all?: boolean }, cb: (...args: any[]) => void) =>
    opts.all ? cb(null, addresses) : cb(null, addresses[0]!.address, addresses[0]!.family)
  const options = { keepAlive: true, maxSockets: 1, lookup: lookup as never }
  return target.url.protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options)
}

export interface DeliveryRequest {
  target: Target
  /** A pinnedAgent of the target. */
  agent: HttpAgent
  secret: string
  service: string
  eventId: string
  eventType: string
  deliveryId: string
  /** The event's envelope as JSON: what is signed is exactly what is sent. */
  body: string
  timeoutMs: number
}

export interface DeliveryResult {
  delivered: boolean
  responseStatus: number | null
  error: string | null
  durationMs: number
}

const MAX_ANSWER_BYTES = 64 * 1024

const errorText = (err: unknown): string => {
  const e = err as NodeJS.ErrnoException
  const reasons: Record<string, string> = { ECONNREFUSED: 'connection refused', ECONNRESET: 'connection reset', ETIMEDOUT: 'connection timed out', EHOSTUNREACH: 'host unreachable', ENETUNREACH: 'network unreachable' }
  return (e?.code && reasons[e.code]) || String(e?.message ?? err).slice(0, 500)
}

export function deliver(req: DeliveryRequest): Promise<DeliveryResult> {
  const started = Date.now()
  const { target } = req
  const headers = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(req.body)),
    'user-agent': `Postcare-Webhooks/1 (${req.service})`,
    'idempotency-key': req.eventId,
    'postcare-event-id': req.eventId,
    'postcare-event-type': req.eventType,
    'postcare-delivery-id': req.deliveryId,
    [SIGNATURE_HEADER]: signatureHeader(req.secret, req.body, Math.floor(Date.now() / 1000))
  }
  const request = target.url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise<DeliveryResult>((resolve) => {
    let settled = false
    const finish = (result: Omit<DeliveryResult, 'durationMs'>) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve({ ...result, durationMs: Date.now() - started })
    }
    const req2 = request(target.url, { method: 'POST', headers, agent: req.agent }, (res: IncomingMessage) => {
      const status = res.statusCode ?? 0
      let read = 0
      res.on('data', (chunk: Buffer) => {
        read += chunk.length
        if (read > MAX_ANSWER_BYTES) res.destroy()
      })
      const done = () => {
        if (status >= 200 && status < 300) finish({ delivered: true, responseStatus: status, error: null })
        else if (status >= 300 && status < 400) finish({ delivered: false, responseStatus: status, error: `HTTP ${status}: redirects are not followed` })
        else finish({ delivered: false, responseStatus: status, error: `HTTP ${status}` })
      }
      res.on('end', done)
      res.on('close', done)
      res.on('error', done)
    })
    const timer = setTimeout(() => {
      req2.destroy()
      finish({ delivered: false, responseStatus: null, error: `no answer within ${req.timeoutMs} ms` })
    }, req.timeoutMs)
    req2.on('error', (err) => finish({ delivered: false, responseStatus: null, error: errorText(err) }))
    req2.end(req.body)
  })
}
