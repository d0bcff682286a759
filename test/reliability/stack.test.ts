/**
 * The start command as a developer runs it (`node scripts/run.mjs start`: embedded PostgreSQL,
 * every service and the gateway as processes), in a state folder and on ports of its own, with
 * one service SIGKILLed: the others keep answering, the gateway answers the dead one's routes
 * with 503 problem+json and Retry-After, the supervisor brings it back, and Ctrl-C (SIGINT) then
 * stops everything and leaves nothing running. The supervisor's policy in detail is
 * `supervisor.test.ts`.
 */
import { spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'
import { serviceNames } from '@postcare/platform'
import { freePort } from '@postcare/platform/embedded'
import t from 'tap'

const root = fileURLToPath(new URL('../../', import.meta.url))
/** How soon the killed service must answer 200 again: a 1 s back-off plus a process start. */
const RESTART_BOUND_MS = 20_000
const UP_BOUND_MS = 90_000

type Answer = { at: number; status?: number; type?: string; retryAfter?: string | null; code?: string; error?: string }

/** One GET through the gateway; a hang shows as an error after 5 s, never as a stuck test. */
async function get(url: string, key: string): Promise<Answer> {
  const at = performance.now()
  try {
    const res = await fetch(url, { headers: { 'x-api-key': key }, signal: AbortSignal.timeout(5000) })
    const text = await res.text()
    let code: string | undefined
    try {
      code = (JSON.parse(text) as { code?: string }).code
    } catch {
      /* not JSON */
    }
    return { at, status: res.status, type: res.headers.get('content-type') ?? '', retryAfter: res.headers.get('retry-after'), code }
  } catch (err) {
    return { at, error: (err as Error).name === 'TimeoutError' ? 'no answer within 5 s' : String((err as { cause?: { code?: string } }).cause?.code ?? err) }
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function until(what: () => boolean, ms: number): Promise<boolean> {
  const deadline = performance.now() + ms
  while (!what()) {
    if (performance.now() > deadline) return false
    await sleep(50)
  }
  return true
}

const skip =
  process.env.POSTCARE_TEST_DATABASE === 'external'
    ? 'the external-PostgreSQL run: this test starts its own embedded PostgreSQL either way (pointing the start command at the shared server would reset the service roles\' passwords under the rest of the suite), so the embedded run has already proved it'
    : false

t.test('one service killed: the rest keep serving, it is restarted, and Ctrl-C then stops everything', { skip }, async (t) => {
  const stateDir = mkdtempSync(join(tmpdir(), 'postcare-stack-'))
  chmodSync(stateDir, 0o755)
  const ports: Record<string, string> = {}
  for (const name of ['gateway', ...serviceNames]) ports[`${name.toUpperCase()}_PORT`] = String(await freePort())
  const env: NodeJS.ProcessEnv = { ...process.env, ...ports, POSTCARE_STATE_DIR: stateDir, LOG_LEVEL: 'info' }
  // The embedded PostgreSQL, and the admin key from the output as a developer reads it.
  delete env.DATABASE_URL
  delete env.POSTCARE_ADMIN_API_KEY

  const spawnedAt = performance.now()
  // A process group of its own, so that teardown can end whatever is left of it on a failure.
  /** PostgreSQL's postmaster: the first line of postmaster.pid. */
  const postmasterPid = () => {
    try {
      return Number(readFileSync(join(stateDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined
    } catch {
      return undefined
    }
  }
  const start = spawn(process.execPath, ['scripts/run.mjs', 'start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const group = start.pid!
  let out = ''
  let err = ''
  start.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  start.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => start.on('exit', (code, signal) => resolve({ code, signal })))
  t.teardown(async () => {
    try {
      process.kill(-group, 'SIGKILL')
    } catch {
      /* nothing left: the good case */
    }
    const pid = postmasterPid()
    if (pid) await until(() => !alive(pid), 5000)
    rmSync(stateDir, { recursive: true, force: true })
  })

  const up = await until(() => out.includes('Postcare is up') || start.exitCode !== null, UP_BOUND_MS)
  const upMs = performance.now() - spawnedAt
  if (!t.ok(up && out.includes('Postcare is up'), `the start command says "Postcare is up" within ${UP_BOUND_MS / 1000} s`, { out: out.slice(-2000), err: err.slice(-2000) })) return
  const adminKey = /Admin key:\s+(\S+)/.exec(out)?.[1] ?? ''
  t.match(adminKey, /^pc_admin_/, 'and prints the admin key')
  const gateway = `http://127.0.0.1:${ports.GATEWAY_PORT}`
  const offices = `${gateway}/v1/directory/offices?limit=1`
  const categories = `${gateway}/v1/feedback/categories`
  const pidsFile = join(stateDir, 'pids.json')
  const pids = () => JSON.parse(readFileSync(pidsFile, 'utf8')) as Record<string, number>
  const before = pids()
  t.same(Object.keys(before).sort(), ['gateway', ...serviceNames].sort(), `${pidsFile} names every process`)
  t.equal((await get(offices, adminKey)).status, 200, 'directory answers through the gateway')
  t.equal((await get(categories, adminKey)).status, 200, 'feedback answers through the gateway')

  // The directory, asked every 100 ms from before the kill until feedback is back.
  const directoryAnswers: Answer[] = []
  let polling = true
  const poller = (async () => {
    while (polling) {
      directoryAnswers.push(await get(offices, adminKey))
      await sleep(100)
    }
  })()
  await sleep(300)

  const killed = before.feedback!
  const killedAt = performance.now()
  process.kill(killed, 'SIGKILL')
  t.ok(await until(() => !alive(killed), 5000), `the feedback process (pid ${killed}) is gone`)

  // Feedback through the gateway, every 100 ms, until it answers 200 again.
  const feedbackAnswers: Answer[] = []
  let back: Answer | undefined
  while (performance.now() - killedAt < RESTART_BOUND_MS + 5000) {
    const answer = await get(categories, adminKey)
    feedbackAnswers.push(answer)
    if (answer.status === 200) {
      back = answer
      break
    }
    await sleep(100)
  }
  await sleep(300)
  polling = false
  await poller
  const restartMs = back ? back.at - killedAt : Infinity

  const notOk = directoryAnswers.filter((a) => a.status !== 200)
  t.ok(directoryAnswers.length >= 5, `the directory was asked throughout the outage (${directoryAnswers.length} times)`)
  t.same(notOk, [], 'and answered 200 every time')
  const down = feedbackAnswers.filter((a) => a.status !== 200)
  t.not(feedbackAnswers[0]?.status, 200, 'right after the kill feedback is down')
  const wrong = down.filter((a) => !(a.status === 503 && a.type?.startsWith('application/problem+json') && a.retryAfter && a.code === 'UPSTREAM_UNAVAILABLE'))
  t.same(wrong.slice(0, 5), [], `while feedback is down every answer is 503 problem+json UPSTREAM_UNAVAILABLE with Retry-After (no hang, no 502): ${down.length} answers, ${wrong.length} not so (the first 5 shown)`)
  t.ok(restartMs <= RESTART_BOUND_MS, `feedback answers 200 again within ${RESTART_BOUND_MS / 1000} s of the SIGKILL (${(restartMs / 1000).toFixed(1)} s)`)
  const after = pids()
  t.not(after.feedback, killed, `it is a new process (pid ${after.feedback})`)
  t.ok(alive(after.feedback!), 'which is running')
  t.same({ ...after, feedback: 0 }, { ...before, feedback: 0 }, 'no other process was restarted')
  t.match(err, /✖ feedback CRASHED \(killed by SIGKILL\) after [\d.]+ s up; restarting it in 1 s/, 'the crash is on the console, loudly')
  t.match(err, /last lines of .*feedback\.log:\n {2}\| /, 'with the last lines of feedback\'s log')
  t.match(err, new RegExp(`↻ feedback restarted \\(pid ${after.feedback}\\)`), 'and so is the restart')

  // Ctrl-C: SIGINT to the command alone, as `kill -INT` would; it stops the rest itself.
  const postmaster = postmasterPid()
  t.ok(postmaster && alive(postmaster), `PostgreSQL runs (postmaster pid ${postmaster})`)
  const everyPid = [...Object.values(after), killed, ...(postmaster ? [postmaster] : [])]
  const sigintAt = performance.now()
  process.kill(start.pid!, 'SIGINT')
  const exit = await Promise.race([exited, sleep(30_000, undefined, { ref: false })])
  const stopMs = performance.now() - sigintAt
  t.same(exit, { code: 0, signal: null }, `the start command exits 0 after SIGINT (in ${(stopMs / 1000).toFixed(1)} s)`)
  t.match(out, /Stopping services \.\.\.\nStopping PostgreSQL \.\.\.\nStopped\./, 'services first, then PostgreSQL')
  const groupGone = await until(() => {
    try {
      process.kill(-group, 0)
      return false
    } catch {
      return true
    }
  }, 5000)
  t.ok(groupGone, 'no process of the command\'s process group is left')
  t.same(everyPid.filter(alive), [], `none of the service, gateway and PostgreSQL processes runs (${everyPid.length} pids checked)`)
  t.notOk(existsSync(join(stateDir, 'pg', 'postmaster.pid')), 'PostgreSQL left no postmaster.pid')
  t.notOk(existsSync(pidsFile), 'nor the command its pids.json')
  t.equal(err.match(/CRASHED/g)?.length, 1, 'and only the one crash was reported')

  t.comment(
    `start command: up in ${(upMs / 1000).toFixed(1)} s; feedback SIGKILLed, ${down.length} answers of 503 while down, 200 again ${(restartMs / 1000).toFixed(1)} s after the kill; ` +
      `directory ${directoryAnswers.length} answers, ${notOk.length} not 200; stopped ${(stopMs / 1000).toFixed(1)} s after SIGINT`
  )
})
