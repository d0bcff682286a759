/**
 * The start command: PostgreSQL (embedded, with persistent data in .postcare/, unless
 * DATABASE_URL names one), the roles and schemas, every service and the gateway as their own
 * processes; demo data on first run; prints where to go. Ctrl-C stops everything, PostgreSQL
 * included.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  bootstrapRoles,
  bootstrapSchemas,
  createDatabaseIfMissing,
  serviceNames,
  servicePorts,
  serviceUrl,
  withDatabase,
  type SchemaName
} from '@postcare/platform'
import { startEmbeddedPostgres, type RunningPostgres } from '@postcare/platform/embedded'
import { buildProcesses } from './build.js'
import { loadOrCreateSecrets } from './local-secrets.js'

const started = Date.now()
const root = process.cwd()
const stateDir = join(root, '.postcare')
const logDir = join(stateDir, 'logs')
mkdirSync(logDir, { recursive: true })
const secrets = await loadOrCreateSecrets(stateDir)
const adminKey = process.env.POSTCARE_ADMIN_API_KEY || secrets.adminApiKey
const gatewayPort = Number(process.env.GATEWAY_PORT || servicePorts.gateway)
const gatewayUrl = `http://127.0.0.1:${gatewayPort}`

let pg: RunningPostgres | undefined
let databaseUrl: string
if (process.env.DATABASE_URL) {
  databaseUrl = process.env.DATABASE_URL
  await bootstrapRoles(databaseUrl, secrets.rolePasswords)
  console.log(`PostgreSQL: ${new URL(databaseUrl).host} (DATABASE_URL)`)
} else {
  pg = await startEmbeddedPostgres({ dataDir: join(stateDir, 'pg'), password: secrets.postgresPassword, persistent: true })
  await createDatabaseIfMissing(pg.adminUrl, 'postcare')
  databaseUrl = withDatabase(pg.adminUrl, 'postcare')
  await bootstrapRoles(pg.adminUrl, secrets.rolePasswords)
  console.log(`PostgreSQL: embedded, port ${pg.port}, data in .postcare/pg`)
}
await bootstrapSchemas(databaseUrl)

// Every process runs as a plain-JavaScript bundle of its sources (see scripts/build.ts).
const bundles = await buildProcesses()

const children = new Map<string, ChildProcess>()
let stopping = false

function startProcess(name: string, env: Record<string, string>) {
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' })
  const child = spawn(process.execPath, [bundles[name]!], {
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  child.on('exit', (code, signal) => {
    children.delete(name)
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); see .postcare/logs/${name}.log`)
      void shutdown(1)
    }
  })
  children.set(name, child)
}

const common = { POSTCARE_IDENTITY_PUBLIC_KEY: secrets.identityPublicJwk, POSTCARE_GATEWAY_URL: gatewayUrl }
for (const service of serviceNames) {
  const P = service.toUpperCase()
  startProcess(service, {
    ...common,
    [`${P}_DATABASE_URL`]: serviceUrl(databaseUrl, service as SchemaName, secrets.rolePasswords[service as SchemaName]),
    ...(service === 'directory' ? { DIRECTORY_SEED_DEMO: 'true' } : {}),
    ...(service === 'survey' ? { SURVEY_CONTACT_HASH_KEY: process.env.SURVEY_CONTACT_HASH_KEY || secrets.surveyContactHashKey } : {}),
    ...(secrets.serviceApiKeys[service] ? { [`${P}_API_KEY`]: secrets.serviceApiKeys[service]! } : {})
  })
}
startProcess('gateway', {
  GATEWAY_DATABASE_URL: serviceUrl(databaseUrl, 'gateway', secrets.rolePasswords.gateway),
  GATEWAY_PORT: String(gatewayPort),
  POSTCARE_IDENTITY_PRIVATE_KEY: secrets.identityPrivateJwk,
  POSTCARE_ADMIN_API_KEY: adminKey,
  GATEWAY_SERVICE_KEYS: JSON.stringify(secrets.serviceApiKeys)
})

async function shutdown(code: number): Promise<never> {
  if (stopping) return new Promise(() => {}) as Promise<never>
  stopping = true
  console.log('\nStopping services ...')
  const exits = [...children.values()].map(
    (child) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
        child.once('exit', () => {
          clearTimeout(timer)
          resolve()
        })
        child.kill('SIGTERM')
      })
  )
  await Promise.all(exits)
  if (pg) {
    console.log('Stopping PostgreSQL ...')
    await pg.stop().catch((err) => console.error('stopping PostgreSQL:', err))
  }
  console.log('Stopped.')
  process.exit(code)
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => void shutdown(0))

// Ready when the gateway says every service is ready.
const deadline = Date.now() + 120_000
for (;;) {
  try {
    const res = await fetch(`${gatewayUrl}/health/ready`, { signal: AbortSignal.timeout(2000) })
    if (res.ok) break
  } catch {
    /* not up yet */
  }
  if (Date.now() > deadline) {
    console.error('Not ready after 120 s; the logs in .postcare/logs/ say why.')
    for (const name of children.keys()) console.error(`--- ${name}\n${readFileSync(join(logDir, `${name}.log`), 'utf8').split('\n').slice(-5).join('\n')}`)
    await shutdown(1)
  }
  await new Promise((r) => setTimeout(r, 500))
}

console.log(`
Postcare is up (ready in ${((Date.now() - started) / 1000).toFixed(1)} s).
  Gateway:    ${gatewayUrl}
  API docs:   ${gatewayUrl}/docs   (OpenAPI: ${gatewayUrl}/openapi.json)
  Admin key:  ${adminKey}
  Try:        curl -H 'X-API-Key: ${adminKey}' '${gatewayUrl}/v1/directory/offices?limit=3'
  Logs:       .postcare/logs/
Press Ctrl-C to stop everything.`)
