/**
 * The load generator, in its own process (pinned by the parent to a core the servers do not
 * use). It runs autocannon for one slot at a time on the parent's request and answers with what
 * it measured. Latencies are taken from every response with sub-millisecond precision (autocannon's
 * own histogram keeps whole milliseconds, too coarse for a 0.2 ms goal), and only after a short
 * warm-up, which the parent is told about so that it starts its CPU reading at the same moment.
 */
import { randomUUID } from 'node:crypto'
import autocannon from 'autocannon'
import type { LoadResult, LoadSpec, WorkerMessage } from './load-types.js'

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]!
}

function run(id: number, spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = []
    const statusCodes: Record<string, number> = {}
    let measuring = false
    let measureStart = 0
    let measureEnd = 0
    let errors = 0
    let next = 0
    const baseHeaders = { ...spec.headers, ...(spec.body !== undefined || spec.bodies ? { 'content-type': 'application/json' } : {}) }
    const instance = autocannon(
      {
        url: spec.origin,
        connections: spec.connections,
        duration: (spec.warmupMs + spec.durationMs) / 1000,
        timeout: 30,
        requests: [
          {
            method: spec.method as 'GET',
            setupRequest: (req: Record<string, unknown>) => {
              const i = next++
              const headers: Record<string, string> = { ...baseHeaders }
              if (spec.idempotencyKeys) headers['idempotency-key'] = `bench-${randomUUID()}`
              const bodies = spec.bodies
              return {
                ...req,
                method: spec.method,
                path: spec.paths[i % spec.paths.length],
                headers,
                ...(bodies && bodies.length > 0 ? { body: bodies[i % bodies.length] } : spec.body !== undefined ? { body: spec.body } : {})
              }
            }
          }
        ]
      },
      (err: Error | null) => {
        if (err) return reject(err)
        const sorted = Float64Array.from(latencies).sort()
        const seconds = Math.max(1e-3, (measureEnd - measureStart) / 1000)
        const ok = sorted.length
        resolve({
          requests: ok,
          seconds,
          rps: ok / seconds,
          p50: percentile(sorted, 50),
          p99: percentile(sorted, 99),
          mean: ok ? sorted.reduce((a, b) => a + b, 0) / ok : Number.NaN,
          errors,
          statusCodes
        })
      }
    )
    const warm = setTimeout(() => {
      measuring = true
      measureStart = performance.now()
      process.send?.({ type: 'measuring', id } satisfies WorkerMessage)
    }, spec.warmupMs)
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (!measuring) return
      measureEnd = performance.now()
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1
      // Only successes count, as autocannon does: a fast 4xx or 429 must not pass for throughput.
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime)
    })
    instance.on('reqError', () => {
      if (measuring) errors++
    })
    instance.on('done', () => clearTimeout(warm))
  })
}

process.on('message', (msg: WorkerMessage) => {
  if (msg.type !== 'run') return
  run(msg.id, msg.spec).then(
    (result) => process.send?.({ type: 'result', id: msg.id, result } satisfies WorkerMessage),
    (err: Error) => process.send?.({ type: 'error', id: msg.id, message: err.message } satisfies WorkerMessage)
  )
})
process.on('disconnect', () => process.exit(0))
process.send?.({ type: 'ready' } satisfies WorkerMessage)
