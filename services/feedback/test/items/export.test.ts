import t from 'tap'
import { buildTestApp, caller, complaint } from '../helper.js'

const { app, clock } = await buildTestApp(t)

// 1,203 items: the export reads 500 at a time, so this is three internal pages. The first 1,000
// share one receivedAt, so page boundaries fall inside a run of equal times (the id breaks ties).
clock.set('2026-11-23T09:00:00Z')
for (const items of [
  Array.from({ length: 1000 }, (_, i) => complaint({ subject: `Same instant ${i}` })),
  Array.from({ length: 203 }, (_, i) => complaint({ subject: `Spread ${i}`, receivedAt: new Date(Date.parse('2026-11-20T00:00:00Z') + i * 60_000).toISOString() }))
]) {
  const res = await app.inject({ method: 'POST', url: '/v1/feedback/items/batch', headers: await caller(), payload: { items } })
  if (res.statusCode !== 200 || res.json().created !== items.length) throw new Error(res.body)
}
const stored = await app.db.selectFrom('feedbackItems').select(['id', 'reference']).execute()

t.test('a CSV export of more items than one internal page has every item exactly once', async (t) => {
  t.equal(stored.length, 1203)
  const res = await app.inject({ method: 'GET', url: '/v1/feedback/items/export?format=csv', headers: await caller() })
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'text/csv; charset=utf-8')
  const [header, ...rows] = res.body.trimEnd().split('\r\n')
  t.match(header, /^reference,kind,status/)
  t.equal(rows.length, stored.length)
  const references = rows.map((r) => r.split(',')[0])
  t.equal(new Set(references).size, rows.length, 'no reference twice')
  t.same([...references].sort(), stored.map((r) => r.reference).sort())
})

t.test('an NDJSON export of more items than one internal page has every item exactly once, newest first', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/v1/feedback/items/export?format=ndjson', headers: await caller() })
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'application/x-ndjson; charset=utf-8')
  const items: Array<{ id: string; receivedAt: string }> = res.body.trimEnd().split('\n').map((l) => JSON.parse(l))
  t.equal(items.length, stored.length)
  t.equal(new Set(items.map((i) => i.id)).size, items.length, 'no item twice')
  t.same(items.map((i) => i.id).sort(), stored.map((r) => r.id).sort())
  t.ok(items.every((item, i) => i === 0 || items[i - 1]!.receivedAt >= item.receivedAt), 'newest received first')
})
