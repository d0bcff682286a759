/**
 * Prometheus metrics are served on a listener of their own, never on the API port: they say which
 * Node version runs and how much traffic each route gets, which is nobody's business who can
 * reach the API.
 */
import { serveMetrics } from '@postcare/platform'
import t from 'tap'
import { call, deadPort, startGateway } from '../helper.js'

const { url: gw, app } = await startGateway(t)

t.test('/metrics on the API port is a 404 problem, with a key or without', async (t) => {
  for (const key of [undefined, null]) {
    const res = await call(gw, '/metrics', { key })
    t.equal(res.status, 404)
    t.match(res.headers.get('content-type'), /^application\/problem\+json/)
    t.notMatch(await res.text(), /http_request_duration_seconds|nodejs_/)
  }
})

t.test('serveMetrics serves the gateway\'s registry as Prometheus text on its own port', async (t) => {
  await call(gw, '/v1/gateway/api-keys')
  const port = await deadPort()
  const server = await serveMetrics(app.metrics, { host: '127.0.0.1', port })
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const res = await fetch(`http://127.0.0.1:${port}/metrics`)
  t.equal(res.status, 200)
  t.match(res.headers.get('content-type'), /^text\/plain; version=0\.0\.4/)
  const text = await res.text()
  t.match(text, /^# HELP /m)
  const counted = text.split('\n').filter((line) => line.startsWith('http_request_duration_seconds_count{') && line.includes('route="/v1/gateway/api-keys"'))
  t.ok(counted.length > 0 && counted.every((line) => line.includes('service="gateway"')), `the request to the API is counted: ${counted.join('; ')}`)
  t.equal((await fetch(`http://127.0.0.1:${port}/v1/gateway/api-keys`)).status, 404, 'and nothing else is served there')
})
