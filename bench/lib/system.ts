/**
 * The system under test, wired as scripts/start.ts wires it: an embedded PostgreSQL (throwaway
 * data folder), the roles and schemas, every service and the gateway as their own processes on
 * free loopback ports with their production settings (info logging to a file, identity check,
 * metrics), plus the baseline servers. Servers are pinned to the server cores when taskset exists.
 */
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  bootstrapRoles,
  bootstrapSchemas,
  createDatabaseIfMissing,
  databaseRoleNames,
  generateIdentityKeys,
  IdentitySigner,
  readOnlyRolesOf,
  serviceNames,
  serviceUrl,
  withDatabase,
  type DatabaseRoleName,
  type SchemaName
} from '@postcare/platform'
import { freePort, startEmbeddedPostgres, type RunningPostgres } from '@postcare/platform/embedded'
import { buildProcesses } from '../../scripts/build.js'
import { pin } from './proc.js'

export const root = fileURLToPath(new URL('../../', import.meta.url))

export interface Proc {
  name: string
  port: number
  origin: string
  pid: number
  child: ChildProcess
}

export interface System {
  pg: RunningPostgres
  pgDataDir: string
  /** The postcare database as the superuser. */
  adminUrl: string
  urlFor(schema: SchemaName): string
  adminApiKey: string
  gateway: Proc
  services: Map<string, Proc>
  /** Services that failed to start, with the last lines of their log. */
  failed: Map<string, string>
  baselines: Map<string, Proc>
  signer: IdentitySigner
  logDir: string
  serverCores: string | null
  startBaseline(kind: string, env?: Record<string, string>): Promise<Proc>
  /** nginx as a reverse proxy in front of `upstream` (one process, keep-alive upstream), or null without an nginx binary. */
  startNginx(upstream: string): Promise<Proc | null>
  /** Stops every process and PostgreSQL; the logs stay when `keepLogs`. */
  stop(keepLogs?: boolean): Promise<void>
}

const token = (n = 24) => randomBytes(n).toString('base64url')

async function waitReady(origin: string, child: ChildProcess, timeoutMs: number, path = '/health/ready'): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`)
    try {
      const res = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(2000) })
      if (res.ok) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`not ready after ${timeoutMs / 1000} s`)
}

function tail(file: string, lines = 8): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return ''
  }
}

export interface SystemOptions {
  serverCores: string | null
  log: (line: string) => void
  /** The services' LOG_LEVEL: info (one line per request) as in production, unless testing what logging costs. */
  logLevel: string
  /** Only these services (the smoke run leaves out those no scenario uses); all by default. */
  services?: readonly string[]
  /** Processes to run with --cpu-prof (profiles land in this folder when they exit). */
  profile?: { names: Set<string>; dir: string }
}

export async function startSystem(opts: SystemOptions): Promise<System> {
  const runDir = join(root, '.postcare', 'bench', `run-${process.pid}`)
  const logDir = join(runDir, 'logs')
  mkdirSync(logDir, { recursive: true })
  const pgDataDir = join(runDir, 'pg')
  const postgresPassword = token()
  const rolePasswords = Object.fromEntries(databaseRoleNames.map((s) => [s, token()])) as Record<DatabaseRoleName, string>
  const adminApiKey = `pc_admin_${token(32)}`
  const keys = await generateIdentityKeys()
  const signer = await IdentitySigner.fromJwk(keys.privateJwk)

  const pg = await startEmbeddedPostgres({ dataDir: pgDataDir, password: postgresPassword, persistent: false })
  await createDatabaseIfMissing(pg.adminUrl, 'postcare')
  const adminUrl = withDatabase(pg.adminUrl, 'postcare')
  await bootstrapRoles(pg.adminUrl, rolePasswords)
  await bootstrapSchemas(adminUrl)
  opts.log(`PostgreSQL: embedded on port ${pg.port}, data in ${pgDataDir}`)

  // The services and the gateway run as production runs them: plain-JavaScript bundles.
  const bundles = await buildProcesses()
  const children: ChildProcess[] = []
  function startNode(name: string, script: string, env: Record<string, string>, args: string[] = [], ipc = false): ChildProcess {
    const logFile = join(logDir, `${name}.log`)
    const fd = openSync(logFile, 'a')
    const childEnv = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: opts.logLevel, ...env }
    const profiled = [...(opts.profile?.names.has(name) ? ['--cpu-prof', '--cpu-prof-dir', join(opts.profile.dir, name)] : []), ...(process.env.BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean)]
    // Logs go straight to a file descriptor, as under a process supervisor: no pipe through us.
    const child = ipc
      ? fork(script, args, { execArgv: [...profiled, '--import', 'tsx'], env: childEnv, stdio: ['ignore', fd, fd, 'ipc'] })
      : spawn(process.execPath, [...profiled, ...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), script, ...args], { env: childEnv, stdio: ['ignore', fd, fd] })
    closeSync(fd)
    children.push(child)
    if (opts.serverCores && child.pid) pin(child.pid, opts.serverCores)
    return child
  }

  const gatewayPort = await freePort()
  const gatewayOrigin = `http://127.0.0.1:${gatewayPort}`
  const ports = Object.fromEntries(await Promise.all(serviceNames.map(async (s) => [s, await freePort()] as const))) as Record<string, number>
  const common = {
    POSTCARE_IDENTITY_PUBLIC_KEY: JSON.stringify(keys.publicJwk),
    POSTCARE_GATEWAY_URL: gatewayOrigin,
    // The loaders rebuild the rollups in UTC days (scenarios/loaders.ts), so the services count in them too.
    POSTCARE_TIME_ZONE: 'UTC'
  }
  const services = new Map<string, Proc>()
  const failed = new Map<string, string>()
  const pending: Array<Promise<void>> = []
  const skippedServices = serviceNames.filter((s) => opts.services && !opts.services.includes(s))
  for (const service of serviceNames) {
    if (skippedServices.includes(service)) continue
    const P = service.toUpperCase()
    const port = ports[service]!
    const child = startNode(service, bundles[service]!, {
      ...common,
      [`${P}_PORT`]: String(port),
      [`${P}_DATABASE_URL`]: serviceUrl(adminUrl, service, rolePasswords[service]),
      ...Object.fromEntries(readOnlyRolesOf(service).map((role) => [`${role.toUpperCase()}_DATABASE_URL`, serviceUrl(adminUrl, role, rolePasswords[role])])),
      // Services reach the directory (and each other) through the gateway with a key; the
      // admin key stands in for their own keys here.
      [`${P}_API_KEY`]: adminApiKey,
      ...(service === 'directory' ? { DIRECTORY_SEED_DEMO: 'true' } : {}),
      ...(service === 'survey' ? { SURVEY_CONTACT_HASH_KEY: token(32) } : {})
    })
    const proc: Proc = { name: service, port, origin: `http://127.0.0.1:${port}`, pid: child.pid ?? -1, child }
    pending.push(
      waitReady(proc.origin, child, 90_000).then(
        () => void services.set(service, proc),
        (err: Error) => {
          failed.set(service, `${err.message}\n${tail(join(logDir, `${service}.log`))}`)
          child.kill('SIGKILL')
        }
      )
    )
  }
  const gatewayChild = startNode('gateway', bundles.gateway!, {
    GATEWAY_PORT: String(gatewayPort),
    GATEWAY_DATABASE_URL: serviceUrl(adminUrl, 'gateway', rolePasswords.gateway),
    POSTCARE_IDENTITY_PRIVATE_KEY: JSON.stringify(keys.privateJwk),
    POSTCARE_ADMIN_API_KEY: adminApiKey,
    // Rate limiting stays on (every request is counted against the caller) with a budget the
    // benchmark cannot exhaust, so what is measured is its cost, not its 429s.
    GATEWAY_RATE_LIMIT_MAX: '1000000000',
    ...Object.fromEntries(serviceNames.map((s) => [`GATEWAY_UPSTREAM_${s.toUpperCase()}`, `http://127.0.0.1:${ports[s]}`]))
  })
  const gateway: Proc = { name: 'gateway', port: gatewayPort, origin: gatewayOrigin, pid: gatewayChild.pid ?? -1, child: gatewayChild }
  await Promise.all(pending)
  if (!services.has('directory')) throw new Error(`the directory service did not start:\n${failed.get('directory')}`)
  try {
    // Readiness covers every upstream; a service that failed or was not started must not stop
    // the benchmark, so readiness gets a short wait once the gateway is live.
    await waitReady(gatewayOrigin, gatewayChild, 60_000, '/health/live')
    await waitReady(gatewayOrigin, gatewayChild, failed.size + skippedServices.length > 0 ? 3000 : 30_000).catch(() => {})
  } catch (err) {
    throw new Error(`the gateway did not start: ${(err as Error).message}\n${tail(join(logDir, 'gateway.log'))}`)
  }

  const baselines = new Map<string, Proc>()
  async function startBaseline(kind: string, env: Record<string, string> = {}): Promise<Proc> {
    const existing = baselines.get(kind)
    if (existing) return existing
    const port = await freePort()
    const child = startNode(`baseline-${kind}`, fileURLToPath(new URL('../baselines/server.ts', import.meta.url)), { BENCH_PORT: String(port), BENCH_DATABASE_URL: adminUrl, ...env }, [kind], true)
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve())
      child.once('exit', (code) => reject(new Error(`baseline ${kind} exited (${code}): ${tail(join(logDir, `baseline-${kind}.log`))}`)))
    })
    const proc: Proc = { name: `baseline:${kind}`, port, origin: `http://127.0.0.1:${port}`, pid: child.pid ?? -1, child }
    baselines.set(kind, proc)
    return proc
  }

  /** The nginx binary on PATH (or in /usr/sbin, which a non-login PATH may lack), or null. */
  function nginxBinary(): string | null {
    try {
      return execFileSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' }).trim().split('\n')[0] || null
    } catch {
      return null
    }
  }

  let nginx: Proc | null | undefined
  async function startNginx(upstream: string): Promise<Proc | null> {
    if (nginx !== undefined) return nginx
    const binary = nginxBinary()
    if (!binary) return (nginx = null)
    const port = await freePort()
    const dir = join(runDir, 'nginx')
    mkdirSync(dir, { recursive: true })
    // The least a reverse proxy does: one process (as the services are one process each, pinned
    // to the same core), HTTP/1.1 keep-alive to the upstream, no access log, no buffering to disk.
    const conf = `daemon off;
master_process off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(logDir, 'nginx-error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  keepalive_requests 1000000;
  upstream service { server ${new URL(upstream).host}; keepalive 64; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://service;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_buffering off;
    }
  }
}
`
    const confFile = join(dir, 'nginx.conf')
    writeFileSync(confFile, conf)
    const fd = openSync(join(logDir, 'nginx.log'), 'a')
    const child = spawn(binary, ['-p', dir, '-c', confFile], { stdio: ['ignore', fd, fd] })
    closeSync(fd)
    children.push(child)
    if (opts.serverCores && child.pid) pin(child.pid, opts.serverCores)
    const origin = `http://127.0.0.1:${port}`
    // The upstream's liveness through nginx proves both are up.
    await waitReady(origin, child, 10_000, '/health/live')
    return (nginx = { name: 'baseline:nginx', port, origin, pid: child.pid ?? -1, child })
  }

  let stopped = false
  async function stop(keepLogs = false): Promise<void> {
    if (stopped) return
    stopped = true
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve()
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
            child.once('exit', () => {
              clearTimeout(timer)
              resolve()
            })
            child.kill('SIGTERM')
          })
      )
    )
    await pg.stop().catch(() => {})
    rmSync(keepLogs ? pgDataDir : runDir, { recursive: true, force: true })
  }

  return {
    pg,
    pgDataDir,
    adminUrl,
    urlFor: (schema) => serviceUrl(adminUrl, schema, rolePasswords[schema]),
    adminApiKey,
    gateway,
    services,
    failed,
    baselines,
    signer,
    logDir,
    serverCores: opts.serverCores,
    startBaseline,
    startNginx,
    stop
  }
}
