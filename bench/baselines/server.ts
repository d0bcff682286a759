/**
 * The baselines: the bare minimum that does the same work as a Postcare route, each its own
 * process so it can be pinned and measured like a service. Started as
 * `server.ts <kind>` with BENCH_PORT and BENCH_DATABASE_URL; says "ready" over IPC.
 *
 *   raw-http        node:http answering an office as JSON (JSON.stringify, no framework)
 *   fastify         bare Fastify, same answer, with a response schema (fast-json-stringify)
 *   fastify-pg-get  bare Fastify + pg: one office by primary key, unnamed query, pool of 10
 *   fastify-pg-list bare Fastify + pg: the first page of offices (limit + 1 rows), pool of 10
 *   insert          bare Fastify + pg: POST inserts the body's fields as one row, returns 201
 *   proxy           bare Fastify + an undici pool forwarding GETs to BENCH_UPSTREAM: the least a
 *                   Node reverse proxy does (no auth, no rate limit, no logging, no token)
 *
 * No logging, no auth, no metrics: those are what the scenarios pay for and the ratio shows.
 */
import { createServer } from 'node:http'
import Fastify from 'fastify'
import pg from 'pg'
import { Pool } from 'undici'

const kind = process.argv[2] ?? ''
const port = Number(process.env.BENCH_PORT ?? 0)
const databaseUrl = process.env.BENCH_DATABASE_URL ?? ''

const officeSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    code: { type: 'string' },
    name: { type: 'string' },
    districtCode: { type: 'string' },
    regionClass: { type: 'string' },
    address: { type: 'string' },
    status: { type: 'string' },
    openedOn: { type: 'string' },
    closedOn: { type: ['string', 'null'] },
    version: { type: 'integer' },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' }
  }
} as const

const sampleOffice = {
  code: 'CEN001',
  name: 'General Post Office',
  districtCode: 'CEN',
  regionClass: 'urban',
  address: '2 Connaught Place, Central',
  status: 'open',
  openedOn: '1976-06-30',
  closedOn: null,
  version: 1,
  createdAt: '2026-11-22T09:00:00.000Z',
  updatedAt: '2026-11-22T09:00:00.000Z'
}

interface OfficeRow {
  code: string
  name: string
  district_code: string
  region_class: string
  address: string
  status: string
  opened_on: string
  closed_on: string | null
  version: number
  created_at: Date
  updated_at: Date
}

// Dates as strings, as the services read them.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v)

function toOffice(r: OfficeRow) {
  return {
    code: r.code,
    name: r.name,
    districtCode: r.district_code,
    regionClass: r.region_class,
    address: r.address,
    status: r.status,
    openedOn: r.opened_on,
    closedOn: r.closed_on,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString()
  }
}

function pool(): pg.Pool {
  return new pg.Pool({ connectionString: databaseUrl, max: 10, options: '-c jit=off' })
}

async function listen(): Promise<void> {
  if (kind === 'raw-http') {
    const body = JSON.stringify(sampleOffice)
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) })
      res.end(body)
    })
    server.keepAliveTimeout = 72_000
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    return
  }
  const app = Fastify({ logger: false, keepAliveTimeout: 72_000 })
  if (kind === 'fastify') {
    app.get('/office', { schema: { response: { 200: officeSchema } } }, async () => sampleOffice)
  } else if (kind === 'fastify-pg-get') {
    const db = pool()
    app.get<{ Params: { code: string } }>('/offices/:code', { schema: { response: { 200: officeSchema } } }, async (req, reply) => {
      const { rows } = await db.query<OfficeRow>('select * from directory.offices where code = $1', [req.params.code])
      if (!rows[0]) return reply.code(404).send()
      return toOffice(rows[0])
    })
  } else if (kind === 'fastify-pg-list') {
    const db = pool()
    const page = { type: 'object', properties: { items: { type: 'array', items: officeSchema }, nextCursor: { type: ['string', 'null'] } } }
    app.get<{ Querystring: { limit?: string } }>('/offices', { schema: { response: { 200: page } } }, async (req) => {
      const limit = Number(req.query.limit ?? 50)
      const { rows } = await db.query<OfficeRow>('select * from directory.offices order by code limit $1', [limit + 1])
      const items = rows.slice(0, limit).map(toOffice)
      return { items, nextCursor: rows.length > limit ? items[items.length - 1]!.code : null }
    })
  } else if (kind === 'insert') {
    const db = pool()
    app.post<{ Body: Record<string, unknown> }>('/rows', async (req, reply) => {
      const b = req.body
      const { rows } = await db.query<{ id: string }>(
        'insert into bench.inserts (office_code, channel, kind, subject, body) values ($1, $2, $3, $4, $5) returning id',
        [String(b.officeCode ?? ''), String(b.channel ?? ''), String(b.kind ?? ''), String(b.subject ?? ''), JSON.stringify(b)]
      )
      return reply.code(201).send({ id: rows[0]!.id })
    })
  } else if (kind === 'proxy') {
    const upstream = new Pool(process.env.BENCH_UPSTREAM ?? '', { connections: 256, keepAliveTimeout: 30_000 })
    app.get('/*', async (req, reply) => {
      const res = await upstream.request({ path: req.url, method: 'GET', headers: { 'x-postcare-identity': String(req.headers['x-postcare-identity'] ?? '') } })
      reply.code(res.statusCode)
      for (const h of ['content-type', 'etag', 'x-request-id']) {
        const v = res.headers[h]
        if (typeof v === 'string') reply.header(h, v)
      }
      return reply.send(res.body)
    })
  } else {
    throw new Error(`unknown baseline ${kind}`)
  }
  await app.listen({ port, host: '127.0.0.1' })
}

await listen()
process.send?.('ready')
process.on('disconnect', () => process.exit(0))
