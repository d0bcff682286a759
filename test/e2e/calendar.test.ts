/**
 * End to end: the directory's calendar drives the feedback service's pledge clocks. The head
 * office declares public holidays and a typhoon suspension for one district through the gateway;
 * the feedback service (in Hong Kong time) reads them through the gateway with its own key, cached,
 * and sets deadlines that skip the holidays everywhere and the typhoon day only in that district.
 */
import { createTestDatabase } from '@postcare/platform/testing'
import t from 'tap'
import { call, deadPort, startGateway, startService } from '../../services/gateway/test/helper.js'

const database = await createTestDatabase(t)
const gatewayPort = await deadPort()
const gatewayUrl = `http://127.0.0.1:${gatewayPort}`
const serviceKeys = { feedback: `pc_svc_feedback_${'f'.repeat(32)}` }
const directory = await startService(t, 'directory', database)
const feedback = await startService(t, 'feedback', database, { POSTCARE_GATEWAY_URL: gatewayUrl, FEEDBACK_API_KEY: serviceKeys.feedback, POSTCARE_TIME_ZONE: 'Asia/Hong_Kong' })
await startGateway(t, { database, port: gatewayPort, upstreams: { directory: directory.url, feedback: feedback.url }, env: { GATEWAY_SERVICE_KEYS: JSON.stringify(serviceKeys) } })

async function post(path: string, body: unknown): Promise<any> {
  const res = await call(gatewayUrl, path, { method: 'POST', body: JSON.stringify(body) })
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return res.json()
}

await post('/v1/directory/districts', { code: 'KLN', name: 'Kowloon City', area: 'Kowloon' })
await post('/v1/directory/districts', { code: 'NTR', name: 'North', area: 'New Territories' })
await post('/v1/directory/offices', { code: 'KLN001', name: 'Kowloon Central', districtCode: 'KLN', regionClass: 'urban', address: '1 Nathan Road', openedOn: '1990-01-01' })
await post('/v1/directory/offices', { code: 'NTR001', name: 'Sheung Shui', districtCode: 'NTR', regionClass: 'rural', address: '1 San Hong Street', openedOn: '1990-01-01' })
// Thursday 25 and Friday 26 December 2025 are holidays; Kowloon City is under signal 8 on Tuesday 16 December.
await post('/v1/directory/calendar/holidays', { date: '2025-12-25', name: 'Christmas Day' })
await post('/v1/directory/calendar/holidays', { date: '2025-12-26', name: 'The first weekday after Christmas Day' })
await post('/v1/directory/calendar/suspensions', { from: '2025-12-16', kind: 'typhoon_signal_8', reason: 'Tropical cyclone warning signal No. 8', districtCodes: ['KLN'] })

const complaint = (officeCode: string, receivedAt: string) => ({
  kind: 'complaint', channel: 'counter', officeCode, category: 'delay', subject: 'Late delivery', description: 'A parcel arrived a week late.', receivedAt,
  customer: { name: 'Chan Tai Man', email: 'chan.taiman@example.com', preferredReplyChannel: 'email', language: 'en' }
})

t.test('a complaint in the district under the typhoon signal skips that day; one elsewhere does not', async (t) => {
  // Monday 15 December 2025, 10:00 in Hong Kong.
  const kowloon = await post('/v1/feedback/items', complaint('KLN001', '2025-12-15T02:00:00Z'))
  const north = await post('/v1/feedback/items', complaint('NTR001', '2025-12-15T02:00:00Z'))
  t.equal(kowloon.deadlines.acknowledgeBy, '2025-12-18', 'Kowloon: 16 December does not count')
  t.equal(north.deadlines.acknowledgeBy, '2025-12-17', 'North: it does')
})

t.test('the directory\'s public holidays are skipped everywhere', async (t) => {
  // Wednesday 24 December 2025, 12:00 in Hong Kong: 25 and 26 are holidays, 27 and 28 the weekend.
  const item = await post('/v1/feedback/items', complaint('NTR001', '2025-12-24T04:00:00Z'))
  t.equal(item.deadlines.acknowledgeBy, '2025-12-30')
})

t.test('the calendar is readable through the gateway with a read scope', async (t) => {
  const res = await call(gatewayUrl, '/v1/directory/calendar/suspensions?year=2025')
  t.equal(res.status, 200)
  t.match((await res.json()).items, [{ from: '2025-12-16', to: '2025-12-16', districtCodes: ['KLN'], territoryWide: false }])
})
