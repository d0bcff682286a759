/**
 * What the logs never hold: API keys, bearer tokens, identity tokens, query-string values.
 * Shown on the gateway (where callers' credentials arrive) and a service behind it, both real,
 * logging at debug into captured streams.
 */
import t from 'tap'
import { ADMIN_KEY, call, issueKey, startGateway, startService } from '../../../services/gateway/test/helper.js'
import { createTestDatabase, captureLog } from '../src/testing/index.js'

const gatewayLog = captureLog()
const serviceLog = captureLog()
const database = await createTestDatabase(t)
const directory = await startService(t, 'directory', database, { LOG_LEVEL: 'debug' }, { logStream: serviceLog.stream })
const { url: gw, app } = await startGateway(t, { database, upstreams: { directory: directory.url }, env: { LOG_LEVEL: 'debug' }, logStream: gatewayLog.stream })

t.test('API keys, bearer tokens and query-string values never appear in log lines', async (t) => {
  const terminal = await issueKey(gw, { name: 'Tai O counter', scopes: ['directory:read'], officeCode: 'ISL001' })
  const bearer = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzdGFmZi0xMDAxIn0.c2lnbmF0dXJlLXRoYXQtaXMtc2VjcmV0'
  const secrets = [ADMIN_KEY, terminal.secret, bearer, 'Chan%20Tai%20Man', 'Chan Tai Man', '91234567', 'pc_wrong_key_value_0123456789abcdef']
  await call(gw, '/v1/directory/offices?customerName=Chan%20Tai%20Man&phone=91234567', { key: terminal.secret })
  await call(gw, '/v1/directory/offices?phone=91234567', { key: 'pc_wrong_key_value_0123456789abcdef' })
  await call(gw, '/v1/directory/offices?phone=91234567', { key: null, headers: { authorization: `Bearer ${bearer}` } })
  await call(gw, '/v1/directory/nowhere?phone=91234567')
  app.log.info({ req: { headers: { authorization: `Bearer ${bearer}`, 'x-api-key': ADMIN_KEY } }, login: { password: 'Chan Tai Man', apiKey: terminal.secret, token: bearer } }, 'a careless log call')
  await new Promise((r) => setTimeout(r, 50))
  const lines = [...gatewayLog.lines, ...serviceLog.lines]
  t.ok(serviceLog.lines.some((l) => l.includes('/v1/directory/offices')), 'the service logged the requests')
  t.ok(gatewayLog.lines.some((l) => l.includes('/v1/directory/offices')), `${lines.length} lines written, with the requests in them`)
  t.notOk(lines.some((l) => /"reqId":"[^"]*".*"reqId":/.test(l)), 'the request id is written once per line')
  t.ok(lines.some((l) => l.includes('"status":401')), 'the refusals are logged')
  for (const secret of secrets) t.same(lines.filter((l) => l.includes(secret)), [], `${secret.slice(0, 12)}… is in no line`)
  t.ok(lines.some((l) => l.includes('[redacted]')), 'redacted fields say so')
})
