/**
 * Item 9: when the event loop is saturated the service sheds load with 503 and Retry-After on
 * its API while liveness still answers, and it recovers once the pressure is gone.
 */
import t from 'tap'
import { patiently, problemViolations, startService } from './harness.js'

t.test('event-loop pressure gives 503 with Retry-After on the API while /health/live stays up', async (t) => {
  const s = await startService(t, 'directory', { MAX_EVENT_LOOP_DELAY_MS: '20' })
  const headers = await s.caller()
  // Building the app (schemas compiled, migrations, seeding) itself delays the loop past the 20 ms
  // threshold on a busy machine, so "before the pressure" is once that has passed: at most 5 s.
  const calm = await patiently(() => s.app.inject({ method: 'GET', url: '/v1/directory/offices', headers }), 50, 100)
  t.equal(calm.statusCode, 200, 'before the pressure the API answers')

  // Block the loop repeatedly (bounded: at most 40 x 120 ms) until under-pressure notices.
  let shed: Awaited<ReturnType<typeof s.app.inject>> | undefined
  let live: Awaited<ReturnType<typeof s.app.inject>> | undefined
  const started = Date.now()
  let shedAfterMs = -1
  for (let i = 0; i < 40 && !shed; i++) {
    const until = Date.now() + 120
    while (Date.now() < until) { /* busy: the pressure under test */ }
    await new Promise((r) => setImmediate(r))
    const res = await s.app.inject({ method: 'GET', url: '/v1/directory/offices', headers })
    if (res.statusCode === 503) {
      shed = res
      shedAfterMs = Date.now() - started
      live = await s.app.inject({ method: 'GET', url: '/health/live' })
    }
  }
  t.ok(shed, 'the API answered 503 under pressure')
  t.ok(Number(shed?.headers['retry-after']) > 0, `with Retry-After (${String(shed?.headers['retry-after'])})`)
  if (shed) t.same(problemViolations(shed), [], 'the 503 is problem+json')
  t.equal(live?.statusCode, 200, '/health/live stayed up meanwhile')

  // Recovery: once the loop is free again, requests succeed (bounded wait).
  let recoveredMs = -1
  const calmFrom = Date.now()
  while (Date.now() - calmFrom < 5000) {
    await new Promise((r) => setTimeout(r, 50))
    const res = await s.app.inject({ method: 'GET', url: '/v1/directory/offices', headers })
    if (res.statusCode === 200) {
      recoveredMs = Date.now() - calmFrom
      break
    }
  }
  t.ok(recoveredMs >= 0, 'the API answers again once the pressure is gone')
  t.comment(`overload: shed after ${shedAfterMs} ms of pressure: 503 Retry-After ${String(shed?.headers['retry-after'])}, live ${live?.statusCode}, recovered in ${recoveredMs} ms`)
})
