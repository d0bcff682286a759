import { asCaller } from '@postcare/platform/testing'
import t from 'tap'
import { buildTestApp } from './helper.js'

t.test('the liaison service is live, ready on its migrated database, and refuses calls without the gateway token', async (t) => {
  const { app } = await buildTestApp(t)
  t.equal((await app.inject('/health/live')).statusCode, 200)
  const ready = await app.inject('/health/ready')
  t.equal(ready.statusCode, 200)
  t.same(ready.json().checks, { database: 'ok', messages: 'ok' })
  const unknown = await app.inject({ url: '/v1/liaison/nothing-yet', headers: await asCaller('liaison') })
  t.equal(unknown.statusCode, 404)
  t.equal(unknown.json().code, 'ROUTE_NOT_FOUND')
  t.equal((await app.inject({ url: '/v1/liaison/groups' })).statusCode, 401)
  const migrated = await app.db.selectFrom('serviceInfo').select('value').where('key', '=', 'schema_version').executeTakeFirst()
  t.equal(migrated?.value, '1')
})
