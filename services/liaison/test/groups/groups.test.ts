import t from 'tap'
import { buildTestApp, call, customerGroup, groupWith, member, must, official } from '../helper.js'

t.test('coverage: a vacant seat and a constituency without a current member flag the group; filling them clears the flags', async (t) => {
  const { app, clock } = await buildTestApp(t)
  const { group, base } = await groupWith(app, [
    member('Lee Ka Yan', { constituency: 'district_council' }),
    member('Chan Tai Man', { termEnd: '2026-05-31' }),
    member('Observer Ng', { constituency: 'member_of_public', position: 'observer' })
  ])
  const coverage = await must(app, 200, 'GET', `${base}/coverage`)
  t.equal(coverage.asOf, '2026-06-01')
  t.same(coverage.seats, [
    { constituency: 'district_council', seats: 2, filled: 1, vacancies: 1 },
    { constituency: 'member_of_public', seats: 2, filled: 0, vacancies: 2 }
  ], 'a term ended yesterday and an observer fill no seat')
  t.same(coverage.unrepresented, ['member_of_public'])
  t.same(coverage.flags, ['vacant_seat', 'constituency_unrepresented'])
  t.equal(coverage.flagged, true)

  const other = await must(app, 201, 'POST', '/v1/liaison/groups', customerGroup({ name: { en: 'Full', 'zh-Hant': '滿' }, seats: [{ constituency: 'district_council', count: 1 }], quorum: { basis: 'count', count: 1, officialsCount: false } }))
  await must(app, 201, 'POST', `/v1/liaison/groups/${other.id}/representatives`, member('Ho Wing Sze', { constituency: 'district_council' }))
  const flagged = await must(app, 200, 'GET', '/v1/liaison/coverage?flagged=true')
  t.same(flagged.items.map((c: { groupId: string }) => c.groupId), [group.id], 'only the group with vacancies is flagged')
  t.equal((await must(app, 200, 'GET', '/v1/liaison/coverage?flagged=false')).items[0].groupId, other.id)

  for (const name of ['Wong One', 'Wong Two']) await must(app, 201, 'POST', `${base}/representatives`, member(name))
  await must(app, 201, 'POST', `${base}/representatives`, member('Cheung Three', { constituency: 'district_council', termEnd: '2026-06-30' }))
  const full = await must(app, 200, 'GET', `${base}/coverage`)
  t.same(full.flags, [], 'every seat filled')
  t.equal(full.flagged, false)
  const ending = await must(app, 200, 'GET', '/v1/liaison/representatives?termEndsWithinDays=30')
  t.same(ending.items.map((r: { termEnd: string }) => r.termEnd), ['2026-06-30'], 'the terms ending within 30 days are listed')
  clock.set('2026-07-01T01:00:00Z')
  t.same((await must(app, 200, 'GET', `${base}/coverage`)).seats[0], { constituency: 'district_council', seats: 2, filled: 1, vacancies: 1 }, 'the day after a term ends, its seat is vacant again')
})

t.test('every bad input to groups and representatives is a 4xx problem naming the field', async (t) => {
  const { app } = await buildTestApp(t)
  const cases: Array<[string, string, unknown, number, string, string]> = [
    ['POST', '/v1/liaison/groups', customerGroup({ districtCodes: [] }), 422, 'LIAISON_INVALID_GROUP', 'body/districtCodes'],
    ['POST', '/v1/liaison/groups', customerGroup({ type: 'philately_liaison' }), 422, 'LIAISON_INVALID_GROUP', 'body/districtCodes'],
    ['POST', '/v1/liaison/groups', customerGroup({ districtCodes: ['ZZZ'] }), 422, 'LIAISON_UNKNOWN_DISTRICT', 'body/districtCodes/0'],
    ['POST', '/v1/liaison/groups', customerGroup({ seats: [{ constituency: 'official', count: 1 }] }), 422, 'LIAISON_INVALID_GROUP', 'body/seats/0/constituency'],
    ['POST', '/v1/liaison/groups', customerGroup({ seats: [{ constituency: 'philatelist', count: 1 }, { constituency: 'philatelist', count: 2 }] }), 422, 'LIAISON_INVALID_GROUP', 'body/seats/1/constituency'],
    ['POST', '/v1/liaison/groups', customerGroup({ quorum: { basis: 'fraction', numerator: 3, denominator: 2, officialsCount: false } }), 422, 'LIAISON_INVALID_GROUP', 'body/quorum/numerator'],
    ['POST', '/v1/liaison/groups', customerGroup({ quorum: { basis: 'count', officialsCount: false } }), 422, 'LIAISON_INVALID_GROUP', 'body/quorum/count'],
    ['POST', '/v1/liaison/groups', customerGroup({ quorum: { basis: 'count', count: 2, officialsCount: false, minimumPerConstituency: [{ constituency: 'district_council', count: 3 }] } }), 422, 'LIAISON_INVALID_GROUP', 'body/quorum/minimumPerConstituency/0/count'],
    ['POST', '/v1/liaison/groups', customerGroup({ meetingsPerYear: 0 }), 400, 'VALIDATION_FAILED', 'body/meetingsPerYear'],
    ['POST', '/v1/liaison/groups', customerGroup({ termsOfReferenceReviewOn: '2026-02-30' }), 400, 'VALIDATION_FAILED', 'body/termsOfReferenceReviewOn'],
    ['POST', '/v1/liaison/groups', customerGroup({ colour: 'red' }), 400, 'VALIDATION_FAILED', 'body/colour']
  ]
  for (const [method, url, body, status, code, field] of cases) {
    const res = await call(app, method, url, body)
    t.equal(res.status, status, `${field}: ${status}`)
    t.equal(res.json.code, code, `${field}: ${code}`)
    t.ok((res.json.errors ?? []).some((e: { field: string }) => e.field === field), `names ${field} (${JSON.stringify(res.json.errors)})`)
    t.match(String(res.res.headers['content-type']), /^application\/problem\+json/)
  }
  t.equal((await call(app, 'GET', '/v1/liaison/groups')).json.items.length, 0, 'nothing was half-written')

  const { base } = await groupWith(app, [])
  const reps: Array<[unknown, number, string, string]> = [
    [official('S999999'), 422, 'LIAISON_UNKNOWN_STAFF', 'body/staffId'],
    [official('S900009'), 422, 'LIAISON_UNKNOWN_STAFF', 'body/staffId'],
    [official('S900005', 'chair', { name: 'Someone Else' }), 422, 'LIAISON_INVALID_REPRESENTATIVE', 'body/name'],
    [{ constituency: 'official', position: 'secretary', termStart: '2026-01-01', termEnd: '2026-12-31' }, 422, 'LIAISON_INVALID_REPRESENTATIVE', 'body/staffId'],
    [member('Ho', { staffId: 'S900005' }), 422, 'LIAISON_INVALID_REPRESENTATIVE', 'body/staffId'],
    [member('Ho', { termEnd: '2025-12-31' }), 422, 'LIAISON_INVALID_REPRESENTATIVE', 'body/termEnd'],
    [member('Ho', { constituency: 'philatelist' }), 422, 'LIAISON_INVALID_REPRESENTATIVE', 'body/constituency'],
    [member('Ho', { email: 'not-an-email' }), 400, 'VALIDATION_FAILED', 'body/email'],
    [member('Ho', { phone: 'call me' }), 400, 'VALIDATION_FAILED', 'body/phone'],
    [{ ...member('Ho'), name: undefined }, 422, 'LIAISON_INVALID_REPRESENTATIVE', 'body/name']
  ]
  for (const [body, status, code, field] of reps) {
    const res = await call(app, 'POST', `${base}/representatives`, body)
    t.equal(res.status, status, `${field}: ${status} (${res.json.detail})`)
    t.equal(res.json.code, code)
    t.ok((res.json.errors ?? []).some((e: { field: string }) => e.field === field), `names ${field}`)
  }
  t.equal((await call(app, 'POST', `${base}/representatives`, member('Ho', { constituency: 'philatelist', position: 'observer' }))).status, 201, 'a constituency without seats may observe')
  t.equal((await call(app, 'GET', '/v1/liaison/groups/00000000-0000-4000-8000-000000000000')).json.code, 'LIAISON_GROUP_NOT_FOUND')
  t.equal((await call(app, 'GET', '/v1/liaison/groups/not-a-uuid')).json.errors[0].field, 'params/groupId')
})

t.test('a group changes with If-Match; a stale one is 412 and a missing one 428', async (t) => {
  const { app } = await buildTestApp(t)
  const group = await must(app, 201, 'POST', '/v1/liaison/groups', customerGroup())
  const url = `/v1/liaison/groups/${group.id}`
  t.equal((await call(app, 'PATCH', url, { meetingsPerYear: 6 })).status, 428)
  const ok = await call(app, 'PATCH', url, { meetingsPerYear: 6 }, { 'if-match': '"1"' })
  t.equal(ok.json.meetingsPerYear, 6)
  t.equal(ok.etag, '"2"')
  t.equal((await call(app, 'PATCH', url, { meetingsPerYear: 5 }, { 'if-match': '"1"' })).status, 412)
  const philately = await must(app, 201, 'POST', '/v1/liaison/groups', { ...customerGroup({ type: 'philately_liaison', districtCodes: [] }), name: { en: 'Philately Liaison Group', 'zh-Hant': '集郵聯絡小組' } })
  t.equal(philately.territoryWide, true, 'the Philately Liaison Group covers the whole territory')
  t.same((await must(app, 200, 'GET', '/v1/liaison/groups?districtCode=NTR')).items.map((g: { id: string }) => g.id), [philately.id], 'and so shows for any district')
})
