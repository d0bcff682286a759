/**
 * The real gateway on a real test database, in front of real service apps listening on
 * 127.0.0.1 ephemeral ports. The gateway signs with the test key pair's private half and every
 * service verifies with the public half, exactly as in production.
 */
import type { Server as HttpServer } from 'node:http'
import { createServer, type AddressInfo, type Server } from 'node:net'
import { serviceNames, type ServiceConfig, type ServiceName } from '@postcare/platform'
import { buildServiceTestApp, createTestDatabase, testKeys, type TestableService, type TestContext, type TestDatabase } from '@postcare/platform/testing'
import type { FastifyInstance } from 'fastify'
import * as directory from '../../directory/src/app.js'
import { loadConfig as directoryConfig } from '../../directory/src/config.js'
import * as feedback from '../../feedback/src/app.js'
import { loadConfig as feedbackConfig } from '../../feedback/src/config.js'
import * as liaison from '../../liaison/src/app.js'
import { loadConfig as liaisonConfig } from '../../liaison/src/config.js'
import * as membership from '../../membership/src/app.js'
import { loadConfig as membershipConfig } from '../../membership/src/config.js'
import * as survey from '../../survey/src/app.js'
import { loadConfig as surveyConfig } from '../../survey/src/config.js'
import { buildApp, prepareGateway } from '../src/app.js'
import { loadConfig } from '../src/config.js'

export const ADMIN_KEY = 'pc_admin_test_0123456789abcdefghijklmnopqrstuvwxyz'

/** A port on 127.0.0.1 that nothing listens on (connections are refused at once). */
export async function deadPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

export async function listen(t: TestContext, app: FastifyInstance, port = 0): Promise<string> {
  t.teardown(() => app.close())
  await app.listen({ host: '127.0.0.1', port })
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
}

/** A plain server on an ephemeral port (stand-ins for a broken or slow upstream, a JWKS). */
export async function listenServer(t: TestContext, server: Server | HttpServer): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        ;(server as HttpServer).closeAllConnections?.()
        server.close(() => resolve())
      })
  )
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const services = {
  directory: { name: 'directory', ...directory, loadConfig: directoryConfig },
  feedback: { name: 'feedback', ...feedback, loadConfig: feedbackConfig },
  survey: { name: 'survey', ...survey, loadConfig: surveyConfig },
  membership: { name: 'membership', ...membership, loadConfig: membershipConfig },
  liaison: { name: 'liaison', ...liaison, loadConfig: liaisonConfig }
} as const

/**
 * Starts the real app of `service` on `database` as the service's own role, migrated, on an
 * ephemeral port; returns its base URL.
 */
export async function startService(t: TestContext, service: ServiceName, database: TestDatabase, env: Record<string, string> = {}, deps: { logStream?: NodeJS.WritableStream } = {}): Promise<{ url: string; app: FastifyInstance }> {
  const { app, url } = await buildServiceTestApp(t, services[service] as TestableService<ServiceConfig, unknown, FastifyInstance>, {
    database,
    env: { [`${service.toUpperCase()}_PORT`]: '0', LOG_LEVEL: 'silent', ...env },
    ...(deps.logStream ? { log: deps.logStream } : {}),
    listen: true
  })
  return { url: url!, app }
}

export interface GatewayOptions {
  /** Base URLs of the services; any not given points at a port nothing listens on. */
  upstreams?: Partial<Record<ServiceName, string>>
  env?: Record<string, string>
  database?: TestDatabase
  logStream?: NodeJS.WritableStream
  /** Listen here rather than on an ephemeral port (when services must know the gateway's URL first). */
  port?: number
}

/** The real gateway, migrated, with the admin key registered, listening on an ephemeral port. */
export async function startGateway(t: TestContext, opts: GatewayOptions = {}) {
  const database = opts.database ?? (await createTestDatabase(t))
  const { privateJwk } = await testKeys()
  const dead = `http://127.0.0.1:${await deadPort()}`
  const upstreamEnv = Object.fromEntries(serviceNames.map((s) => [`GATEWAY_UPSTREAM_${s.toUpperCase()}`, opts.upstreams?.[s] ?? dead]))
  const config = loadConfig({
    GATEWAY_DATABASE_URL: database.urlFor('gateway'),
    POSTCARE_IDENTITY_PRIVATE_KEY: privateJwk,
    POSTCARE_ADMIN_API_KEY: ADMIN_KEY,
    LOG_LEVEL: 'silent',
    GATEWAY_UPSTREAM_TIMEOUT_MS: '3000',
    ...upstreamEnv,
    ...opts.env
  })
  const app = await buildApp(config, { logStream: opts.logStream })
  await prepareGateway(app, config, { attempts: 1 })
  const url = await listen(t, app, opts.port)
  return { app, url, config, database }
}

/** The gateway in front of the real directory, both on one test database. */
export async function gatewayWithDirectory(t: TestContext, opts: Omit<GatewayOptions, 'database'> = {}) {
  const database = await createTestDatabase(t)
  const dir = await startService(t, 'directory', database)
  const gateway = await startGateway(t, { ...opts, database, upstreams: { directory: dir.url, ...opts.upstreams } })
  return { ...gateway, directory: dir }
}

/** A response whose JSON the test inspects freely. */
export type JsonResponse = Omit<Response, 'json'> & { json(): Promise<any> }

/** A fetch through the gateway with the given key (the admin key unless told otherwise, none with null). */
export function call(base: string, path: string, init: RequestInit & { key?: string | null } = {}): Promise<JsonResponse> {
  const { key = ADMIN_KEY, headers, ...rest } = init
  const h = new Headers(headers)
  if (key) h.set('x-api-key', key)
  if (rest.body !== undefined && !h.has('content-type')) h.set('content-type', 'application/json')
  return fetch(`${base}${path}`, { ...rest, headers: h })
}

/** Issues a key through the admin API; returns its id and secret. */
export async function issueKey(base: string, body: { name: string; scopes: string[]; officeCode?: string }): Promise<{ id: string; secret: string }> {
  const res = await call(base, '/v1/gateway/api-keys', { method: 'POST', body: JSON.stringify(body) })
  if (res.status !== 201) throw new Error(`issue key: ${res.status} ${await res.text()}`)
  const json = (await res.json()) as { apiKey: { id: string }; secret: string }
  return { id: json.apiKey.id, secret: json.secret }
}

export const district = { code: 'ISL', name: 'Islands', area: 'New Territories' }
export const office = { code: 'ISL001', name: 'Tai O Post Office', districtCode: 'ISL', regionClass: 'island_remote', address: '1 Tai O Road', openedOn: '1962-05-01' }
