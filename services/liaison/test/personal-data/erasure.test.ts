import t from 'tap'
import { buildTestApp, call, command, groupWith, meetingOn, member, must } from '../helper.js'

// One app for the file (its retention a year, for the last test); each test has a group of its own.
const { app, sweep } = await buildTestApp(t, { env: { LIAISON_RETENTION_DAYS: '365' } })

t.test('a representative\'s contact details are masked without personal-data:read, and each read with it is audited', async (t) => {
  const { base, ids } = await groupWith(app, [member('Chan Tai Man', { email: 'chan@example.org', phone: '+852 9123 4567' })])
  const url = `${base}/representatives/${ids['Chan Tai Man']}`
  const narrow = await call(app, 'GET', url, undefined, {}, { scopes: ['liaison:read'] })
  t.equal(narrow.json.name, 'C*** T*** M***')
  t.equal(narrow.json.email, 'c***@example.org')
  t.equal(narrow.json.phone, '***4567')
  t.equal(narrow.json.personalData, 'masked')
  const full = await call(app, 'GET', url)
  t.equal(full.json.email, 'chan@example.org')
  const audited = await app.db.selectFrom('auditLog' as never).selectAll().where('requestId' as never, '=', String(full.res.headers['x-request-id']) as never).execute()
  t.equal(audited.length, 1, 'the read with the scope is audited')
})

t.test('erasure: the name becomes [erased] and the minutes name the constituency instead; the messages are blanked; the term and quorum stay', async (t) => {
  const { base, ids } = await groupWith(app, [member('Chan Tai Man', { email: 'chan@example.org' }), member('Lee Ka Yan', { constituency: 'district_council' })])
  const meeting = await must(app, 201, 'POST', `${base}/meetings`, meetingOn('2026-06-20'))
  const m = `${base}/meetings/${meeting.id}`
  const item = await must(app, 201, 'POST', `${m}/agenda-items`, { title: { en: 'Queues', 'zh-Hant': '輪候' }, category: 'counter_service' })
  await command(app, m, 'circulate-notice')
  await command(app, m, 'hold')
  const register = await call(app, 'GET', `${m}/attendance`)
  await call(app, 'PUT', `${m}/attendance`, { entries: [{ representativeId: ids['Chan Tai Man'], status: 'present' }, { representativeId: ids['Lee Ka Yan'], status: 'present' }] }, { 'if-match': register.etag! })
  const before = (await must(app, 200, 'GET', `${m}/attendance`)).quorum
  await call(app, 'PUT', `${m}/minutes`, { entries: [{ agendaItemId: item.id, discussion: { en: 'Chan Tai Man complained; chan tai man was thanked.', 'zh-Hant': 'Chan Tai Man 投訴。' }, decisions: { en: '-', 'zh-Hant': '-' } }] }, { 'if-match': '"1"' })

  const url = `${base}/representatives/${ids['Chan Tai Man']}`
  const current = await call(app, 'GET', url)
  const narrow = await call(app, 'POST', `${url}/erase`, undefined, { 'if-match': current.etag! }, { scopes: ['liaison:write', 'liaison:read'] })
  t.equal(narrow.status, 403, 'erasure needs liaison:manage')
  const erased = await call(app, 'POST', `${url}/erase`, undefined, { 'if-match': current.etag! })
  t.equal(erased.status, 200)
  t.equal(erased.json.name, '[erased]')
  t.equal(erased.json.email, null)
  t.equal(erased.json.personalData, 'erased')
  t.equal(erased.json.termEnd, '2027-12-31', 'the term stays')
  const minutes = await must(app, 200, 'GET', `${m}/minutes`)
  t.equal(minutes.entries[0].discussion.en, 'a member of the public complained; a member of the public was thanked.', 'the minutes name the constituency instead, whatever the case')
  t.equal(minutes.entries[0].discussion['zh-Hant'], '一位市民 投訴。')
  const messages = await must(app, 200, 'GET', '/v1/liaison/messages?kind=liaison.meeting.notice')
  const to = messages.items.map((x: { personalData: string; to: { email: string | null } }) => [x.personalData, x.to.email]).sort()
  t.same(to, [['erased', '[erased]'], ['full', 'lee.ka.yan@example.org']], 'the notice sent to them is blanked; another member\'s is not')
  const after = (await must(app, 200, 'GET', `${m}/attendance`)).quorum
  t.same(after, before, 'the quorum of the meeting is unchanged')
  const again = await call(app, 'POST', `${url}/erase`, undefined, { 'if-match': erased.etag! })
  t.equal(again.status, 200, 'erasing again answers the erased record')
  t.equal((await call(app, 'POST', `${url}/erase`, undefined, { 'if-match': current.etag! })).status, 412)
})

t.test('retention: representatives whose term ended more than LIAISON_RETENTION_DAYS ago are erased by the sweep; others are kept', async (t) => {
  const { base, ids } = await groupWith(app, [member('Old Member', { termStart: '2020-01-01', termEnd: '2025-05-31' }), member('Recent Member', { termStart: '2020-01-01', termEnd: '2025-06-02' })])
  await sweep()
  t.equal((await must(app, 200, 'GET', `${base}/representatives/${ids['Old Member']}`)).name, '[erased]', 'a year and a day after the term ended')
  t.equal((await must(app, 200, 'GET', `${base}/representatives/${ids['Recent Member']}`)).name, 'Recent Member', 'not yet a year')
})
