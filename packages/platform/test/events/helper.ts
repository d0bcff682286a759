/**
 * A throwaway service built on the platform's events: parcels that, when registered or moved on,
 * record events in their transaction (optionally held open, or failed after recording), on a real
 * database; and a webhook consumer on loopback (node:http) that keeps every delivery it receives.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { sql, type Kysely, type Migration } from 'kysely'
import Type from 'typebox'
import type { ServiceConfig } from '../../src/config.js'
import { defineErrors } from '../../src/errors.js'
import { defineEvents, EventField, eventsTag, recordEvent, recordEvents, registerEvents, webhooksTag } from '../../src/events/index.js'
import { heldBack } from '../../src/events/feed.js'
import { createServiceApp } from '../../src/service.js'
import { asCaller, readyTestApp, testServiceConfig, type TestContext } from '../../src/testing/index.js'

export const Errors = defineErrors({ PARCEL_REFUSED: { status: 422, title: 'The parcel is refused' } })

export const events = defineEvents({
  'parcel.registered': {
    subject: 'parcel',
    description: 'A parcel was registered at an office.',
    data: Type.Object({ officeCode: EventField.officeCode(), reference: EventField.reference(), size: EventField.oneOf(['small', 'large']) }, { additionalProperties: false })
  },
  'parcel.status_changed': {
    subject: 'parcel',
    description: 'A parcel moved on.',
    data: Type.Object({ from: EventField.oneOf(['registered', 'sorted', 'delivered']), to: EventField.oneOf(['registered', 'sorted', 'delivered']) }, { additionalProperties: false })
  }
})

const migrations: Record<string, Migration> = {
  '2026-12-20T9000_parcels': {
    async up(db: Kysely<any>) {
      await sql`create table parcels (id serial primary key, status text not null default 'registered')`.execute(db)
    }
  }
}

export interface ParcelInput {
  officeCode?: string
  reference?: string
  /** Holds the transaction open this long after recording, before committing. */
  holdMs?: number
  /** Fails the change after the event was recorded. */
  fail?: boolean
}

const ParcelBody = {
  type: 'object',
  additionalProperties: false,
  properties: { officeCode: { type: 'string', maxLength: 100 }, reference: { type: 'string', maxLength: 100 }, holdMs: { type: 'integer', minimum: 0, maximum: 10_000 }, fail: { type: 'boolean' } }
}

export const WEBHOOK_SECRET_KEY = 'test-webhook-secret-key-0123456789abcdef'

/** Settings of a test service that may call the loopback consumer, retrying at once. */
export const webhookEnv = (more: Record<string, string> = {}) => ({
  WEBHOOK_ALLOWED_HOSTS: '127.0.0.1,localhost',
  WEBHOOK_ALLOW_HTTP: 'true',
  WEBHOOK_SECRET_KEY,
  WEBHOOK_RETRY_BASE_SECONDS: '0',
  WEBHOOK_TIMEOUT_MS: '3000',
  ...more
})

export const testConfig = (t: TestContext, env: Record<string, string> = {}) => testServiceConfig(t, 'directory', { DB_POOL_MAX: '40', ...webhookEnv(env) })

export const scopes = { read: 'directory:read', manage: 'directory:manage' }
export const manager = (who: Record<string, unknown> = {}) => asCaller('directory', { scopes: ['directory:read', 'directory:manage'], ...who })

/** The parcels service on `config` (a second one on the same config is another replica); its dispatcher runs only by hand. */
export async function parcelService(t: TestContext, config: ServiceConfig) {
  const app = await createServiceApp({ config, schemas: [], openapi: { title: 'parcels', description: 'test', version: '1.0.0', tags: [eventsTag, webhooksTag] } })
  const webhooks = await registerEvents(app, config, { events, scopes, scheduleDispatch: () => () => {} })
  app.post('/v1/directory/parcels', { config: { scope: 'directory:write' }, schema: { body: ParcelBody } }, async (req, reply) => {
    const input = req.body as ParcelInput
    const parcel = await app.db.transaction().execute(async (trx) => {
      const row = await trx.insertInto('parcels').defaultValues().returning('id').executeTakeFirstOrThrow()
      const event = await recordEvent(trx, events, {
        type: 'parcel.registered',
        subjectId: String(row.id),
        data: { officeCode: input.officeCode ?? 'KLN001', reference: input.reference ?? `PCL-2026-${String(row.id).padStart(6, '0')}`, size: 'small' }
      })
      if (input.holdMs) await sql`select pg_sleep(${input.holdMs / 1000})`.execute(trx)
      if (input.fail) throw Errors.PARCEL_REFUSED('Refused after the event was recorded.')
      return { id: row.id, eventId: event.id }
    })
    return reply.code(201).send(parcel)
  })
  // `count` parcels registered in one transaction, their events in it.
  app.post('/v1/directory/parcels/batch', { config: { scope: 'directory:write' } }, async (req, reply) => {
    const { count } = req.body as { count: number }
    const ids = await app.db.transaction().execute(async (trx) => {
      const rows = await trx.insertInto('parcels').values(Array.from({ length: count }, () => ({ status: 'registered' }))).returning('id').execute()
      const data = (id: number) => ({ officeCode: 'NTR001', reference: `PCL-2026-${String(id).padStart(6, '0')}`, size: 'large' as const })
      await recordEvents(trx, events, rows.map((r) => ({ type: 'parcel.registered' as const, subjectId: String(r.id), data: data(r.id) })))
      return rows.map((r) => r.id)
    })
    return reply.code(201).send({ ids })
  })
  app.post('/v1/directory/parcels/:id/sort', { config: { scope: 'directory:write' } }, async (req, reply) => {
    const id = Number((req.params as { id: string }).id)
    const event = await app.db.transaction().execute(async (trx) => {
      await trx.updateTable('parcels').set({ status: 'sorted' }).where('id', '=', id).execute()
      return recordEvent(trx, events, { type: 'parcel.status_changed', subjectId: String(id), data: { from: 'registered', to: 'sorted' } })
    })
    return reply.code(200).send(event)
  })
  await readyTestApp(t, app, 'directory', migrations)
  return { app, webhooks }
}

export type Service = Awaited<ReturnType<typeof parcelService>>

export async function register(service: Service, body: ParcelInput = {}): Promise<{ id: number; eventId: string }> {
  const res = await service.app.inject({ method: 'POST', url: '/v1/directory/parcels', headers: await asCaller('directory'), payload: body })
  if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`)
  return res.json()
}

export interface Received {
  eventId: string
  eventType: string
  deliveryId: string
  idempotencyKey: string
  signature: string
  raw: string
  body: { id: string; type: string; sequence: number; cursor: string; data: Record<string, unknown> }
}

export interface Consumer {
  url: string
  received: Received[]
  /** Answers each delivery with this status (the delivery is kept either way), a redirect, or nothing at all. */
  answer: (r: Received, n: number) => number | { status: number; location: string } | 'silence'
  close(): Promise<void>
}

/** A webhook consumer on loopback that keeps every delivery and answers as `answer` says. */
export async function startConsumer(t: TestContext, answer: Consumer['answer'] = () => 204): Promise<Consumer> {
  const consumer: Consumer = { url: '', received: [], answer, close: async () => {} }
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const r: Received = {
        eventId: String(req.headers['postcare-event-id']),
        eventType: String(req.headers['postcare-event-type']),
        deliveryId: String(req.headers['postcare-delivery-id']),
        idempotencyKey: String(req.headers['idempotency-key']),
        signature: String(req.headers['postcare-signature']),
        raw,
        body: JSON.parse(raw)
      }
      consumer.received.push(r)
      const a = consumer.answer(r, consumer.received.length)
      if (a === 'silence') return
      if (typeof a === 'number') res.writeHead(a).end()
      else res.writeHead(a.status, { location: a.location }).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  consumer.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`
  consumer.close = () => new Promise<void>((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
  t.teardown(() => consumer.close())
  return consumer
}

/** What a consumer does with `Postcare-Signature` (written here from the scheme, not from the platform's code). */
export function signatureValid(secret: string, header: string, raw: string, toleranceSeconds = 300): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header)
  if (!m) return false
  if (Math.abs(Date.now() / 1000 - Number(m[1])) > toleranceSeconds) return false
  const expected = createHmac('sha256', secret).update(`${m[1]}.${raw}`).digest()
  return timingSafeEqual(expected, Buffer.from(m[2]!, 'hex'))
}

/** Subscribes `url` to `eventTypes`; answers the subscription and its secret. */
export async function subscribe(service: Service, url: string, more: Record<string, unknown> = {}) {
  const res = await service.app.inject({
    method: 'POST', url: '/v1/directory/webhook-subscriptions', headers: await manager(),
    payload: { name: 'CRM sync', url, eventTypes: ['parcel.registered', 'parcel.status_changed'], ...more }
  })
  if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`)
  return res.json() as { subscription: { id: string; version: number; cursor: string }; secret: string }
}

export async function registerMany(service: Service, count: number): Promise<number[]> {
  const res = await service.app.inject({ method: 'POST', url: '/v1/directory/parcels/batch', headers: await asCaller('directory'), payload: { count } })
  if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`)
  return res.json().ids
}

/**
 * Waits until every committed event is in the feed. The feed serves an event once every older
 * transaction in the PostgreSQL cluster has ended, and other test files share the cluster: a test
 * that reads or delivers once, right after a change, waits for this first.
 */
export async function settled(service: Service, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while ((await heldBack(service.app.db)).count > 0) {
    if (Date.now() > deadline) throw new Error('events stayed held back')
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** Runs the dispatchers (replicas) side by side until `done`, failing after `timeoutMs`. */
export async function dispatchUntil(services: Service[], done: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('the deliveries did not finish in time')
    await Promise.all(services.map((s) => s.webhooks.dispatch()))
    await new Promise((r) => setTimeout(r, 5))
  }
}

export async function call(service: Service, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, opts: { payload?: unknown; headers?: Record<string, string>; who?: Record<string, unknown> } = {}) {
  return service.app.inject({ method, url, headers: { ...(await manager(opts.who)), ...opts.headers }, ...(opts.payload !== undefined && { payload: opts.payload as object }) })
}
