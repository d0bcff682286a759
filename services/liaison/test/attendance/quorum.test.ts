import t from 'tap'
import { buildTestApp, call, command, customerGroup, groupWith, member, must, official } from '../helper.js'

const rule = { basis: 'fraction', numerator: 1, denominator: 2, officialsCount: false, minimumPerConstituency: [{ constituency: 'district_council', count: 1 }] }

// One app for the file: each test sets up a group of its own.
const { app } = await buildTestApp(t)

/** A group with two District Council seats and two for the public; one councillor's term ended the day before the meeting. */
async function setUp() {
  const { base, ids } = await groupWith(app, [
    member('Councillor Active', { constituency: 'district_council' }),
    member('Councillor Former', { constituency: 'district_council', termEnd: '2026-06-19' }),
    member('Public One'),
    member('Public Two'),
    member('Observer Ng', { position: 'observer' }),
    member('Substitute Ho', { position: 'substitute' })
  ], customerGroup({ quorum: rule }))
  // 00:30 on 20 June in Hong Kong is still 19 June in UTC: terms are read on the local day.
  const meeting = await must(app, 201, 'POST', `${base}/meetings`, { title: { en: 'Early', 'zh-Hant': '早' }, start: '2026-06-19T16:30:00Z', end: '2026-06-19T18:00:00Z', venue: 'GPO', chairStaffId: 'S900003' })
  const m = `${base}/meetings/${meeting.id}`
  const record = async (entries: Array<Record<string, string>>) => {
    const current = await call(app, 'GET', `${m}/attendance`)
    const res = await call(app, 'PUT', `${m}/attendance`, { entries: entries.map(({ who, status, sub }) => ({ representativeId: ids[who!], status, ...(sub ? { substituteId: ids[sub] } : {}) })) }, { 'if-match': current.etag! })
    if (res.status !== 200) throw new Error(res.res.body)
    return res.json.quorum
  }
  return { app, base, ids, m, record }
}

t.test('quorum: a member whose term ended the day before the meeting neither counts nor is counted present', async (t) => {
  const { ids, record } = await setUp()
  const q = await record([
    { who: 'Councillor Active', status: 'present' },
    { who: 'Councillor Former', status: 'present' },
    { who: 'Public One', status: 'apologies' },
    { who: 'Public Two', status: 'absent' },
    { who: 'Observer Ng', status: 'present' }
  ])
  t.equal(q.asOf, '2026-06-20', 'the meeting\'s local day')
  t.equal(q.votingMembers, 3, 'the active councillor and the two public members; not the former councillor, not the observer, not the chair')
  t.equal(q.required, 2, 'half of three, rounded up')
  t.equal(q.present, 1)
  t.equal(q.met, false, 'not met: the former councillor\'s presence does not count')
  t.same(q.notCounted, [
    { representativeId: ids['Councillor Former'], reason: 'term_not_current' },
    { representativeId: ids['Observer Ng'], reason: 'not_a_voting_member' }
  ].sort((a, b) => String(a.representativeId).localeCompare(String(b.representativeId))))
})

t.test('quorum: met with half the voting members and a councillor present; not met without a councillor however many attend', async (t) => {
  const { record } = await setUp()
  const met = await record([{ who: 'Councillor Active', status: 'present' }, { who: 'Public One', status: 'present' }])
  t.equal(met.present, 2)
  t.equal(met.met, true)
  const noCouncillor = await record([{ who: 'Councillor Active', status: 'apologies' }, { who: 'Public One', status: 'present' }, { who: 'Public Two', status: 'present' }])
  t.equal(noCouncillor.present, 2, 'enough members present')
  t.equal(noCouncillor.met, false, 'but the District Council minimum is not met')
  t.same(noCouncillor.byConstituency.find((c: { constituency: string }) => c.constituency === 'district_council'), { constituency: 'district_council', members: 1, present: 0, minimum: 1, met: false })
  const substituted = await record([{ who: 'Councillor Active', status: 'present' }, { who: 'Public One', status: 'substitute', sub: 'Substitute Ho' }])
  t.equal(substituted.present, 2, 'a member represented by a substitute counts as present')
  t.equal(substituted.met, true)
})

t.test('quorum: a held meeting keeps the rule it was held under when the group changes its rule later', async (t) => {
  const { base, m, record } = await setUp()
  await record([{ who: 'Councillor Active', status: 'present' }])
  t.equal((await command(app, m, 'hold')).status, 200)
  const group = await call(app, 'GET', base)
  t.equal((await call(app, 'PATCH', base, { quorum: { basis: 'count', count: 1, officialsCount: false, minimumPerConstituency: [] } }, { 'if-match': group.etag! })).status, 200)
  const after = await must(app, 200, 'GET', `${m}/attendance`)
  t.equal(after.quorum.rule.basis, 'fraction', 'the rule at the time of the meeting')
  t.equal(after.quorum.met, false)
  const later = await must(app, 201, 'POST', `${base}/meetings`, { title: { en: 'Later', 'zh-Hant': '後' }, start: '2026-07-01T06:30:00Z', end: '2026-07-01T08:30:00Z', venue: 'GPO', chairStaffId: 'S900003' })
  t.equal((await must(app, 200, 'GET', `${base}/meetings/${later.id}/attendance`)).quorum.rule.basis, 'count', 'a meeting not yet held follows the group\'s current rule')
})

t.test('quorum: officials count only where the rule says so', async (t) => {
  const { base, ids } = await groupWith(app, [official('S900005', 'secretary')], customerGroup({ quorum: { basis: 'count', count: 2, officialsCount: true, minimumPerConstituency: [] } }))
  const meeting = await must(app, 201, 'POST', `${base}/meetings`, { title: { en: 'M', 'zh-Hant': '會' }, start: '2026-06-20T06:30:00Z', end: '2026-06-20T08:30:00Z', venue: 'GPO', chairStaffId: 'S900003' })
  const m = `${base}/meetings/${meeting.id}`
  const reps = await must(app, 200, 'GET', `${base}/representatives`)
  const chair = reps.items.find((r: { staffId: string }) => r.staffId === 'S900003').id
  const current = await call(app, 'GET', `${m}/attendance`)
  const res = await call(app, 'PUT', `${m}/attendance`, { entries: [{ representativeId: chair, status: 'present' }, { representativeId: ids.S900005, status: 'present' }] }, { 'if-match': current.etag! })
  t.equal(res.json.quorum.votingMembers, 2)
  t.equal(res.json.quorum.met, true, 'the chair and the secretary make the quorum of two')
})
