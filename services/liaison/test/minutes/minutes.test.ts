import t from 'tap'
import { buildTestApp, call, caller, command, customerGroup, groupWith, meetingOn, member, must } from '../helper.js'

const entry = (agendaItemId: string, text: string) => ({ agendaItemId, discussion: { en: text, 'zh-Hant': `${text}（中文）` }, decisions: { en: 'Noted.', 'zh-Hant': '備悉。' } })

t.test('two secretaries saving the minutes at once from the same version: one is saved (200), the other gets 412 and nothing of it is kept', async (t) => {
  const { app, url } = await buildTestApp(t, { listen: true })
  const { base } = await groupWith(app, [member('Chan Tai Man')])
  const meeting = await must(app, 201, 'POST', `${base}/meetings`, meetingOn('2026-06-20'))
  const m = `${base}/meetings/${meeting.id}`
  const item = await must(app, 201, 'POST', `${m}/agenda-items`, { title: { en: 'Queues', 'zh-Hant': '輪候' }, category: 'counter_service' })
  await command(app, m, 'hold')
  const read = await call(app, 'GET', `${m}/minutes`)
  const headers = { ...(await caller()), 'content-type': 'application/json', 'if-match': read.etag! }
  // Two requests over two real connections, sent together.
  const [a, b] = await Promise.all(['First secretary', 'Second secretary'].map((text) => fetch(`${url}${m}/minutes`, { method: 'PUT', headers, body: JSON.stringify({ entries: [entry(item.id, text)] }) })))
  const statuses = [a!.status, b!.status].sort()
  t.same(statuses, [200, 412], 'one 200 and one 412')
  const loser = a!.status === 412 ? a! : b!
  const winner = a!.status === 200 ? a! : b!
  t.equal(((await loser.json()) as { code: string }).code, 'PRECONDITION_FAILED')
  const won = (await winner.json()) as { entries: Array<{ discussion: { en: string } }> }
  const now = await must(app, 200, 'GET', `${m}/minutes`)
  t.same(now.entries.map((e: { discussion: { en: string } }) => e.discussion.en), won.entries.map((e) => e.discussion.en), 'the minutes read as the winner saved them')
  t.equal(now.version, 2)
  t.equal(winner.headers.get('etag'), '"2"')
})

t.test('minutes confirmed by circulation: an objection within the window sends them back; without one they are confirmed once it closes', async (t) => {
  const { app, clock } = await buildTestApp(t)
  const { base, ids } = await groupWith(app, [member('Chan Tai Man'), member('Ho Wing Sze')], customerGroup({ minutesConfirmation: 'circulation', objectionWindowDays: 7 }))
  const meeting = await must(app, 201, 'POST', `${base}/meetings`, meetingOn('2026-06-20'))
  const m = `${base}/meetings/${meeting.id}`
  const item = await must(app, 201, 'POST', `${m}/agenda-items`, { title: { en: 'Queues', 'zh-Hant': '輪候' }, category: 'counter_service' })
  await command(app, m, 'hold')
  const save = async (text: string) => call(app, 'PUT', `${m}/minutes`, { entries: [entry(item.id, text)] }, { 'if-match': (await call(app, 'GET', `${m}/minutes`)).etag! })
  await save('Draft')
  t.equal((await command(app, m, 'confirm-minutes')).status, 409, 'a circulation group confirms only after circulating')
  clock.set('2026-06-22T02:00:00Z')
  t.equal((await command(app, m, 'circulate-minutes')).status, 200)
  const circulated = await must(app, 200, 'GET', `${m}/minutes`)
  t.equal(circulated.status, 'circulated')
  t.equal(circulated.objectionsCloseAt, '2026-06-29T16:00:00.000Z', 'seven local days after the day of circulation, at 00:00 Hong Kong time')
  t.equal((await must(app, 200, 'GET', '/v1/liaison/messages?kind=liaison.minutes.circulated')).items.length, 2, 'each member is sent the draft')
  const early = await command(app, m, 'confirm-minutes')
  t.equal(early.status, 409)
  t.equal(early.json.code, 'LIAISON_OBJECTION_WINDOW', 'not before the window closes')
  const objection = await call(app, 'POST', `${m}/minutes/objections`, { representativeId: ids['Ho Wing Sze'], reason: 'Item 1 is incomplete.' })
  t.equal(objection.status, 201)
  t.equal((await must(app, 200, 'GET', `${m}/minutes`)).status, 'draft', 'an objection sends the minutes back to draft')
  await save('Corrected')
  await command(app, m, 'circulate-minutes')
  clock.set('2026-06-29T15:59:00Z')
  t.equal((await call(app, 'POST', `${m}/minutes/objections`, { representativeId: ids['Chan Tai Man'], reason: 'x' })).status, 201, 'an objection a minute before the window closes is taken')
  await save('Corrected again')
  await command(app, m, 'circulate-minutes')
  clock.set('2026-07-07T00:00:00Z')
  const late = await call(app, 'POST', `${m}/minutes/objections`, { representativeId: ids['Chan Tai Man'], reason: 'Too late' })
  t.equal(late.status, 409, 'after the window, no objection')
  const confirmed = await command(app, m, 'confirm-minutes')
  t.equal(confirmed.json.status, 'minutes_confirmed')
  const minutes = await must(app, 200, 'GET', `${m}/minutes`)
  t.equal(minutes.status, 'confirmed')
  t.equal(minutes.objections.length, 2, 'the objections stay on record')
})

t.test('minutes name only the meeting\'s own agenda items, each once', async (t) => {
  const { app } = await buildTestApp(t)
  const { base } = await groupWith(app, [])
  const meeting = await must(app, 201, 'POST', `${base}/meetings`, meetingOn('2026-06-20'))
  const m = `${base}/meetings/${meeting.id}`
  const item = await must(app, 201, 'POST', `${m}/agenda-items`, { title: { en: 'Queues', 'zh-Hant': '輪候' }, category: 'counter_service' })
  const early = await call(app, 'PUT', `${m}/minutes`, { entries: [] }, { 'if-match': '"1"' })
  t.equal(early.status, 409, 'not before the meeting is held')
  await command(app, m, 'hold')
  const twice = await call(app, 'PUT', `${m}/minutes`, { entries: [entry(item.id, 'a'), entry(item.id, 'b')] }, { 'if-match': '"1"' })
  t.equal(twice.status, 422)
  t.equal(twice.json.errors[0].field, 'body/entries/1/agendaItemId')
  const stranger = await call(app, 'PUT', `${m}/minutes`, { entries: [entry('00000000-0000-4000-8000-000000000000', 'a')] }, { 'if-match': '"1"' })
  t.equal(stranger.json.errors[0].field, 'body/entries/0/agendaItemId')
  t.equal((await call(app, 'PUT', `${m}/minutes`, { entries: [] })).status, 428, 'If-Match is required')
})
