/**
 * A request that never ends can end in two ways: waiting forever (a timer on the request finds
 * it) or looping forever in a handler, which blocks the event loop so that no timer of this thread
 * ever fires again. Only another thread can see the second: this one watches the event loop from a
 * worker and, when it has not turned for `limitMs`, prints the requests in flight and kills the
 * process, so tap reports the file as failed with the culprit named instead of hanging until its
 * own timeout.
 */
import { Worker } from 'node:worker_threads'

const LANE_BYTES = 400

const WORKER = `
const { workerData } = require('node:worker_threads')
const { writeSync } = require('node:fs')
const { beat, lanes, count, limitMs, started } = workerData
const heart = new Int32Array(beat)
const bytes = new Uint8Array(lanes)
setInterval(() => {
  const stalled = Date.now() - started - Atomics.load(heart, 0)
  if (stalled < limitMs) return
  const inFlight = []
  for (let i = 0; i < count; i++) {
    const slot = bytes.slice(i * ${LANE_BYTES}, (i + 1) * ${LANE_BYTES})
    const end = slot.indexOf(0)
    const text = Buffer.from(end < 0 ? slot : slot.subarray(0, end)).toString('utf8')
    if (text) inFlight.push('  ' + text)
  }
  writeSync(2, '\\nnot ok - the event loop has not turned for ' + stalled + ' ms (limit ' + limitMs + ' ms): a handler is looping. In flight:\\n' + inFlight.join('\\n') + '\\n')
  process.kill(process.pid, 'SIGKILL')
}, 100)
`

export interface Watchdog {
  /** Names what lane `lane` is sending now (empty: nothing). */
  running(lane: number, label: string): void
  stop(): void
}

export function watchdog(limitMs: number, count: number): Watchdog {
  const started = Date.now()
  const beat = new SharedArrayBuffer(4)
  const lanes = new SharedArrayBuffer(LANE_BYTES * count)
  const heart = new Int32Array(beat)
  const bytes = new Uint8Array(lanes)
  const tick = () => Atomics.store(heart, 0, Date.now() - started)
  tick()
  const timer = setInterval(tick, 50)
  const worker = new Worker(WORKER, { eval: true, workerData: { beat, lanes, count, limitMs, started } })
  worker.unref()
  return {
    running(lane, label) {
      const slot = bytes.subarray(lane * LANE_BYTES, (lane + 1) * LANE_BYTES)
      slot.fill(0)
      slot.set(Buffer.from(label, 'utf8').subarray(0, LANE_BYTES - 1))
    },
    stop() {
      clearInterval(timer)
      void worker.terminate()
    }
  }
}
