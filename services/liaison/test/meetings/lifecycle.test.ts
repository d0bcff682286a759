import t from 'tap'
import { buildTestApp, call, caller, command, groupWith, meetingOn, member, must, pdf } from '../helper.js'

t.test('a meeting from scheduling to published minutes, with its agenda, papers, contributions, attendance, actions carried as matters arising, and the minutes confirmed at the next meeting', async (t) => {
  const { app, clock, categories, sweep } = await buildTestApp(t)
  const { base, ids } = await groupWith(app, [member('Lee Ka Yan', { constituency: 'district_council', consentToPublishName: true }), member('Chan Tai Man')])

  const meeting = await must(app, 201, 'POST', `${base}/meetings`, meetingOn('2026-06-20'))
  const m = `${base}/meetings/${meeting.id}`
  t.equal(meeting.status, 'scheduled')
  t.same(meeting.local, { timeZone: 'Asia/Hong_Kong', date: '2026-06-20', startTime: '14:30', endDate: '2026-06-20', endTime: '16:30' }, 'shown in the operator\'s zone')
  t.equal(meeting.chair.name, 'Wong Chi Ming', 'the chair is named as the directory names them')
  t.equal(meeting.contributionsCloseAt, '2026-06-12T16:00:00.000Z', 'contributions close at 00:00 Hong Kong time seven days before')

  // The agenda: items name a live feedback category.
  const item = await must(app, 201, 'POST', `${m}/agenda-items`, { title: { en: 'Lunchtime queues', 'zh-Hant': '午膳輪候' }, category: 'counter_service' })
  const unknown = await call(app, 'POST', `${m}/agenda-items`, { title: { en: 'Teleport', 'zh-Hant': '傳送' }, category: 'teleportation' })
  t.equal(unknown.status, 422)
  t.equal(unknown.json.code, 'LIAISON_UNKNOWN_CATEGORY')
  t.equal(unknown.json.errors[0].field, 'body/category')
  categories.live.delete('pricing')
  t.equal((await call(app, 'POST', `${m}/agenda-items`, { title: { en: 'Prices', 'zh-Hant': '價格' }, category: 'pricing' })).json.code, 'LIAISON_UNKNOWN_CATEGORY', 'a category feedback retired is refused')
  categories.state.unavailable = true
  const down = await call(app, 'POST', `${m}/agenda-items`, { title: { en: 'Later', 'zh-Hant': '稍後' }, category: 'delay' })
  t.equal(down.status, 503)
  t.equal(down.json.code, 'LIAISON_FEEDBACK_UNAVAILABLE')
  t.ok(down.res.headers['retry-after'], 'with Retry-After')
  categories.state.unavailable = false

  // A member's contribution before the cutoff becomes an item; after it, none is taken.
  const contribution = await must(app, 201, 'POST', `${m}/contributions`, { representativeId: ids['Lee Ka Yan'], title: { en: 'Registered mail delays', 'zh-Hant': '掛號郵件延誤' }, category: 'delay', summary: 'Letters a week late.' })
  const accepted = await call(app, 'POST', `${m}/contributions/${contribution.id}/accept`, undefined, { 'if-match': '"1"' })
  t.equal(accepted.status, 200)
  t.equal(accepted.json.status, 'accepted')
  const agenda = await must(app, 200, 'GET', `${m}/agenda-items`)
  t.same(agenda.items.map((i: { position: number; title: { en: string } }) => [i.position, i.title.en]), [[1, 'Lunchtime queues'], [2, 'Registered mail delays']])
  t.equal(agenda.items[1].presenter.representativeId, ids['Lee Ka Yan'], 'presented by the member who contributed it')
  clock.set('2026-06-12T16:00:00Z')
  const late = await call(app, 'POST', `${m}/contributions`, { representativeId: ids['Lee Ka Yan'], title: { en: 'Late', 'zh-Hant': '遲' }, category: 'delay', summary: 'Too late.' })
  t.equal(late.status, 409)
  t.equal(late.json.code, 'LIAISON_CONTRIBUTIONS_CLOSED')

  // A paper: its file is recognised by its content.
  const paper = await must(app, 201, 'POST', `${m}/agenda-items/${item.id}/papers`, { title: { en: 'Queue figures', 'zh-Hant': '輪候數據' } })
  const p = `${m}/agenda-items/${item.id}/papers/${paper.id}`
  const upload = await app.inject({ method: 'PUT', url: `${p}/content`, headers: { ...(await caller()), 'if-match': '"1"', 'content-type': 'application/octet-stream' }, payload: pdf })
  t.equal(upload.statusCode, 200, upload.body)
  t.equal(upload.json().mediaType, 'application/pdf')
  t.equal(upload.json().sizeBytes, pdf.length)
  const download = await app.inject({ method: 'GET', url: `${p}/content`, headers: await caller() })
  t.equal(download.statusCode, 200)
  t.equal(download.headers['content-type'], 'application/pdf')
  t.same(download.rawPayload, pdf, 'the file comes back byte for byte')
  const named = await app.inject({ method: 'PUT', url: `${p}/content`, headers: { ...(await caller()), 'if-match': '"2"', 'content-type': 'application/pdf' }, payload: Buffer.from('#!/bin/sh\necho not a pdf\n') })
  t.equal(named.statusCode, 415, 'a script declared as a PDF is refused: the type is read from the content')
  t.equal(named.json().code, 'LIAISON_PAPER_TYPE_NOT_ALLOWED')
  t.equal((await must(app, 200, 'GET', p)).sha256.length, 64, 'the paper keeps the file it had')

  // Notice and papers to the members, then the meeting is held.
  t.equal((await command(app, m, 'circulate-notice')).status, 200)
  const held = await command(app, m, 'hold')
  t.equal(held.json.status, 'held')
  const again = await command(app, m, 'hold')
  t.equal(again.status, 409, 'holding it twice is an illegal transition')
  t.same(again.json.allowed, ['publish-agenda'], 'naming what is allowed now')

  const register = await call(app, 'GET', `${m}/attendance`)
  const recorded = await call(app, 'PUT', `${m}/attendance`, { entries: [{ representativeId: ids['Lee Ka Yan'], status: 'present' }, { representativeId: ids['Chan Tai Man'], status: 'apologies' }] }, { 'if-match': register.etag! })
  t.equal(recorded.status, 200)
  t.equal(recorded.json.quorum.votingMembers, 2)
  t.equal(recorded.json.quorum.met, true, 'one of two voting members is half')

  const minutes = await call(app, 'GET', `${m}/minutes`)
  const saved = await call(app, 'PUT', `${m}/minutes`, { entries: [{ agendaItemId: item.id, discussion: { en: 'Queues discussed.', 'zh-Hant': '討論輪候。' }, decisions: { en: 'More counters.', 'zh-Hant': '增加櫃位。' } }] }, { 'if-match': minutes.etag! })
  t.equal(saved.status, 200)
  t.equal((await must(app, 200, 'GET', m)).status, 'minutes_drafted', 'the first save drafts the minutes')

  // An action raised here is carried to the next meeting, and shown overdue once past its day.
  const action = await must(app, 201, 'POST', `${m}/actions`, { title: 'Publish queue figures', ownerStaffId: 'S900005', ownerEmail: 'owner@example.org', dueOn: '2026-07-15', agendaItemId: item.id })
  t.equal(action.owner.name, 'Tang Ho Yin')
  const next = await must(app, 201, 'POST', `${base}/meetings`, meetingOn('2026-09-19'))
  const n = `${base}/meetings/${next.id}`
  const carried = await must(app, 200, 'GET', `${n}/agenda-items`)
  t.same(carried.mattersArising.map((a: { actionId: string }) => a.actionId), [action.id], 'the open action is a matter arising of the next meeting')
  t.equal(carried.mattersArising[0].overdue, false)
  clock.set('2026-07-16T01:00:00Z')
  t.equal((await must(app, 200, 'GET', `${n}/agenda-items`)).mattersArising[0].overdue, true, 'overdue from the day after it was due')
  const overdue = await must(app, 200, 'GET', `/v1/liaison/actions?overdue=true`)
  t.same(overdue.items.map((a: { id: string }) => a.id), [action.id], 'listed among the overdue actions')
  await sweep()
  const reminders = await must(app, 200, 'GET', `/v1/liaison/messages?kind=liaison.action.overdue`)
  t.equal(reminders.items.length, 1, 'its owner is reminded')
  await sweep()
  t.equal((await must(app, 200, 'GET', `/v1/liaison/messages?kind=liaison.action.overdue`)).items.length, 1, 'once, until the reminder interval has passed')

  // Minutes are confirmed at the next meeting once it has been held, then published.
  const noMeeting = await command(app, m, 'confirm-minutes')
  t.equal(noMeeting.status, 422)
  t.equal(noMeeting.json.errors[0].field, 'body/atMeetingId')
  const notHeld = await command(app, m, 'confirm-minutes', { atMeetingId: next.id })
  t.equal(notHeld.status, 422, 'the next meeting must have been held')
  clock.set('2026-09-19T09:00:00Z')
  t.equal((await command(app, n, 'hold')).status, 200)
  t.same((await must(app, 200, 'GET', `${n}/agenda-items`)).mattersArising.map((a: { actionId: string }) => a.actionId), [action.id], 'the matters arising are fixed when it is held')
  const confirmed = await command(app, m, 'confirm-minutes', { atMeetingId: next.id })
  t.equal(confirmed.json.status, 'minutes_confirmed')
  t.equal((await must(app, 200, 'GET', `${m}/minutes`)).confirmedAtMeetingId, next.id)
  const locked = await call(app, 'PUT', `${m}/minutes`, { entries: [] }, { 'if-match': (await call(app, 'GET', `${m}/minutes`)).etag! })
  t.equal(locked.status, 409, 'confirmed minutes no longer change')
  t.equal(locked.json.code, 'LIAISON_MINUTES_LOCKED')
  const published = await command(app, m, 'publish-minutes')
  t.equal(published.json.status, 'published')
  t.ok(published.json.agendaPublishedAt, 'publishing the minutes publishes the agenda with them')

  const done = await call(app, 'POST', `${m}/actions/${action.id}/progress`, { note: 'Published.', status: 'completed' }, { 'if-match': `"${action.version}"` })
  t.equal(done.json.status, 'completed')
  t.equal(done.json.overdue, false)
  t.same(done.json.progress.map((u: { status: string }) => u.status), ['open', 'completed'])
})

t.test('a meeting postponed, rescheduled and cancelled tells the members and keeps no reminder queued', async (t) => {
  const { app } = await buildTestApp(t)
  const { base } = await groupWith(app, [member('Chan Tai Man')])
  const meeting = await must(app, 201, 'POST', `${base}/meetings`, meetingOn('2026-06-20'))
  const m = `${base}/meetings/${meeting.id}`
  await command(app, m, 'circulate-notice')
  const queued = async (kind: string) => (await must(app, 200, 'GET', `/v1/liaison/messages?kind=${kind}&status=queued`)).items.length
  t.equal(await queued('liaison.meeting.reminder'), 1, 'a reminder waits for two days before')
  t.equal((await command(app, m, 'postpone', { reason: 'Typhoon signal 8' })).json.status, 'postponed')
  t.equal(await queued('liaison.meeting.reminder'), 0, 'postponing cancels it')
  const moved = await command(app, m, 'reschedule', { start: '2026-06-27T06:30:00Z', end: '2026-06-27T08:30:00Z' })
  t.equal(moved.json.status, 'scheduled')
  t.equal(moved.json.local.date, '2026-06-27')
  t.equal(moved.json.noticeCirculatedAt, null, 'the notice must go out again')
  const backwards = await command(app, m, 'reschedule', { start: '2026-06-27T08:30:00Z', end: '2026-06-27T06:30:00Z' })
  t.equal(backwards.status, 422)
  t.equal(backwards.json.errors[0].field, 'body/end')
  await command(app, m, 'circulate-notice')
  t.equal((await command(app, m, 'cancel', { reason: 'No quorum expected' })).json.status, 'cancelled')
  t.equal(await queued('liaison.meeting.reminder'), 0)
  t.equal(await queued('liaison.meeting.cancelled'), 1, 'the member is told')
})
