/**
 * The gateway is ready when its services are: each upstream's own readiness must answer 200
 * within a second. The platform runs checks one after another, so the first check of a round
 * starts every probe and the rest pick up their results: a readiness call takes one second at
 * worst, not one per service.
 */
import type { ServiceName } from '@postcare/platform'
import type { Dispatcher } from 'undici'

const PROBE_TIMEOUT_MS = 1000

export function upstreamChecks(upstreams: Readonly<Record<ServiceName, string>>, dispatcher: Dispatcher): Record<string, () => Promise<boolean>> {
  let round: Map<string, Promise<boolean>> | undefined
  const startRound = () => {
    const probes = new Map(Object.entries(upstreams).map(([name, base]) => [name, probe(dispatcher, base)]))
    void Promise.all(probes.values()).then(() => {
      if (round === probes) round = undefined
    })
    return probes
  }
  return Object.fromEntries(
    Object.keys(upstreams).map((name) => [
      name,
      () => {
        round ??= startRound()
        return round.get(name)!
      }
    ])
  )
}

async function probe(dispatcher: Dispatcher, base: string): Promise<boolean> {
  const url = new URL(`${base}/health/ready`)
  try {
    const res = await dispatcher.request({
      origin: url.origin,
      path: url.pathname,
      method: 'GET',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
      headersTimeout: PROBE_TIMEOUT_MS,
      bodyTimeout: PROBE_TIMEOUT_MS
    })
    await res.body.dump()
    return res.statusCode === 200
  } catch {
    return false
  }
}
