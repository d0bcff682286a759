/**
 * `npm run bench` (or `npm run bench -- --smoke`): starts the system on an embedded PostgreSQL,
 * loads data, runs every scenario paired with its baseline in alternating slots, prints the
 * tables and writes them as JSON to bench/results/. See bench/README.md.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { startEmbeddedPostgres, type RunningPostgres } from '@postcare/platform/embedded'
import { multiRowInsertRate } from './baselines/multi-row-insert.js'
import { createBaselineTables } from './baselines/schema.js'
import { MemorySampler, runGroup, type ComparisonSummary, type Group, type MemberSummary } from './lib/harness.js'
import { LoadGenerator } from './lib/load.js'
import { cpuCount, pin, taskset } from './lib/proc.js'
import { fmt, fmtInt, mb } from './lib/stats.js'
import { root, startSystem, type System } from './lib/system.js'
import { createContext, type BenchOptions } from './scenarios/context.js'
import { directoryGroups } from './scenarios/directory.js'
import { intakeGroups } from './scenarios/intake.js'
import { messagingBench } from './scenarios/messaging.js'
import { reportScenarios, type ReportResult } from './scenarios/reports.js'

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    slot: { type: 'string' },
    only: { type: 'string' },
    'keep-logs': { type: 'boolean', default: false },
    profile: { type: 'string' },
    'log-level': { type: 'string' }
  }
})

const smoke = Boolean(args.smoke)
const options: BenchOptions = {
  smoke,
  rounds: Number(args.rounds ?? (smoke ? 1 : 5)),
  warmupMs: smoke ? 200 : 700,
  durationMs: Number(args.slot ?? (smoke ? 0.6 : 3)) * 1000,
  sizes: smoke ? { small: 1_000, large: 5_000 } : { small: 100_000, large: 1_000_000 }
}
const only = args.only ? new Set(String(args.only).split(',')) : null
const wanted = (section: string) => !only || only.has(section)
// The messaging section needs only a PostgreSQL; the others need the whole system.
const systemWanted = ['directory', 'intake', 'reports', 'import'].some(wanted)

const started = Date.now()
const log = (line: string) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`)

// Two cores or more: servers on core 0, the load generator (and this process) on core 1;
// PostgreSQL is left to the scheduler, as it shares the machine with the services in production.
const cores = cpuCount()
const canPin = cores >= 2 && taskset() !== null
const serverCores = canPin ? '0' : null
const loadCores = canPin ? String(cores - 1) : null
if (loadCores) pin(process.pid, loadCores)

let system: System | undefined
let load: LoadGenerator | undefined
let messagingPg: RunningPostgres | undefined
async function cleanup() {
  load?.stop()
  await system?.stop(Boolean(args['keep-logs']))
  await messagingPg?.stop()
}

/** On the system's PostgreSQL when it runs, otherwise on a throwaway embedded one of its own. */
async function messagingSection() {
  let adminUrl = system?.adminUrl
  if (!adminUrl) {
    messagingPg = await startEmbeddedPostgres({ dataDir: join(root, '.postcare', 'bench', `messaging-${process.pid}`, 'pg'), password: randomBytes(18).toString('base64url'), persistent: false })
    adminUrl = messagingPg.adminUrl
  }
  log('messaging: outbox dispatcher vs nodemailer direct')
  return messagingBench({ adminUrl, rounds: options.rounds, messages: smoke ? 500 : 3000, serverCores, log })
}
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    void cleanup().finally(() => process.exit(130))
  })
}

const members: MemberSummary[] = []
const comparisons: ComparisonSummary[] = []
const reports: ReportResult[] = []
const skipped: string[] = []
let importBaseline: { rows: number; ms: number; rowsPerSecond: number } | undefined
let memory: MemorySampler | undefined

try {
  log(`mode: ${smoke ? 'smoke' : 'full'}; ${options.rounds} round(s) of ${options.durationMs / 1000} s slots; ${cores} cores; ${canPin ? `servers pinned to core ${serverCores}, load generator to core ${loadCores}` : 'no pinning (taskset missing or one core)'}`)
  if (systemWanted) {
    const profile = args.profile ? { names: new Set(String(args.profile).split(',')), dir: join(root, 'bench', 'results', 'profiles') } : undefined
    if (profile) mkdirSync(profile.dir, { recursive: true })
    system = await startSystem({
      serverCores,
      log,
      logLevel: args['log-level'] ?? 'info',
      ...(smoke ? { services: ['directory', 'feedback', 'survey'] } : {}),
      ...(profile ? { profile } : {})
    })
    for (const [name, why] of system.failed) skipped.push(`${name}: did not start (${why.split('\n')[0]})`)
    log(`system up: gateway and ${[...system.services.keys()].join(', ')}`)
    const ctx = createContext(system, options, log)
    await createBaselineTables(ctx.admin)
    // Every baseline at once: each is a process of its own, and starting them one by one is slow.
    const directoryOrigin = system.services.get('directory')!.origin
    await Promise.all([
      ...['raw-http', 'fastify', 'fastify-pg-get', 'fastify-pg-list', 'insert'].map((k) => system!.startBaseline(k)),
      system.startBaseline('proxy', { BENCH_UPSTREAM: directoryOrigin })
    ])
    load = await LoadGenerator.start(loadCores)
    const sys = system
    memory = new MemorySampler(() => [{ name: 'gateway', pid: sys.gateway.pid }, ...[...sys.services.values()].map((p) => ({ name: p.name, pid: p.pid }))], sys.pgDataDir)

    if (!(await system.startNginx(directoryOrigin))) skipped.push('nginx reverse-proxy baseline: skipped: no nginx on this machine (apt-get install nginx-light)')

    const groups: Group[] = []
    if (wanted('directory')) groups.push(...(await directoryGroups(ctx)))
    if (wanted('intake')) {
      const intake = await intakeGroups(ctx)
      groups.push(...intake.groups)
      skipped.push(...intake.skipped)
    }
    const timing = { rounds: options.rounds, warmupMs: options.warmupMs, durationMs: options.durationMs }
    for (const group of groups) {
      log(`${group.label}`)
      const r = await runGroup(load, group, timing, memory, log)
      members.push(...r.members)
      comparisons.push(...r.comparisons)
    }

    // Requests a failing slot left hanging (pool timeouts are 3 s) must not meet the next section.
    await new Promise((resolve) => setTimeout(resolve, 3500))

    if (wanted('reports')) {
      const r = await reportScenarios(ctx, load, memory, timing)
      reports.push(...r.results)
      members.push(...r.members)
      comparisons.push(...r.comparisons)
      skipped.push(...r.skipped)
    }

    if (wanted('import')) {
      const rows = smoke ? 4_300 : 43_000
      importBaseline = await multiRowInsertRate(ctx.admin, rows)
      log(`raw multi-row INSERT: ${fmtInt(importBaseline.rowsPerSecond)} rows/s (${rows} rows in ${fmt(importBaseline.ms, 0)} ms)`)
      skipped.push('import of 43,000 members: skipped: the membership service has no import route yet (baseline measured)')
    }
    await ctx.admin.end()
  }
  if (wanted('messaging')) comparisons.push(...(await messagingSection()))
} catch (err) {
  log(`benchmark failed: ${(err as Error).stack ?? String(err)}`)
  process.exitCode = 1
} finally {
  if (system && args['keep-logs']) log(`logs kept in ${system.logDir}`)
  await cleanup()
}

// ---- report
function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

const out: string[] = []
out.push('\nThroughput and latency (medians over rounds)')
out.push(
  table(
    ['group / member', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'node CPU µs/req', 'pg CPU µs/req', 'non-2xx', 'rounds spread'],
    members.map((m) => [`${m.group} / ${m.key}: ${m.label}`, String(m.connections), fmtInt(m.rps), fmt(m.p50), fmt(m.p99), fmtInt(m.cpuUs), fmtInt(m.pgCpuUs), String(m.nonOk), `${fmt(m.rpsSpread * 100, 0)}%`])
  )
)
out.push('\nRatios (median of per-round ratios; range over rounds)')
out.push(
  table(
    ['comparison', 'value', 'min..max', 'goal', 'met'],
    comparisons.map((c) => [
      c.label,
      c.metric === 'p50-added' ? `${fmt(c.value, 3)} ms` : `${fmt(c.value)}x`,
      `${fmt(Math.min(...c.perRound), c.metric === 'p50-added' ? 3 : 2)}..${fmt(Math.max(...c.perRound), c.metric === 'p50-added' ? 3 : 2)}`,
      c.goal?.text ?? '',
      c.met === null ? '' : c.met ? 'yes' : 'NO'
    ])
  )
)
if (reports.length > 0) {
  out.push('\nReports (single requests, median ms)')
  out.push(table(['report', 'rows', 'via service ms', 'full scan ms', '÷ scan', 'goal'], reports.map((r) => [r.label, fmtInt(r.rows), fmt(r.serviceMs), fmt(r.scanMs), fmt(r.serviceMs / r.scanMs, 3), r.note ?? ''])))
}
if (memory) {
  out.push('\nPeak memory under load (RSS; PostgreSQL as PSS)')
  out.push(table(['process', 'peak', 'goal', 'met'], [...memory.peaks].map(([name, bytes]) => {
    const limit = name === 'whole system' ? 1024 : name.startsWith('postgres') ? null : 150
    return [name, mb(bytes), limit ? `< ${limit} MB` : '', limit ? (bytes < limit * 1024 * 1024 ? 'yes' : 'NO') : '']
  })))
}
if (importBaseline) out.push(`\nRaw multi-row INSERT baseline: ${fmtInt(importBaseline.rowsPerSecond)} rows/s (${fmtInt(importBaseline.rows)} rows)`)
if (skipped.length > 0) out.push(`\nSkipped:\n${skipped.map((s) => `  - ${s}`).join('\n')}`)
process.stdout.write(`${out.join('\n')}\n`)

const resultsDir = join(root, 'bench', 'results')
mkdirSync(resultsDir, { recursive: true })
const file = join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}${smoke ? '-smoke' : ''}.json`)
writeFileSync(
  file,
  JSON.stringify(
    {
      startedAt: new Date(started).toISOString(),
      seconds: (Date.now() - started) / 1000,
      options,
      machine: { cores, pinned: canPin, serverCores, loadCores, node: process.version },
      members,
      comparisons,
      reports,
      memoryPeaksBytes: memory ? Object.fromEntries(memory.peaks) : {},
      importBaseline,
      skipped
    },
    null,
    2
  )
)
log(`results written to ${file}`)
process.exit(process.exitCode ?? 0)
