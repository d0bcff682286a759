/**
 * Paired measurement. A group's members (a scenario and the baselines it is judged against) run
 * in short alternating slots, in forward order on even rounds and backward on odd ones, so that
 * a minute of noise from a neighbour on the shared machine hits both sides of a ratio alike.
 * Every ratio is computed within a round and the median over rounds is reported.
 */
import type { LoadGenerator } from './load.js'
import type { LoadSpec } from './load-types.js'
import { cpuSeconds, descendants, postmasterPid, pssBytes, rssBytes } from './proc.js'
import { median, spread } from './stats.js'

export interface Member {
  key: string
  label: string
  /** Built before every slot (identity tokens expire in 60 s). */
  spec: () => Promise<Omit<LoadSpec, 'connections' | 'warmupMs' | 'durationMs'>>
  /** Node processes doing the work, for CPU per request. */
  pids: () => number[]
}

export interface Goal {
  op: '>=' | '<='
  value: number
  text: string
}

export interface Comparison {
  key: string
  label: string
  scenario: string
  baseline: string
  /** throughput: scenario req/s ÷ baseline req/s; cost: baseline req/s ÷ scenario req/s; p50-added: ms */
  metric: 'throughput' | 'cost' | 'p50-added'
  goal?: Goal
  /** What limits it when the goal is missed (filled in from the measurements and code reading). */
  note?: string
}

export interface Group {
  key: string
  label: string
  connections: number
  members: Member[]
  comparisons: Comparison[]
  /** Fewer rounds than the run's, for a group that only demonstrates a failure. */
  rounds?: number
}

export interface SlotResult {
  rps: number
  p50: number
  p99: number
  requests: number
  nonOk: number
  /** node CPU microseconds per request, summed over the member's processes */
  cpuUs: number
  /** PostgreSQL CPU microseconds per request */
  pgCpuUs: number
  statusCodes: Record<string, number>
}

export interface MemberSummary {
  group: string
  key: string
  label: string
  connections: number
  rounds: SlotResult[]
  rps: number
  p50: number
  p99: number
  cpuUs: number
  pgCpuUs: number
  nonOk: number
  rpsSpread: number
}

export interface ComparisonSummary extends Comparison {
  group: string
  perRound: number[]
  value: number
  spread: number
  met: boolean | null
}

export interface Timing {
  rounds: number
  warmupMs: number
  durationMs: number
}

/** Peak memory per process while load runs. */
export class MemorySampler {
  readonly peaks = new Map<string, number>()
  private timer: NodeJS.Timeout | undefined
  private pgPids: number[] = []
  private pgRefreshed = 0

  constructor(private readonly procs: () => Array<{ name: string; pid: number }>, private readonly pgDataDir: string) {}

  private pgTree(fresh = false): number[] {
    const now = Date.now()
    if (fresh || now - this.pgRefreshed > 5000) {
      const pm = postmasterPid(this.pgDataDir)
      this.pgPids = pm ? [pm, ...descendants(pm)] : []
      this.pgRefreshed = now
    }
    return this.pgPids
  }

  sample(): void {
    let system = 0
    for (const p of this.procs()) {
      const rss = rssBytes(p.pid)
      if (rss === null) continue
      system += rss
      if (rss > (this.peaks.get(p.name) ?? 0)) this.peaks.set(p.name, rss)
    }
    // PostgreSQL's processes share their buffers; PSS divides shared pages fairly among them.
    let pg = 0
    for (const pid of this.pgTree()) pg += pssBytes(pid) ?? 0
    if (pg > (this.peaks.get('postgres (PSS)') ?? 0)) this.peaks.set('postgres (PSS)', pg)
    system += pg
    if (system > (this.peaks.get('whole system') ?? 0)) this.peaks.set('whole system', system)
  }

  start(): void {
    this.stop()
    this.timer = setInterval(() => this.sample(), 250)
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
  }

  /**
   * CPU seconds per PostgreSQL process. Backends come and go with pools, so the tree is read
   * afresh and a delta counts only processes alive at the end (new ones from zero).
   */
  pgCpu(): Map<number, number> {
    const out = new Map<number, number>()
    for (const pid of this.pgTree(true)) {
      const s = cpuSeconds(pid)
      if (s !== null) out.set(pid, s)
    }
    return out
  }
}

export function cpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0
  for (const [pid, s] of after) total += s - (before.get(pid) ?? 0)
  return total
}

function cpuOf(pids: number[]): number {
  return pids.reduce((sum, pid) => sum + (cpuSeconds(pid) ?? 0), 0)
}

export async function runSlot(load: LoadGenerator, member: Member, connections: number, timing: Timing, memory: MemorySampler): Promise<SlotResult> {
  const spec = { ...(await member.spec()), connections, warmupMs: timing.warmupMs, durationMs: timing.durationMs }
  const pids = member.pids()
  let cpu0 = 0
  let pg0 = new Map<number, number>()
  memory.start()
  const result = await load.run(spec, () => {
    cpu0 = cpuOf(pids)
    pg0 = memory.pgCpu()
  })
  const cpu1 = cpuOf(pids)
  const pg1 = memory.pgCpu()
  memory.stop()
  memory.sample()
  const nonOk = Object.entries(result.statusCodes).reduce((n, [code, c]) => (Number(code) >= 300 ? n + c : n), 0) + result.errors
  const per = (s: number) => (result.requests > 0 ? (s * 1e6) / result.requests : Number.NaN)
  if (nonOk > 0) await probe(member, spec, result.statusCodes)
  return { rps: result.rps, p50: result.p50, p99: result.p99, requests: result.requests, nonOk, cpuUs: per(cpu1 - cpu0), pgCpuUs: per(cpuDelta(pg0, pg1)), statusCodes: result.statusCodes }
}

const probed = new Set<string>()

/** Says once per member what a failing request answers, so a ratio of errors is not mistaken for one of work. */
async function probe(member: Member, spec: LoadSpec, codes: Record<string, number>): Promise<void> {
  if (probed.has(member.key + spec.origin)) return
  probed.add(member.key + spec.origin)
  try {
    const headers: Record<string, string> = { ...spec.headers, ...(spec.idempotencyKeys ? { 'idempotency-key': `probe-${Date.now()}` } : {}) }
    const body = spec.bodies?.[0] ?? spec.body
    if (body !== undefined) headers['content-type'] = 'application/json'
    const res = await fetch(`${spec.origin}${spec.paths[0]}`, { method: spec.method, headers, ...(body !== undefined ? { body } : {}) })
    process.stdout.write(`  ! ${member.key}: status codes ${JSON.stringify(codes)}; a probe answers ${res.status}: ${(await res.text()).slice(0, 400)}\n`)
  } catch (err) {
    process.stdout.write(`  ! ${member.key}: status codes ${JSON.stringify(codes)}; a probe failed: ${(err as Error).message}\n`)
  }
}

export function evaluate(value: number, goal: Goal | undefined): boolean | null {
  if (!goal || !Number.isFinite(value)) return null
  return goal.op === '>=' ? value >= goal.value : value <= goal.value
}

export async function runGroup(
  load: LoadGenerator,
  group: Group,
  timing: Timing,
  memory: MemorySampler,
  log: (line: string) => void
): Promise<{ members: MemberSummary[]; comparisons: ComparisonSummary[] }> {
  const results = new Map<string, SlotResult[]>(group.members.map((m) => [m.key, []]))
  const rounds = Math.min(group.rounds ?? timing.rounds, timing.rounds)
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? group.members : [...group.members].reverse()
    for (const member of order) {
      const r = await runSlot(load, member, group.connections, timing, memory)
      results.get(member.key)!.push(r)
    }
    const line = group.members.map((m) => `${m.key} ${Math.round(results.get(m.key)![round]!.rps)}/s`).join(', ')
    log(`  ${group.key} round ${round + 1}/${rounds}: ${line}`)
  }
  const members = group.members.map((m): MemberSummary => {
    const rs = results.get(m.key)!
    return {
      group: group.key,
      key: m.key,
      label: m.label,
      connections: group.connections,
      rounds: rs,
      rps: median(rs.map((r) => r.rps)),
      p50: median(rs.map((r) => r.p50)),
      p99: median(rs.map((r) => r.p99)),
      cpuUs: median(rs.map((r) => r.cpuUs)),
      pgCpuUs: median(rs.map((r) => r.pgCpuUs)),
      nonOk: rs.reduce((n, r) => n + r.nonOk, 0),
      rpsSpread: spread(rs.map((r) => r.rps))
    }
  })
  const comparisons = group.comparisons.map((c): ComparisonSummary => {
    const a = results.get(c.scenario)!
    const b = results.get(c.baseline)!
    const perRound = a.map((ra, i) => {
      const rb = b[i]!
      if (c.metric === 'throughput') return ra.rps / rb.rps
      if (c.metric === 'cost') return rb.rps / ra.rps
      return ra.p50 - rb.p50
    })
    const value = median(perRound)
    return { ...c, group: group.key, perRound, value, spread: c.metric === 'p50-added' ? Math.max(...perRound) - Math.min(...perRound) : spread(perRound), met: evaluate(value, c.goal) }
  })
  return { members, comparisons }
}

/** Single requests timed one after another, alternating between members, for slow queries. */
export interface TimedMember {
  key: string
  label: string
  once: () => Promise<void>
}

export async function runTimed(members: TimedMember[], rounds: number, repeats: number, log: (line: string) => void, label: string): Promise<Map<string, number[]>> {
  const perRound = new Map<string, number[]>(members.map((m) => [m.key, []]))
  for (const m of members) await m.once() // warm caches and plans
  for (let round = 0; round < rounds; round++) {
    const times = new Map<string, number[]>(members.map((m) => [m.key, []]))
    for (let i = 0; i < repeats; i++) {
      const order = (round + i) % 2 === 0 ? members : [...members].reverse()
      for (const m of order) {
        const t0 = performance.now()
        await m.once()
        times.get(m.key)!.push(performance.now() - t0)
      }
    }
    for (const m of members) perRound.get(m.key)!.push(median(times.get(m.key)!))
    log(`  ${label} round ${round + 1}/${rounds}: ${members.map((m) => `${m.key} ${median(times.get(m.key)!).toFixed(2)} ms`).join(', ')}`)
  }
  return perRound
}
