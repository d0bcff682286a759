import t from 'tap'
import { buildTestApp, call, command, groupWith, meetingOn, member, must } from '../helper.js'

t.test('statistics of a financial year: meetings against target, the attendance rate as the contract defines it, seats, actions and views', async (t) => {
  const { app, clock } = await buildTestApp(t)
  const { base, ids } = await groupWith(app, [member('Ann Public'), member('Ben Public'), member('Cat Councillor', { constituency: 'district_council' })])
  const held = async (day: string, attendance: Record<string, string>) => {
    const meeting = await must(app, 201, 'POST', `${base}/meetings`, meetingOn(day))
    const m = `${base}/meetings/${meeting.id}`
    await command(app, m, 'hold')
    const current = await call(app, 'GET', `${m}/attendance`)
    await call(app, 'PUT', `${m}/attendance`, { entries: Object.entries(attendance).map(([who, status]) => ({ representativeId: ids[who], status })) }, { 'if-match': current.etag! })
    return m
  }
  const june = await held('2026-06-20', { 'Ann Public': 'present', 'Ben Public': 'apologies', 'Cat Councillor': 'present' })
  const september = await held('2026-09-19', { 'Ann Public': 'present', 'Ben Public': 'absent' })
  await must(app, 201, 'POST', `${base}/meetings`, meetingOn('2026-12-12'))

  const action = async (m: string, dueOn: string) => must(app, 201, 'POST', `${m}/actions`, { title: `Due ${dueOn}`, ownerStaffId: 'S900005', dueOn })
  const close = async (m: string, a: Record<string, any>, day: string) => {
    clock.set(`${day}T04:00:00Z`)
    const current = await call(app, 'GET', `${m}/actions/${a.id}`)
    await call(app, 'POST', `${m}/actions/${a.id}/progress`, { note: 'Done', status: 'completed' }, { 'if-match': current.etag! })
  }
  await close(june, await action(june, '2026-07-31'), '2026-06-30')
  await close(june, await action(june, '2026-07-31'), '2026-07-20')
  await action(september, '2026-10-01')
  for (const category of ['delay', 'delay', 'counter_service']) await must(app, 201, 'POST', `${june}/views`, { category, summary: 'A view.' })
  clock.set('2026-10-10T04:00:00Z')

  const s = await must(app, 200, 'GET', '/v1/liaison/statistics?financialYear=2026/27')
  t.same(s.period, { from: '2026-04-01', to: '2027-03-31' })
  t.equal(s.financialYear, '2026/27')
  t.equal(s.groups[0].meetingsHeld, 2, 'held meetings only; the scheduled one is not counted')
  t.equal(s.groups[0].meetingsTarget, 4)
  t.equal(s.groups[0].metTarget, false)
  t.same(s.attendance, { expected: 6, attended: 3, rate: 50 }, 'three voting members at each of two meetings; apologies, absence and a member left off the register count against')
  t.same(s.representatives.byConstituency, [
    { constituency: 'district_council', current: 1, seats: 2, vacancies: 1 },
    { constituency: 'member_of_public', current: 2, seats: 2, vacancies: 0 }
  ])
  t.equal(s.representatives.vacancies, 1)
  t.equal(s.representatives.asOf, '2026-10-10', 'today, the period not being over')
  t.same(s.actions, { opened: 3, closed: 2, overdue: 1, medianDaysToClose: 20 }, 'closed after 10 and 30 days: a median of 20')
  t.same(s.viewsByCategory, [{ category: 'counter_service', count: 1 }, { category: 'delay', count: 2 }])

  const half = await must(app, 200, 'GET', '/v1/liaison/statistics?from=2026-04-01&to=2026-09-30')
  t.equal(half.groups[0].meetingsTarget, 2, 'four a year over 183 days is two, to one decimal')
  t.equal(half.groups[0].metTarget, true)
  t.equal(half.financialYear, null)

  const bad = await call(app, 'GET', '/v1/liaison/statistics?financialYear=2026/28')
  t.equal(bad.status, 400)
  t.equal(bad.json.errors[0].field, 'query/financialYear')
  t.equal((await call(app, 'GET', '/v1/liaison/statistics?from=2026-04-01')).json.errors[0].field, 'query/to')
})
