/**
 * One way to build a service's app in a test, for every service's test helper, the gateway's
 * system tests and the reliability and security suites: a fresh test database (or a shared one),
 * the service's own `loadConfig(env)` — so tests run the production defaults — pointed at that
 * database as the service's role and at the test identity key, a silent or captured log, the
 * fakes (directory, clock, feedback client, sweep scheduler) passed through as `buildApp` deps,
 * migrated, ready, and closed when the test ends. The service's modules are passed in: the
 * platform never imports a service.
 */
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import type { Migration } from 'kysely'
import type { ServiceConfig, ServiceName } from '../config.js'
import { testSettings } from './fixtures.js'
import { captureLog, createTestDatabase, databaseUrls, readyTestApp, testKeys, type TestContext, type TestDatabase } from './base.js'

/** What a service exports for its tests: `src/app.ts` (buildApp, migrations) and `src/config.ts` (loadConfig). */
export interface TestableService<C extends ServiceConfig, D, A extends FastifyInstance> {
  name: ServiceName
  buildApp(config: C, deps?: D): Promise<A>
  loadConfig(env: Record<string, string | undefined>): C
  migrations: Record<string, Migration>
}

export interface ServiceTestOptions<C, D, A> {
  /** Settings as the process would read them, over the test database, key and `testSettings`. */
  env?: Record<string, string>
  /** Fields set after loading, for what a setting cannot say; prefer `env`. */
  config?: Partial<C>
  /** A database several services share; a fresh one otherwise. */
  database?: TestDatabase
  /** `silent` (default); `capture` keeps every line (at info unless LOG_LEVEL says) in `log`; or a stream of the test's. */
  log?: 'silent' | 'capture' | NodeJS.WritableStream
  /** The app's fakes: directory, clock, feedback client, sweep scheduler. */
  deps?: D
  /** Runs before the app is ready (where hooks must be added). */
  beforeReady?(app: A): void | Promise<void>
  /** Listen on an ephemeral port of 127.0.0.1 (for tests that call over HTTP rather than inject). */
  listen?: boolean
}

export interface ServiceTestApp<C, A> {
  app: A
  config: C
  database: TestDatabase
  /** The captured log lines (empty unless `log: 'capture'`). */
  log: string[]
  /** The base URL when `listen` was asked for. */
  url: string | undefined
}

export async function buildServiceTestApp<C extends ServiceConfig, D, A extends FastifyInstance>(
  t: TestContext,
  service: TestableService<C, D, A>,
  options: ServiceTestOptions<C, D, A> = {}
): Promise<ServiceTestApp<C, A>> {
  const database = options.database ?? (await createTestDatabase(t))
  const { publicJwk } = await testKeys()
  const captured = options.log === 'capture' ? captureLog() : undefined
  const stream = captured?.stream ?? (typeof options.log === 'object' ? options.log : undefined)
  const loaded = service.loadConfig({
    ...testSettings,
    ...databaseUrls(database, service.name),
    POSTCARE_IDENTITY_PUBLIC_KEY: publicJwk,
    LOG_LEVEL: stream ? 'info' : 'silent',
    ...options.env
  })
  const config = options.config ? ({ ...loaded, ...options.config } as C) : loaded
  const deps = (stream ? { ...options.deps, logStream: stream } : options.deps) as D | undefined
  const app = await service.buildApp(config, deps)
  await options.beforeReady?.(app)
  await readyTestApp(t, app, service.name, service.migrations)
  let url: string | undefined
  if (options.listen) {
    await app.listen({ host: '127.0.0.1', port: 0 })
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  }
  return { app, config, database, log: captured?.lines ?? [], url }
}
