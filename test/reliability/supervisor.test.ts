/**
 * The start command's supervision policy (scripts/supervisor.ts) without processes or real time:
 * children and timers are fakes, so each rule is checked exactly. `stack.test.ts` proves the same
 * against the real start command.
 */
import t from 'tap'
import { defaultPolicy, restartDelay, supervise, type Child, type Timers } from '../../scripts/supervisor.js'

/** Time that moves only when told to; timers fire in order as it passes them. */
function fakeClock() {
  let now = 0
  let seq = 0
  const pending = new Map<number, { at: number; fn: () => void }>()
  const timers: Timers = {
    now: () => now,
    setTimeout: (fn, ms) => {
      pending.set(++seq, { at: now + ms, fn })
      return seq
    },
    clearTimeout: (handle) => void pending.delete(handle as number)
  }
  return {
    timers,
    advance(ms: number) {
      const until = now + ms
      for (;;) {
        const [id, next] = [...pending].sort((a, b) => a[1].at - b[1].at)[0] ?? []
        if (id === undefined || !next || next.at > until) break
        pending.delete(id)
        now = next.at
        next.fn()
      }
      now = until
    },
    /** How long until each pending timer fires. */
    pendingIn: () => [...pending.values()].map((p) => p.at - now)
  }
}

let nextPid = 100
class FakeChild implements Child {
  readonly pid = nextPid++
  readonly signals: string[] = []
  exitedWith?: { code: number | null; signal: NodeJS.Signals | null }
  private listener?: (code: number | null, signal: NodeJS.Signals | null) => void
  constructor(private readonly ignoresSigterm = false) {}
  kill(signal: NodeJS.Signals) {
    this.signals.push(signal)
    if (signal === 'SIGKILL' || !this.ignoresSigterm) this.exit(signal === 'SIGKILL' ? null : 0, signal === 'SIGKILL' ? 'SIGKILL' : null)
  }
  onExit(listener: (code: number | null, signal: NodeJS.Signals | null) => void) {
    this.listener = listener
  }
  exit(code: number | null, signal: NodeJS.Signals | null = null) {
    if (this.exitedWith) return
    this.exitedWith = { code, signal }
    this.listener?.(code, signal)
  }
}

/** A supervisor over fake children; `spawned[name]` lists every child started under that name. */
function harness(names = ['directory', 'feedback', 'gateway'], opts: { ignoresSigterm?: string[] } = {}) {
  const clock = fakeClock()
  const spawned: Record<string, FakeChild[]> = Object.fromEntries(names.map((n) => [n, []]))
  const reports: string[] = []
  const supervisor = supervise(names, {
    spawn: (name) => {
      const child = new FakeChild(opts.ignoresSigterm?.includes(name))
      spawned[name]!.push(child)
      return child
    },
    logOf: (name) => ({ path: `.postcare/logs/${name}.log`, lastLines: [`${name} line 1`, `${name}: Error: boom`] }),
    report: (line) => reports.push(line),
    timers: clock.timers
  })
  const latest = (name: string) => spawned[name]!.at(-1)!
  return { clock, spawned, reports, supervisor, latest }
}

t.test('the restart delay doubles from 1 s and stays at 30 s', async (t) => {
  t.same(
    Array.from({ length: 8 }, (_x, i) => restartDelay(i + 1)),
    [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]
  )
  t.same(defaultPolicy, { firstDelayMs: 1000, maxDelayMs: 30_000, healthyAfterMs: 60_000, stopGraceMs: 10_000 })
})

t.test('every child is started once', async (t) => {
  const { spawned } = harness()
  t.same(Object.values(spawned).map((c) => c.length), [1, 1, 1])
})

t.test('a crashed child is reported and restarted after 1 s while the others are left alone', async (t) => {
  const { clock, spawned, reports, latest } = harness()
  clock.advance(5000)
  latest('feedback').exit(null, 'SIGKILL')

  t.equal(reports.length, 1, 'the crash is reported at once')
  const report = reports[0]!
  t.match(report, /feedback CRASHED \(killed by SIGKILL\) after 5 s up; restarting it in 1 s/, 'naming the child, how it ended and when it comes back')
  t.match(report, /last lines of \.postcare\/logs\/feedback\.log:\n {2}\| feedback line 1\n {2}\| feedback: Error: boom/, 'with the last lines of its log')

  clock.advance(999)
  t.equal(spawned.feedback!.length, 1, 'not restarted before the delay')
  clock.advance(1)
  t.equal(spawned.feedback!.length, 2, 'restarted after 1 s')
  t.match(reports[1], new RegExp(`feedback restarted \\(pid ${latest('feedback').pid}\\)`), 'and the restart is reported with the new pid')
  t.same([spawned.directory!.length, spawned.gateway!.length], [1, 1], 'the others were not restarted')
  t.same([...spawned.directory![0]!.signals, ...spawned.gateway![0]!.signals], [], 'nor sent any signal')
})

t.test('a child that exits with any code while not stopping is restarted, and code 78 is called a refused setting', async (t) => {
  const { clock, spawned, reports, latest } = harness()
  latest('directory').exit(0)
  latest('gateway').exit(78)
  t.match(reports[0], /directory CRASHED \(exit code 0\)/)
  t.match(reports[1], /gateway CRASHED \(exit code 78: a setting is refused, see below\)/)
  clock.advance(1000)
  t.same([spawned.directory!.length, spawned.gateway!.length], [2, 2])
})

t.test('a child that keeps crashing is retried for ever, the delay doubling to a cap of 30 s', async (t) => {
  const { clock, spawned, reports, latest } = harness()
  const delays: number[] = []
  for (let i = 0; i < 12; i++) {
    clock.advance(200) // up for 200 ms each time: crashing at start-up
    latest('feedback').exit(1)
    delays.push(...clock.pendingIn())
    clock.advance(delays.at(-1)!)
  }
  t.same(delays, [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000, 30000, 30000, 30000])
  t.equal(spawned.feedback!.length, 13, 'restarted after each of its 12 crashes')
  t.match(reports.at(-2), /feedback CRASHED \(exit code 1\) after 0\.2 s up; restarting it in 30 s, crash 12 in a row/, 'each crash still reported, counting')
  t.same([spawned.directory!.length, spawned.gateway!.length], [1, 1], 'the others were never touched')
})

t.test('the back-off starts over once a child has stayed up for 60 s', async (t) => {
  const { clock, latest } = harness()
  for (const delay of [1000, 2000, 4000]) {
    latest('feedback').exit(1)
    t.same(clock.pendingIn(), [delay])
    clock.advance(delay)
  }
  clock.advance(59_999)
  latest('feedback').exit(1)
  t.same(clock.pendingIn(), [8000], 'up for just under 60 s: still crashing in a row')
  clock.advance(8000 + 60_000)
  latest('feedback').exit(1)
  t.same(clock.pendingIn(), [1000], 'up for 60 s: back to 1 s')
})

t.test('stop sends SIGTERM to every running child, cancels pending restarts and reports no crash', async (t) => {
  const { clock, spawned, reports, supervisor, latest } = harness()
  latest('feedback').exit(1)
  t.equal(reports.length, 1)
  await supervisor.stop()
  t.same([latest('directory').signals, latest('gateway').signals], [['SIGTERM'], ['SIGTERM']], 'SIGTERM to each running child')
  t.same(clock.pendingIn(), [], 'no timer left: the pending restart is cancelled')
  clock.advance(60_000)
  t.equal(spawned.feedback!.length, 1, 'the crashed child is not started again')
  t.equal(reports.length, 1, 'children ending on SIGTERM are not reported as crashes')
})

t.test('stop sends SIGKILL to a child still running after the 10 s grace, and resolves once it is gone', async (t) => {
  const { clock, supervisor, latest } = harness(['directory', 'feedback'], { ignoresSigterm: ['feedback'] })
  let stopped = false
  const stopping = supervisor.stop().then(() => (stopped = true))
  await Promise.resolve()
  t.equal(stopped, false, 'not stopped while a child runs')
  t.same(latest('feedback').signals, ['SIGTERM'])
  clock.advance(9_999)
  t.same(latest('feedback').signals, ['SIGTERM'], 'no SIGKILL within the grace')
  clock.advance(1)
  t.same(latest('feedback').signals, ['SIGTERM', 'SIGKILL'], 'SIGKILL after it')
  await stopping
  t.equal(stopped, true)
  t.same(clock.pendingIn(), [], 'no timer left behind')
})
