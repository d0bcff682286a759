import t from 'tap'
import { buildTestApp, caller, complaint } from '../helper.js'

const { app } = await buildTestApp(t)

async function create(body: Record<string, unknown>) {
  return app.inject({ method: 'POST', url: '/v1/feedback/items', headers: await caller(), payload: body })
}

const patchCategory = async (code: string, ifMatch: string, payload: Record<string, unknown>) =>
  app.inject({ method: 'PATCH', url: `/v1/feedback/categories/${code}`, headers: { ...(await caller()), 'if-match': ifMatch }, payload })

t.test('a retired category is refused for new items and edits but stays on the items that have it', async (t) => {
  const made = await app.inject({ method: 'POST', url: '/v1/feedback/categories', headers: await caller(), payload: { code: 'parcel_lockers', name: 'Parcel lockers' } })
  t.equal(made.statusCode, 201, made.body)
  const existing = await create(complaint({ category: 'parcel_lockers', subject: 'Locker would not open' }))
  t.equal(existing.statusCode, 201, existing.body)
  const other = (await create(complaint({ category: 'delay' }))).json()

  const retired = await patchCategory('parcel_lockers', made.headers.etag as string, { active: false })
  t.equal(retired.statusCode, 200, retired.body)
  t.match(retired.json(), { code: 'parcel_lockers', active: false, version: 2 })
  t.equal(retired.headers.etag, '"2"')

  const refused = await create(complaint({ category: 'parcel_lockers' }))
  t.equal(refused.statusCode, 422)
  t.match(refused.headers['content-type'], /^application\/problem\+json/)
  t.match(refused.json(), { code: 'FEEDBACK_UNKNOWN_CATEGORY', errors: [{ field: 'body/category' }] })
  const edit = await app.inject({ method: 'PATCH', url: `/v1/feedback/items/${other.id}`, headers: { ...(await caller()), 'if-match': `"${other.version}"` }, payload: { category: 'parcel_lockers' } })
  t.equal(edit.statusCode, 422)
  t.match(edit.json(), { code: 'FEEDBACK_UNKNOWN_CATEGORY', errors: [{ field: 'body/category' }] })

  const kept = await app.inject({ method: 'GET', url: `/v1/feedback/items/${existing.json().id}`, headers: await caller() })
  t.match(kept.json(), { category: 'parcel_lockers', version: 1 })
  const listed = (await app.inject({ method: 'GET', url: '/v1/feedback/items?category=parcel_lockers', headers: await caller() })).json()
  t.same(listed.items.map((i: { id: string }) => i.id), [existing.json().id])
  const taxonomy = (await app.inject({ method: 'GET', url: '/v1/feedback/categories', headers: await caller() })).json()
  t.match(taxonomy.items.find((c: { code: string }) => c.code === 'parcel_lockers'), { active: false })

  const restored = await patchCategory('parcel_lockers', '"2"', { active: true })
  t.equal(restored.statusCode, 200, restored.body)
  t.equal((await create(complaint({ category: 'parcel_lockers' }))).statusCode, 201)
})

t.test('retiring a category with a stale If-Match is 412 and leaves it active', async (t) => {
  const first = await patchCategory('philately', '"1"', { name: 'Philately and stamps' })
  t.equal(first.statusCode, 200, first.body)
  const stale = await patchCategory('philately', '"1"', { active: false })
  t.equal(stale.statusCode, 412)
  t.match(stale.headers['content-type'], /^application\/problem\+json/)
  t.equal(stale.json().code, 'PRECONDITION_FAILED')
  const taxonomy = (await app.inject({ method: 'GET', url: '/v1/feedback/categories', headers: await caller() })).json()
  t.match(taxonomy.items.find((c: { code: string }) => c.code === 'philately'), { active: true, version: 2, name: 'Philately and stamps' })
  t.equal((await create(complaint({ category: 'philately' }))).statusCode, 201)
})
