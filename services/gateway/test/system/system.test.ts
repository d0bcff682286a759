/**
 * The gateway in front of every real service, all on one test database (each service as its own
 * role): the merged API document, the API docs page, and readiness that covers every service.
 */
import { serviceNames } from '@postcare/platform'
import { createTestDatabase } from '@postcare/platform/testing'
import t from 'tap'
import { startGateway, startService } from '../helper.js'

const database = await createTestDatabase(t)
const services = Object.fromEntries(await Promise.all(serviceNames.map(async (s) => [s, await startService(t, s, database)] as const)))
const { url: gw } = await startGateway(t, { database, upstreams: Object.fromEntries(serviceNames.map((s) => [s, services[s]!.url])) })

interface Operation { operationId?: string; tags?: string[] }

t.test('/openapi.json merges every service\'s document with the gateway\'s, operationIds unique', async (t) => {
  const res = await fetch(`${gw}/openapi.json`)
  t.equal(res.status, 200)
  const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } }
  t.match(doc.openapi, /^3\.1\./)
  for (const path of ['/v1/gateway/api-keys', '/v1/directory/offices', '/v1/directory/offices/{code}']) t.ok(doc.paths[path], `has ${path}`)
  for (const service of serviceNames) {
    const own = (await (await fetch(`${services[service]!.url}/openapi.json`)).json()) as { paths?: Record<string, unknown> }
    for (const path of Object.keys(own.paths ?? {})) t.ok(doc.paths[path], `${service}: ${path}`)
  }
  const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId).filter(Boolean))
  t.equal(new Set(ids).size, ids.length, `${ids.length} operationIds, all unique`)
  t.ok(doc.components.schemas.Office && doc.components.schemas.ApiKey, 'named components from more than one document')
})

t.test('/docs serves the Swagger UI pointed at the merged document, without a key', async (t) => {
  const res = await fetch(`${gw}/docs`, { redirect: 'follow' })
  t.equal(res.status, 200)
  t.match(res.headers.get('content-type'), /text\/html/)
  t.match(await res.text(), /swagger/i)
  const init = await fetch(`${gw}/docs/static/swagger-initializer.js`)
  t.equal(init.status, 200)
  t.match(await init.text(), /\/openapi\.json/)
})

t.test('/health/ready is 200 when every service is ready, and 503 naming the one that is down', async (t) => {
  const ready = await fetch(`${gw}/health/ready`)
  t.equal(ready.status, 200)
  const body = (await ready.json()) as { checks: Record<string, string> }
  t.same(body.checks, { database: 'ok', ...Object.fromEntries(serviceNames.map((s) => [s, 'ok'])) })

  await services.liaison!.app.close()
  const started = performance.now()
  const down = await fetch(`${gw}/health/ready`)
  t.ok(performance.now() - started < 2000, 'answered quickly')
  t.equal(down.status, 503)
  t.equal(down.headers.get('retry-after'), '5')
  const checks = ((await down.json()) as { checks: Record<string, string> }).checks
  t.equal(checks.liaison, 'unavailable')
  for (const s of serviceNames.filter((s) => s !== 'liaison')) t.equal(checks[s], 'ok', `${s} still ok`)
  t.equal((await fetch(`${gw}/health/live`)).status, 200, 'the gateway itself is live')
  t.equal((await fetch(`${gw}/openapi.json`)).status, 200, 'the document is still served from the last good copies')
})
