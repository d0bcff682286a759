/**
 * Test helpers: a fresh database per test file on the suite's PostgreSQL (embedded by default,
 * or the one DATABASE_URL names), the same bootstrap as production, and gateway-style identity
 * tokens for calling a service as a given caller. Never a mock of the database.
 */
import { randomBytes } from 'node:crypto'
import { Writable } from 'node:stream'
import pg from 'pg'
import { testSettings } from './fixtures.js'
import type { FastifyInstance } from 'fastify'
import type { Migration } from 'kysely'
import { bootstrapSchemas, readOnlyRolesOf, serviceUrl, withDatabase, type DatabaseRoleName } from '../bootstrap.js'
import { loadServiceConfig, type ServiceConfig, type ServiceName } from '../config.js'
import { migrateToLatest } from '../migrate.js'
import '../types.js'
import { generateIdentityKeys, IDENTITY_HEADER, IdentitySigner, type Identity } from '../identity.js'

export interface TestContext {
  teardown(fn: () => unknown): void
}

export interface TestDatabase {
  name: string
  url: string
  /** The URL of a service's role (or of a read-only role such as `liaison_public`). */
  urlFor(role: DatabaseRoleName): string
}

function suiteEnv(): { adminUrl: string; rolePassword: string } {
  const adminUrl = process.env.POSTCARE_TEST_ADMIN_URL
  const rolePassword = process.env.POSTCARE_TEST_ROLE_PASSWORD
  if (!adminUrl || !rolePassword) {
    throw new Error('Run tests with the project test command (npm test), which provides PostgreSQL: POSTCARE_TEST_ADMIN_URL is not set.')
  }
  return { adminUrl, rolePassword }
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: suiteEnv().adminUrl })
  await c.connect()
  try {
    return await fn(c)
  } finally {
    await c.end()
  }
}

/** A new database with the production schemas, dropped when the test ends. */
export async function createTestDatabase(t: TestContext): Promise<TestDatabase> {
  const { adminUrl, rolePassword } = suiteEnv()
  const name = `postcare_t_${process.pid}_${randomBytes(4).toString('hex')}`
  await admin((c) => c.query(`CREATE DATABASE ${name}`))
  const url = withDatabase(adminUrl, name)
  await bootstrapSchemas(url)
  t.teardown(() => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)))
  return { name, url, urlFor: (role) => serviceUrl(url, role, rolePassword) }
}

let keysPromise: Promise<{ publicJwk: string; signer: IdentitySigner; privateJwk: string }> | undefined

/** One Ed25519 key pair per test process, standing in for the gateway's. */
export function testKeys() {
  keysPromise ??= generateIdentityKeys().then(async (k) => ({
    publicJwk: JSON.stringify(k.publicJwk),
    privateJwk: JSON.stringify(k.privateJwk),
    signer: await IdentitySigner.fromJwk(k.privateJwk)
  }))
  return keysPromise
}

export const allTestScopes = [
  'directory:read', 'directory:write', 'feedback:read', 'feedback:write', 'feedback:manage', 'survey:read', 'survey:write', 'survey:manage',
  'membership:read', 'membership:write', 'liaison:read', 'liaison:write', 'liaison:manage', 'personal-data:read', 'admin:keys'
]

/** Headers that make a direct call to `service` look as if it came through the gateway. */
export async function asCaller(service: string, who: Partial<Identity> = {}): Promise<Record<string, string>> {
  const identity: Identity = { sub: 'key:test', name: 'test', kind: 'api_key', scopes: allTestScopes, office: null, ...who }
  const { signer } = await testKeys()
  return { [IDENTITY_HEADER]: await signer.sign(identity, service) }
}

/** A log destination that keeps every line, for tests that check what is (not) logged. */
export function captureLog(): { stream: Writable; lines: string[] } {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split('\n').filter(Boolean))
      cb()
    }
  })
  return { stream, lines }
}

/**
 * The database settings of `service` on `database`: `<SERVICE>_DATABASE_URL` as its own role, and
 * `<ROLE>_DATABASE_URL` for each of its read-only roles (`LIAISON_PUBLIC_DATABASE_URL`).
 */
export function databaseUrls(database: TestDatabase, service: ServiceName): Record<string, string> {
  const urls: Record<string, string> = { [`${service.toUpperCase()}_DATABASE_URL`]: database.urlFor(service) }
  for (const role of readOnlyRolesOf(service)) urls[`${role.toUpperCase()}_DATABASE_URL`] = database.urlFor(role)
  return urls
}

/** The production config of `service`, pointed at a fresh test database as its own role. */
export async function testServiceConfig(t: TestContext, service: ServiceName, env: Record<string, string> = {}): Promise<ServiceConfig & { testDatabase: TestDatabase }> {
  const database = await createTestDatabase(t)
  const { publicJwk } = await testKeys()
  const config = loadServiceConfig(service, { ...testSettings, ...databaseUrls(database, service), POSTCARE_IDENTITY_PUBLIC_KEY: publicJwk, LOG_LEVEL: 'silent', ...env })
  return { ...config, testDatabase: database }
}

/** Migrates the app's schema, closes the app when the test ends, and waits until it is ready. */
export async function readyTestApp<A extends FastifyInstance>(t: TestContext, app: A, service: string, migrations: Record<string, Migration>): Promise<A> {
  t.teardown(() => app.close())
  await migrateToLatest(app.db, service, migrations)
  await app.ready()
  return app
}
