import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import type { Database } from '../db/database.js'
import { demoNetwork } from './demo-data.js'
import { hongKongHolidays } from './hong-kong-holidays.js'

const CHUNK = 1000

/**
 * Loads the demo network and Hong Kong's public holidays (2024-2027) in one transaction; with
 * `onlyIfEmpty`, each only where there is none yet (so a directory seeded before the calendar
 * existed gets its holidays, and one with holidays of its own keeps them). Null when nothing was loaded.
 */
export async function seedDemoData(db: Kysely<Database>, opts: { onlyIfEmpty: boolean }): Promise<{ districts: number; offices: number; staff: number; holidays: number } | null> {
  const network = demoNetwork()
  return db.transaction().execute(async (trx) => {
    // Serialise concurrent seeders (several replicas starting at once).
    await sql`select pg_advisory_xact_lock(hashtext('postcare-directory-seed'))`.execute(trx)
    const holidays = await trx.selectFrom('publicHolidays').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
    const loadHolidays = !opts.onlyIfEmpty || holidays.n === 0
    if (loadHolidays) {
      await trx
        .insertInto('publicHolidays')
        .values(hongKongHolidays.map(([date, name]) => ({ date, name })))
        .onConflict((oc) => oc.column('date').where(sql<boolean>`status = 'active'`).doNothing())
        .execute()
    }
    const existing = await trx.selectFrom('offices').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
    if (opts.onlyIfEmpty && existing.n > 0) return loadHolidays ? { districts: 0, offices: 0, staff: 0, holidays: hongKongHolidays.length } : null
    await trx.insertInto('districts').values(network.districts).onConflict((oc) => oc.column('code').doNothing()).execute()
    for (let i = 0; i < network.offices.length; i += CHUNK) {
      await trx.insertInto('offices').values(network.offices.slice(i, i + CHUNK)).onConflict((oc) => oc.column('code').doNothing()).execute()
    }
    for (let i = 0; i < network.staff.length; i += CHUNK) {
      await trx.insertInto('staff').values(network.staff.slice(i, i + CHUNK)).onConflict((oc) => oc.column('id').doNothing()).execute()
    }
    return { districts: network.districts.length, offices: network.offices.length, staff: network.staff.length, holidays: loadHolidays ? hongKongHolidays.length : 0 }
  })
}
