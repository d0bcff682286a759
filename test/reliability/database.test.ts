/**
 * Items 4 (settings part) and 19: the database the services write to promises durability, and each
 * service's own role cannot rewrite or remove its audit log, nor switch off what guards it.
 */
import pg from 'pg'
import t from 'tap'
import { servicesUnderTest, startService } from './harness.js'

t.test('the database keeps every acknowledged commit: fsync, synchronous_commit and full_page_writes are on', async (t) => {
  const s = await startService(t, 'directory')
  const settings: Record<string, string> = {}
  for (const name of ['fsync', 'synchronous_commit', 'full_page_writes', 'wal_level']) {
    const [row] = await s.sql<{ v: string }>(`select current_setting($1) as v`, [name])
    settings[name] = row!.v
  }
  t.equal(settings.fsync, 'on', 'fsync is on')
  t.ok(['on', 'remote_write', 'remote_apply'].includes(settings.synchronous_commit!), `synchronous_commit is ${settings.synchronous_commit}`)
  t.equal(settings.full_page_writes, 'on', 'full_page_writes is on')
  t.comment(`durability settings: ${JSON.stringify(settings)}`)
})

for (const service of servicesUnderTest) {
  t.test(`${service}: the service's own role can append to its audit log but not change, delete, truncate or unguard it`, async (t) => {
    const s = await startService(t, service)
    const role = new pg.Client({ connectionString: s.database.urlFor(service) })
    await role.connect()
    t.teardown(() => role.end())
    const attempt = async (text: string) => {
      try {
        await role.query(text)
        return 'allowed'
      } catch (err) {
        return `refused (${(err as { code?: string }).code ?? 'error'})`
      }
    }
    const table = `"${service}".audit_log`
    t.equal(await attempt(`insert into ${table} (caller, action, subject_type, subject_id) values ('key:t', 'test', 'thing', '1')`), 'allowed', 'insert is allowed')
    const results = {
      update: await attempt(`update ${table} set action = 'changed'`),
      delete: await attempt(`delete from ${table}`),
      truncate: await attempt(`truncate ${table}`),
      'disable trigger': await attempt(`alter table ${table} disable trigger audit_log_no_change`),
      'drop trigger': await attempt(`drop trigger audit_log_no_change on ${table}`)
    }
    for (const op of ['update', 'delete', 'truncate'] as const) t.match(results[op], /^refused/, `${op} is refused`)
    // The row triggers stop any role from changing rows; the owner could switch them off, which
    // the bootstrap's event triggers refuse to any role that is not a superuser.
    t.match(results['disable trigger'], /^refused/, 'the service role cannot disable the append-only trigger')
    t.match(results['drop trigger'], /^refused/, 'the service role cannot drop the append-only trigger')
    const [count] = await s.sql<{ n: string }>(`select count(*) as n from ${table} where action = 'test'`)
    t.comment(`audit log: ${service}: ${JSON.stringify(results)}; test row still present: ${count!.n}`)
  })
}
