/**
 * A sweep works through a backlog in blocks, each its own transaction, until a block comes back
 * short; on a real database, where a block that fails rolls back alone.
 */
import { sql } from 'kysely'
import t from 'tap'
import { createDatabase } from '../src/db.js'
import { sweepInBlocks } from '../src/sweep.js'
import { createTestDatabase } from '../src/testing/index.js'

const test = await createTestDatabase(t)
const { db, close } = createDatabase({ url: test.urlFor('directory'), schema: 'directory', applicationName: 'sweep-test', poolMax: 2, connectionTimeoutMs: 5000, statementTimeoutMs: 5000, idleTimeoutMs: 1000 })
t.teardown(close)
await sql`create table backlog (id integer primary key, done boolean not null default false)`.execute(db)

async function fill(n: number) {
  await sql`delete from backlog`.execute(db)
  await sql`insert into backlog (id) select g from generate_series(1, ${n}) g`.execute(db)
}

/** One block: marks up to `size` rows done, answers how many; records each block's transaction id. */
const blocks: string[] = []
const block = async (trx: typeof db, size: number) => {
  const [tx] = (await sql<{ tx: string }>`select txid_current()::text as tx`.execute(trx)).rows
  blocks.push(tx!.tx)
  const taken = await sql<{ id: number }>`update backlog set done = true where id in (select id from backlog where not done order by id limit ${size} for update skip locked) returning id`.execute(trx)
  return taken.rows.length
}

t.test('7 rows in blocks of 3 take three transactions, the last one short, and answer 7', async (t) => {
  await fill(7)
  blocks.length = 0
  t.equal(await sweepInBlocks(db, 3, block), 7)
  t.equal(blocks.length, 3)
  t.equal(new Set(blocks).size, 3, 'each block is a transaction of its own')
})

t.test('a backlog of exactly one block takes a second, empty block to know it is done', async (t) => {
  await fill(3)
  blocks.length = 0
  t.equal(await sweepInBlocks(db, 3, block), 3)
  t.equal(blocks.length, 2)
})

t.test('a failing block rolls back alone; the blocks before it stay done', async (t) => {
  await fill(7)
  let n = 0
  await t.rejects(sweepInBlocks(db, 3, async (trx, size) => {
    const taken = await block(trx, size)
    if (++n === 2) throw new Error('block two fails')
    return taken
  }), /block two fails/)
  const [done] = (await sql<{ n: string }>`select count(*)::text as n from backlog where done`.execute(db)).rows
  t.equal(done!.n, '3', 'only the first block is kept')
})
