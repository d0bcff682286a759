import { asCaller } from '@postcare/platform/testing'
import { sql } from 'kysely'
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

t.test('every foreign key of the liaison schema has an index led by its columns', async (t) => {
  const { app } = await buildTestApp(t)
  const unindexed = (db: typeof app.db) => sql<{ tbl: string; name: string }>`
    select c.conrelid::regclass::text as tbl, c.conname as name
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'liaison'
      and not exists (
        select 1 from pg_index i
        where i.indrelid = c.conrelid and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey
      )`.execute(db)
  const { rows } = await unindexed(app.db)
  const { rows: all } = await sql<{ n: number }>`select count(*)::int as n from pg_constraint c join pg_namespace n on n.oid = c.connamespace where c.contype = 'f' and n.nspname = 'liaison'`.execute(app.db)
  t.ok(all[0]!.n >= 30, `${all[0]!.n} foreign keys`)
  t.same(rows, [], 'none without an index')
  // The check can fail: with an index dropped (rolled back), its foreign key is named.
  await app.db.transaction().execute(async (trx) => {
    await sql`drop index representatives_group_idx`.execute(trx)
    t.same((await unindexed(trx)).rows.map((r) => r.tbl), ['representatives'], 'a dropped index is found')
    throw Object.assign(new Error('roll back'), { rollback: true })
  }).catch((err: { rollback?: boolean }) => {
    if (!err.rollback) throw err
  })
})
