/**
 * Days are the operator's, never UTC's: in Hong Kong (UTC+8) and New York (UTC-4 in spring),
 * complaints received at 23:30 and 00:30 local time on 31 March and 1 April fall in the financial
 * year of their local day in the statistics, the "received on" filters and the yearly references;
 * and the rollups the writes keep equal a rebuild from the rows.
 */
import t from 'tap'
import { rebuildFeedbackRollups } from '../../src/statistics/rollups.js'
import { caller, complaint } from '../helper.js'
import { local, rollupRows, zonedApp, zones } from './zoned.js'

for (const zone of zones) {
  t.test(`in ${zone}`, async (t) => {
    const { app, clock, config, db } = await zonedApp(t, zone)
    const headers = await caller()
    const at = {
      lastMorning: local(zone, '2026-03-31 00:30'),
      lastNight: local(zone, '2026-03-31 23:30'),
      firstMorning: local(zone, '2026-04-01 00:30'),
      firstNight: local(zone, '2026-04-01 23:30'),
      newYearsEve: local(zone, '2025-12-31 23:30'),
      newYear: local(zone, '2026-01-01 00:30')
    }
    const refs: Record<string, { id: string; reference: string; version: number }> = {}
    for (const [name, receivedAt] of Object.entries(at)) {
      const res = await app.inject({ method: 'POST', url: '/v1/feedback/items', headers, payload: complaint({ receivedAt }) })
      t.equal(res.statusCode, 201, res.statusCode === 201 ? `${name}: ${res.json().reference} received ${receivedAt}` : res.body)
      refs[name] = res.json()
    }
    const stats = async (query: string) => (await app.inject({ method: 'GET', url: `/v1/feedback/statistics?${query}`, headers })).json()
    const complaints = (s: { byKind: Array<{ kind: string; count: number }> }) => s.byKind.find((k) => k.kind === 'complaint')!.count

    t.test('the financial year of a complaint is that of its local day', async (t) => {
      t.equal(complaints(await stats('financialYear=2025/26')), 4, '31 March at 00:30 and 23:30, and the new year\'s pair, are in 2025/26')
      t.equal(complaints(await stats('financialYear=2026/27')), 2, '1 April at 00:30 and 23:30 are in 2026/27')
      t.equal(complaints(await stats('from=2026-03-31&to=2026-03-31')), 2, 'two on 31 March')
      t.equal(complaints(await stats('from=2026-04-01&to=2026-04-01')), 2, 'two on 1 April')
      t.equal(complaints(await stats('from=2026-04-01&to=2026-04-30')), 2, 'two in April (a whole month)')
      t.equal(complaints(await stats('from=2026-01-01&to=2026-12-31')), 5, 'five in 2026 (a whole calendar year)')
    })

    t.test('"received from/to" are local days', async (t) => {
      const list = async (query: string) =>
        ((await app.inject({ method: 'GET', url: `/v1/feedback/items?${query}`, headers })).json().items as Array<{ reference: string }>).map((i) => i.reference).sort()
      t.same(await list('receivedFrom=2026-04-01&receivedTo=2026-04-01'), [refs.firstMorning!.reference, refs.firstNight!.reference].sort())
      t.same(await list('receivedFrom=2026-03-31&receivedTo=2026-03-31'), [refs.lastMorning!.reference, refs.lastNight!.reference].sort())
      t.same(await list('receivedTo=2025-12-31'), [refs.newYearsEve!.reference])
    })

    t.test('reference numbers restart with the local year', async (t) => {
      t.match(refs.newYearsEve!.reference, /^CMP-2025-\d{6}$/, `23:30 on 31 December local is ${refs.newYearsEve!.reference}`)
      t.match(refs.newYear!.reference, /^CMP-2026-\d{6}$/, `00:30 on 1 January local is ${refs.newYear!.reference}`)
    })

    t.test('acknowledgements, replies and closures count on their local day', async (t) => {
      const command = async (name: string, verb: string, body: Record<string, unknown>, when: string) => {
        clock.set(local(zone, when))
        const item = refs[name]!
        const res = await app.inject({ method: 'POST', url: `/v1/feedback/items/${item.id}/${verb}`, headers: { ...headers, 'if-match': `"${item.version}"` }, payload: body })
        t.equal(res.statusCode, 200, res.statusCode === 200 ? `${verb} ${name} at ${when}` : res.body)
        refs[name] = res.json()
      }
      await command('lastNight', 'acknowledge', {}, '2026-04-01 00:15')
      await command('lastMorning', 'acknowledge', {}, '2026-03-31 23:50')
      await command('lastMorning', 'respond', { message: 'Here is what happened.' }, '2026-04-01 00:05')
      await command('lastMorning', 'close', { outcome: 'upheld', remedy: { apology: true, compensation: { amountMinor: 2000, currency: 'HKD' } }, rootCause: 'capacity_or_staffing' }, '2026-04-01 00:10')
      const before = await stats('financialYear=2025/26')
      const after = await stats('financialYear=2026/27')
      t.match(before.pledges, { acknowledged: 1, answered: 0 }, 'the acknowledgement at 23:50 on 31 March is in 2025/26')
      t.match(after.pledges, { acknowledged: 1, answered: 1 }, 'those after midnight are in 2026/27')
      t.match(after.outcomes, { closed: 1, upheld: 1 })
      t.same(after.compensationPaid, { amountMinor: 2000, currency: 'HKD' })
      t.same(after.topRootCauses, [{ rootCause: 'capacity_or_staffing', count: 1 }])
      t.match(before.outcomes, { closed: 0 })
    })

    t.test('without a period the statistics are of the current local financial year', async (t) => {
      clock.set(local(zone, '2026-04-01 00:30'))
      t.same((await stats('')).period, { from: '2026-04-01', to: '2027-03-31' }, 'half an hour into 1 April local, whatever the date in UTC')
      clock.set(local(zone, '2026-03-31 23:30'))
      t.same((await stats('')).period, { from: '2025-04-01', to: '2026-03-31' })
    })

    t.test('the rollups the writes kept equal a rebuild from the rows', async (t) => {
      const kept = await rollupRows(db)
      t.ok(kept.stats.length > 50, `${kept.stats.length} rollup rows kept`)
      const rebuilt = await rebuildFeedbackRollups(db, config.calendar)
      t.equal(rebuilt.stats, kept.stats.length, 'as many rows rebuilt')
      t.same(await rollupRows(db), kept, 'and the same rows')
    })
  })
}
