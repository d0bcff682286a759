import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import type { Database } from '../db/database.js'
import { demoNetwork } from './demo-data.js'

const CHUNK = 1000

/** Loads the demo network in one transaction; with `onlyIfEmpty`, only into an empty directory. */
export async function seedDemoData(db: Kysely<Database>, opts: { onlyIfEmpty: boolean }): Promise<{ districts: number; offices: number; staff: number } | null> {
  const network = demoNetwork()
  return db.transaction().execute(async (trx) => {
    // Serialise concurrent seeders (several replicas starting at once).
    await sql`select pg_advisory_xact_lock(hashtext('postcare-directory-seed'))`.execute(trx)
    const existing = await trx.selectFrom('offices').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
    if (opts.onlyIfEmpty && existing.n > 0) return null
    await trx.insertInto('districts').values(network.districts).onConflict((oc) => oc.column('code').doNothing()).execute()
    for (let i = 0; i < network.offices.length; i += CHUNK) {
      await trx.insertInto('offices').values(network.offices.slice(i, i + CHUNK)).onConflict((oc) => oc.column('code').doNothing()).execute()
    }
    for (let i = 0; i < network.staff.length; i += CHUNK) {
      await trx.insertInto('staff').values(network.staff.slice(i, i + CHUNK)).onConflict((oc) => oc.column('id').doNothing()).execute()
    }
    return { districts: network.districts.length, offices: network.offices.length, staff: network.staff.length }
  })
}
