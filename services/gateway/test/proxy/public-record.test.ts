/**
 * The gateway lets exactly the liaison public record through without a key, rate-limited per
 * address, and lets a liaison paper's upload carry up to 20 MiB while every other body keeps the
 * gateway's own limit. Against the real liaison service, loaded with its demo groups.
 */
import { LIAISON_PAPER_MAX_BYTES } from '@postcare/contracts'
import { operatorCalendar, staticDirectoryLookup } from '@postcare/platform'
import { createTestDatabase } from '@postcare/platform/testing'
import t from 'tap'
import { seedDemoGroups } from '../../../liaison/src/app.js'
import { call, startGateway, startService } from '../helper.js'

const PUBLIC_MAX = 8
const database = await createTestDatabase(t)
const liaison = await startService(t, 'liaison', database, { POSTCARE_TIME_ZONE: 'Asia/Hong_Kong' })
const calendar = operatorCalendar({ timeZone: 'Asia/Hong_Kong', financialYearStartMonth: 4, businessHours: { opensAt: 540, closesAt: 1020 } }, staticDirectoryLookup([]))
const seeded = await seedDemoGroups(liaison.app.db, calendar, new Date())
const { url: gw } = await startGateway(t, { database, upstreams: { liaison: liaison.url }, env: { GATEWAY_PUBLIC_RATE_LIMIT_MAX: String(PUBLIC_MAX), GATEWAY_RATE_LIMIT_WINDOW_MS: '60000' } })

t.test('the demo groups are loaded once: the Philately Liaison Group and two Customer Liaison Groups', async (t) => {
  t.same(seeded, { groups: 3 })
  t.equal(await seedDemoGroups(liaison.app.db, calendar, new Date()), null, 'not again')
  const groups = await (await call(gw, '/v1/liaison/groups')).json()
  t.same(groups.items.map((g: { name: { en: string } }) => g.name.en).sort(), ['Kowloon Customer Liaison Group', 'New Territories East Customer Liaison Group', 'Philately Liaison Group'])
})

t.test('the public record needs no key, and its answers may be cached; every other route still needs one', async (t) => {
  const list = await fetch(`${gw}/v1/liaison/public/meetings`)
  t.equal(list.status, 200)
  t.match(list.headers.get('cache-control'), /^public, max-age=\d+$/)
  t.ok(list.headers.get('etag'))
  const body = (await list.json()) as { items: Array<{ id: string; status: string }> }
  t.equal(body.items.length, 6, 'the demo meetings whose agenda is published')
  const published = body.items.find((m) => m.status === 'minutes_published')!
  const record = await fetch(`${gw}/v1/liaison/public/meetings/${published.id}?lang=zh-Hant`)
  t.equal(record.status, 200)
  const text = await record.text()
  t.notOk(text.includes('印刷合約續期') || text.includes('Printing contract'), 'the demo\'s confidential item is not shown')
  t.notOk(/Kwok Chi Ming|Chan Mei Ling|Lam Kwok Wai/.test(text), 'nor the demo members who did not consent')
  t.equal((await fetch(`${gw}/v1/liaison/groups`)).status, 401, 'the rest of the liaison API needs a key')
  t.equal((await fetch(`${gw}/v1/liaison/public/meetings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status, 401, 'another method on a public path is not public')
  t.equal((await fetch(`${gw}/v1/liaison/public/other`)).status, 401, 'only the routes listed are public')
})

t.test('the public record is rate-limited per address: request max+1 is 429 with Retry-After', async (t) => {
  let status = 200
  let n = 0
  while (status !== 429 && n < PUBLIC_MAX + 5) {
    status = (await fetch(`${gw}/v1/liaison/public/meetings`)).status
    n++
  }
  t.equal(status, 429, 'limited')
  t.ok(n <= PUBLIC_MAX + 1, `within ${PUBLIC_MAX} requests of this window (earlier tests spent some)`)
  const over = await fetch(`${gw}/v1/liaison/public/meetings`)
  t.ok(Number(over.headers.get('retry-after')) >= 1)
  t.equal((await call(gw, '/v1/liaison/groups')).status, 200, 'a caller with a key keeps its own budget')
})

t.test('a paper of up to 20 MiB passes the gateway on its upload route only; other bodies keep the 8 MiB limit', async (t) => {
  const groups = await (await call(gw, '/v1/liaison/groups')).json()
  const group = groups.items[0].id as string
  const meetings = await (await call(gw, `/v1/liaison/groups/${group}/meetings?status=scheduled`)).json()
  const m = `/v1/liaison/groups/${group}/meetings/${meetings.items[0].id}`
  const agenda = await (await call(gw, `${m}/agenda-items`)).json()
  const item = `${m}/agenda-items/${agenda.items[0].id}`
  const paper = await (await call(gw, `${item}/papers`, { method: 'POST', body: JSON.stringify({ title: { en: 'Big scan', 'zh-Hant': '大掃描' } }) })).json()
  const big = Buffer.alloc(9 * 1024 * 1024, 0x20)
  big.write('%PDF-1.4\n')
  const upload = await call(gw, `${item}/papers/${paper.id}/content`, { method: 'PUT', body: big, headers: { 'content-type': 'application/pdf', 'if-match': '"1"' } })
  t.equal(upload.status, 200, 'a 9 MiB paper is taken')
  t.equal((await upload.json()).sizeBytes, big.length)
  const elsewhere = await call(gw, `${m}/agenda-items`, { method: 'POST', body: big, headers: { 'content-type': 'application/json' } })
  t.equal(elsewhere.status, 413, 'the same size anywhere else is refused at the gateway')
  const tooBig = await call(gw, `${item}/papers/${paper.id}/content`, { method: 'PUT', body: Buffer.alloc(LIAISON_PAPER_MAX_BYTES + 1, 0x20), headers: { 'content-type': 'application/pdf', 'if-match': '"2"' } })
  t.equal(tooBig.status, 413, 'above 20 MiB the paper route refuses too')
  t.equal((await tooBig.json()).code, 'BODY_TOO_LARGE')
})
