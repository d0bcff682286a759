/**
 * What the kernel says about our processes: CPU time and resident memory from /proc, and core
 * pinning with taskset. On a machine without /proc or taskset the figures are absent rather
 * than made up, and the report says so.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'

const CLOCK_TICKS = 100 // USER_HZ is 100 on every Linux we run on

export const hasProc = existsSync('/proc/self/stat')

let tasksetPath: string | null | undefined
export function taskset(): string | null {
  if (tasksetPath !== undefined) return tasksetPath
  try {
    tasksetPath = execFileSync('sh', ['-c', 'command -v taskset'], { encoding: 'utf8' }).trim() || null
  } catch {
    tasksetPath = null
  }
  return tasksetPath
}

export function cpuCount(): number {
  try {
    const out = execFileSync('nproc', { encoding: 'utf8' }).trim()
    return Number(out) || 1
  } catch {
    return 1
  }
}

/** Pins a running process, every thread of it, to the given cores ("0" or "0,1"). */
export function pin(pid: number, cores: string): boolean {
  const bin = taskset()
  if (!bin) return false
  try {
    execFileSync(bin, ['-a', '-c', '-p', cores, String(pid)], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** User + system CPU seconds the process has used so far (its own threads, not its children). */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name may contain spaces and parentheses; the fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
  } catch {
    return null
  }
}

export function rssBytes(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const m = /VmRSS:\s+(\d+) kB/.exec(status)
    return m ? Number(m[1]) * 1024 : null
  } catch {
    return null
  }
}

/** Every descendant of `root` (PostgreSQL's backends are children of its postmaster). */
export function descendants(root: number): number[] {
  if (!hasProc) return []
  const parentOf = new Map<number, number>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parentOf.set(Number(name), Number(fields[1]))
    } catch {
      /* gone already */
    }
  }
  const out: number[] = []
  const queue = [root]
  while (queue.length > 0) {
    const p = queue.shift()!
    for (const [child, parent] of parentOf) {
      if (parent === p) {
        out.push(child)
        queue.push(child)
      }
    }
  }
  return out
}

/** The postmaster's pid from its data directory (first line of postmaster.pid). */
export function postmasterPid(dataDir: string): number | null {
  try {
    return Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]) || null
  } catch {
    return null
  }
}

/** Proportional set size: shared pages divided among the processes sharing them (fair for PostgreSQL). */
export function pssBytes(pid: number): number | null {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))
    return m ? Number(m[1]) * 1024 : null
  } catch {
    return null
  }
}
