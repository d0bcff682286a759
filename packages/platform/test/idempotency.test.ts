/**
 * Idempotency-Key and If-Match at the platform level: a real service app (the platform's own
 * assembly, on a real database) with one resource whose create and update go through
 * idempotentCreate and versionedUpdate, and a create that can be held open or made to fail.
 */
import { sql, type Kysely, type Migration } from 'kysely'
import t from 'tap'
import { createServiceApp } from '../src/service.js'
import { defineErrors } from '../src/errors.js'
import { ifMatchVersion, setEtag } from '../src/etag.js'
import { forgetStoredResponses, idempotentCreate, purgeExpiredIdempotencyKeys, rewriteStoredResponses } from '../src/idempotency.js'
import { versionedUpdate } from '../src/records.js'
import { asCaller, readyTestApp, testServiceConfig } from '../src/testing/index.js'

const Errors = defineErrors({
  THING_NOT_FOUND: { status: 404, title: 'No such thing' },
  THING_REFUSED: { status: 422, title: 'The thing is refused' }
})

const migrations: Record<string, Migration> = {
  '2026-11-23T9000_things': {
    async up(db: Kysely<any>) {
      await sql`create table things (id serial primary key, name text not null, version integer not null default 1, updated_at timestamptz not null default now())`.execute(db)
    }
  }
}

const Thing = { type: 'object', properties: { name: { type: 'string', minLength: 1 } }, required: ['name'], additionalProperties: false }

// `hold` keeps the next create inside its transaction (and its key locked) until released.
const control: { hold?: Promise<void>; entered?: () => void } = {}

async function buildApp(t: Parameters<typeof testServiceConfig>[0]) {
  const config = await testServiceConfig(t, 'directory', { POSTCARE_TIME_ZONE: 'UTC' })
  const app = await createServiceApp({ config, schemas: [], openapi: { title: 'things', description: 'test', version: '1.0.0', tags: [] } })
  app.post('/v1/directory/things', { config: { scope: 'directory:write' }, schema: { body: Thing } }, async (req, reply) =>
    idempotentCreate(app.db, req, reply, { retentionHours: 1 }, async (trx) => {
      const { name } = req.body as { name: string }
      if (name === 'refused') throw Errors.THING_REFUSED('Not this one.')
      const row = await trx.insertInto('things').values({ name }).returningAll().executeTakeFirstOrThrow()
      if (control.hold) {
        control.entered?.()
        await control.hold
      }
      return { statusCode: 201, body: row, headers: { location: `/v1/directory/things/${row.id}` } }
    })
  )
  app.patch('/v1/directory/things/:id', { config: { scope: 'directory:write' }, schema: { body: Thing } }, async (req, reply) => {
    const id = Number((req.params as { id: string }).id)
    const row = await versionedUpdate<{ version: number }>(app.db, 'things', { id }, ifMatchVersion(req)!, req.body as Record<string, unknown>, () => Errors.THING_NOT_FOUND())
    setEtag(reply, row.version)
    return row
  })
  return readyTestApp(t, app, 'directory', migrations)
}

const count = async (app: Awaited<ReturnType<typeof buildApp>>, table: 'things' | 'idempotencyKeys') =>
  Number((await app.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)

const post = async (app: Awaited<ReturnType<typeof buildApp>>, key: string | undefined, body: object, who = {}) =>
  app.inject({ method: 'POST', url: '/v1/directory/things', headers: { ...(await asCaller('directory', who)), ...(key ? { 'idempotency-key': key } : {}) }, payload: body })

t.test('the same key and body replays the first response with Idempotent-Replayed, and creates once', async (t) => {
  const app = await buildApp(t)
  const first = await post(app, 'k-1', { name: 'parcel scale' })
  const again = await post(app, 'k-1', { name: 'parcel scale' })
  t.equal(first.statusCode, 201)
  t.equal(first.headers['idempotent-replayed'], undefined)
  t.equal(again.statusCode, 201)
  t.equal(again.headers['idempotent-replayed'], 'true')
  t.equal(again.headers.location, first.headers.location)
  t.same(again.json(), first.json())
  t.equal(await count(app, 'things'), 1)
})

t.test('the same key with a different body is 422 and creates nothing more', async (t) => {
  const app = await buildApp(t)
  t.equal((await post(app, 'k-2', { name: 'first' })).statusCode, 201)
  const other = await post(app, 'k-2', { name: 'second' })
  t.equal(other.statusCode, 422)
  t.equal(other.json().code, 'IDEMPOTENCY_KEY_REUSED')
  t.equal(await count(app, 'things'), 1)
})

t.test('a duplicate while the first is in flight is 409, and one record results', async (t) => {
  const app = await buildApp(t)
  let release!: () => void
  control.hold = new Promise<void>((r) => (release = r))
  const entered = new Promise<void>((r) => (control.entered = r))
  t.teardown(() => {
    control.hold = undefined
    release()
  })
  const first = post(app, 'k-3', { name: 'held' })
  await entered
  const duplicate = await post(app, 'k-3', { name: 'held' })
  t.equal(duplicate.statusCode, 409)
  t.equal(duplicate.json().code, 'IDEMPOTENCY_KEY_IN_FLIGHT')
  control.hold = undefined
  release()
  t.equal((await first).statusCode, 201)
  const retry = await post(app, 'k-3', { name: 'held' })
  t.equal(retry.headers['idempotent-replayed'], 'true')
  t.equal(await count(app, 'things'), 1)
})

t.test('a request that fails leaves no key behind: the same key then works', async (t) => {
  const app = await buildApp(t)
  const refused = await post(app, 'k-4', { name: 'refused' })
  t.equal(refused.statusCode, 422)
  t.equal(refused.json().code, 'THING_REFUSED')
  const invalid = await post(app, 'k-4', { name: '' })
  t.equal(invalid.statusCode, 400)
  t.equal(await count(app, 'idempotencyKeys'), 0)
  const ok = await post(app, 'k-4', { name: 'accepted' })
  t.equal(ok.statusCode, 201)
  t.equal(ok.headers['idempotent-replayed'], undefined)
})

t.test('keys belong to their caller: another caller\'s same key is a new create', async (t) => {
  const app = await buildApp(t)
  t.equal((await post(app, 'shared', { name: 'a' }, { sub: 'key:a' })).statusCode, 201)
  const b = await post(app, 'shared', { name: 'b' }, { sub: 'key:b' })
  t.equal(b.statusCode, 201)
  t.equal(b.headers['idempotent-replayed'], undefined)
  t.equal(await count(app, 'things'), 2)
})

t.test('a key past its retention is forgotten: reused freely, and purged', async (t) => {
  const app = await buildApp(t)
  t.equal((await post(app, 'k-5', { name: 'old' })).statusCode, 201)
  await sql`update idempotency_keys set expires_at = now() - interval '1 second'`.execute(app.db)
  const reused = await post(app, 'k-5', { name: 'new' })
  t.equal(reused.statusCode, 201, 'not 422: the old use has expired')
  t.equal(reused.headers['idempotent-replayed'], undefined)
  t.equal(await count(app, 'things'), 2)
  await sql`update idempotency_keys set expires_at = now() - interval '1 second'`.execute(app.db)
  t.equal(await purgeExpiredIdempotencyKeys(app.db), 1)
  t.equal(await count(app, 'idempotencyKeys'), 0)
})

t.test('a malformed Idempotency-Key is 400', async (t) => {
  const app = await buildApp(t)
  const res = await post(app, 'x'.repeat(256), { name: 'x' })
  t.equal(res.statusCode, 400)
  t.equal(res.json().code, 'INVALID_IDEMPOTENCY_KEY')
  t.equal(await count(app, 'things'), 0)
})

t.test('a change without If-Match is 428, a stale one 412, a malformed one 400, a current one 200 with the next ETag', async (t) => {
  const app = await buildApp(t)
  const id = (await post(app, undefined, { name: 'v1' })).json().id
  const patch = async (ifMatch?: string) =>
    app.inject({ method: 'PATCH', url: `/v1/directory/things/${id}`, headers: { ...(await asCaller('directory')), ...(ifMatch ? { 'if-match': ifMatch } : {}) }, payload: { name: 'changed' } })
  const missing = await patch()
  t.equal(missing.statusCode, 428)
  t.equal(missing.json().code, 'PRECONDITION_REQUIRED')
  const malformed = await patch('version-1')
  t.equal(malformed.statusCode, 400)
  t.equal(malformed.json().code, 'INVALID_IF_MATCH')
  const ok = await patch('"1"')
  t.equal(ok.statusCode, 200)
  t.equal(ok.headers.etag, '"2"')
  const stale = await patch('"1"')
  t.equal(stale.statusCode, 412)
  t.equal(stale.json().code, 'PRECONDITION_FAILED')
  t.match(stale.json().detail, /"2"/)
  const row = await app.db.selectFrom('things').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
  t.equal(row.version, 2, 'the stale write changed nothing')
  const gone = await app.inject({ method: 'PATCH', url: '/v1/directory/things/99999', headers: { ...(await asCaller('directory')), 'if-match': '"1"' }, payload: { name: 'x' } })
  t.equal(gone.statusCode, 404)
})

t.test('an erasure rewrites the stored answers that show a record, found by the record id; a retry then replays the erased answer, whatever its body', async (t) => {
  const app = await buildApp(t)
  const first = await post(app, 'k-6', { name: 'franking machine' })
  t.equal(first.statusCode, 201)
  const other = await post(app, 'k-7', { name: 'scale' })
  const id = String(first.json().id)
  t.same((await app.db.selectFrom('idempotencyKeys').select('records').where('key', '=', 'k-6').executeTakeFirstOrThrow()).records, [id], 'the stored answer names its record')
  const rewritten = await app.db.transaction().execute((trx) => rewriteStoredResponses<{ name: string }>(trx, [id], (body) => ({ ...body, name: '[erased]' })))
  t.equal(rewritten, 1, 'only the answer that shows the record')
  const replay = await post(app, 'k-6', { name: 'a different body altogether' })
  t.equal(replay.statusCode, 201)
  t.equal(replay.headers['idempotent-replayed'], 'true')
  t.same(replay.json(), { ...first.json(), name: '[erased]' }, 'the erased answer, not a 422: the fingerprint of the erased body is gone too')
  t.equal((await post(app, 'k-7', { name: 'scale' })).json().name, other.json().name, 'another record\'s answer is untouched')
  t.equal(await count(app, 'things'), 2)
  t.equal(await forgetStoredResponses(app.db, [id]), 1)
  t.equal((await post(app, 'k-6', { name: 'franking machine' })).headers['idempotent-replayed'], undefined, 'a forgotten answer is not replayed')
  t.equal(await count(app, 'things'), 3)
})
