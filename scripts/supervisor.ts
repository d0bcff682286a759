/**
 * The start command's supervisor (DESIGN.md, Runtime: "one crashed process never takes the
 * others down"). A child that exits while we are not stopping has crashed, whatever its exit
 * code: it is reported loudly (name, exit code or signal, the last lines it wrote) and started
 * again after a back-off, while the others keep serving. The back-off doubles from 1 s to 30 s
 * and starts over once a child has stayed up for 60 s, so a child that keeps crashing is retried
 * every 30 s for as long as it takes, without spinning a core or flooding the console.
 *
 * Processes and timers come in from outside, so the policy is tested without either
 * (test/reliability/supervisor.test.ts).
 */

/** What the supervisor needs of a process; start.ts adapts a ChildProcess to it. */
export interface Child {
  readonly pid?: number | undefined
  kill(signal: NodeJS.Signals): unknown
  /** Calls `listener` once, when the child has exited and its output has been read to the end. */
  onExit(listener: (code: number | null, signal: NodeJS.Signals | null) => void): void
}

export interface Timers {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface Policy {
  /** Delay before the first restart after a crash. */
  firstDelayMs: number
  /** The delay doubles with each crash in a row, up to this. */
  maxDelayMs: number
  /** A child up this long before it crashed starts the back-off over. */
  healthyAfterMs: number
  /** On stop, SIGTERM first; SIGKILL for a child still running after this long. */
  stopGraceMs: number
}

export const defaultPolicy: Policy = { firstDelayMs: 1000, maxDelayMs: 30_000, healthyAfterMs: 60_000, stopGraceMs: 10_000 }

export interface SupervisorOptions {
  spawn(name: string): Child
  /** Where a child's output goes and its last lines, for the crash report. */
  logOf(name: string): { path: string; lastLines: string[] }
  report(line: string): void
  timers?: Timers
  policy?: Partial<Policy>
}

export interface Supervisor {
  /** Stops every child (SIGTERM, then SIGKILL after the grace) and cancels pending restarts. */
  stop(): Promise<void>
}

/** The delay before restarting a child that has crashed `inARow` times in a row (1 or more). */
export function restartDelay(inARow: number, policy: Policy = defaultPolicy): number {
  return Math.min(policy.firstDelayMs * 2 ** (inARow - 1), policy.maxDelayMs)
}

const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout)
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal) return `killed by ${signal}`
  // The platform's runServer exits 78 (EX_CONFIG) on a setting it refuses; a restart will not mend that.
  return code === 78 ? 'exit code 78: a setting is refused, see below' : `exit code ${code}`
}

interface Slot {
  child?: Child
  startedAt: number
  crashesInARow: number
  restart?: unknown
}

/** Starts every child in `names` and keeps them running until `stop()`. */
export function supervise(names: readonly string[], opts: SupervisorOptions): Supervisor {
  const timers = opts.timers ?? realTimers
  const policy = { ...defaultPolicy, ...opts.policy }
  const slots = new Map<string, Slot>(names.map((name) => [name, { startedAt: 0, crashesInARow: 0 }]))
  const onStopped = new Map<Child, () => void>()
  let stopping = false

  function start(name: string): void {
    const slot = slots.get(name)!
    slot.restart = undefined
    const child = opts.spawn(name)
    slot.child = child
    slot.startedAt = timers.now()
    child.onExit((code, signal) => exited(name, child, code, signal))
  }

  function exited(name: string, child: Child, code: number | null, signal: NodeJS.Signals | null): void {
    const slot = slots.get(name)!
    if (slot.child === child) slot.child = undefined
    if (stopping) return onStopped.get(child)?.()
    const upMs = timers.now() - slot.startedAt
    slot.crashesInARow = upMs >= policy.healthyAfterMs ? 1 : slot.crashesInARow + 1
    const delay = restartDelay(slot.crashesInARow, policy)
    const { path, lastLines } = opts.logOf(name)
    const again = slot.crashesInARow > 1 ? `, crash ${slot.crashesInARow} in a row` : ''
    opts.report(
      [
        `\n✖ ${name} CRASHED (${describeExit(code, signal)}) after ${seconds(upMs)} up; restarting it in ${seconds(delay)}${again}. The others keep serving.`,
        `  last lines of ${path}:`,
        ...(lastLines.length ? lastLines.map((line) => `  | ${line}`) : ['  | (nothing since it started)'])
      ].join('\n')
    )
    slot.restart = timers.setTimeout(() => {
      start(name)
      opts.report(`↻ ${name} restarted (pid ${slot.child?.pid ?? '?'})`)
    }, delay)
  }

  for (const name of names) start(name)

  return {
    async stop() {
      stopping = true
      const running: Child[] = []
      for (const slot of slots.values()) {
        if (slot.restart !== undefined) timers.clearTimeout(slot.restart)
        slot.restart = undefined
        if (slot.child) running.push(slot.child)
      }
      await Promise.all(
        running.map(
          (child) =>
            new Promise<void>((resolve) => {
              const kill = timers.setTimeout(() => child.kill('SIGKILL'), policy.stopGraceMs)
              onStopped.set(child, () => {
                timers.clearTimeout(kill)
                resolve()
              })
              child.kill('SIGTERM')
            })
        )
      )
    }
  }
}
