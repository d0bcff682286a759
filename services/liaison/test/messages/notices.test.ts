import { startLocalSmtp } from '@postcare/platform/local-smtp'
import { simpleParser } from 'mailparser'
import t from 'tap'
import { buildTestApp, caller, command, groupWith, meetingOn, member, must, pdf } from '../helper.js'

t.test('the notice, agenda and papers reach each member through the loopback SMTP server in their language, and the reminder follows when it is due', async (t) => {
  const smtp = await startLocalSmtp()
  t.teardown(() => smtp.close())
  // The outbox's clock is the database's: this test runs in real time, the meeting two days and a few seconds ahead.
  const now = new Date()
  const { app, dispatch } = await buildTestApp(t, { start: now.toISOString(), env: { SMTP_URL: smtp.url, SMTP_MAX_PER_SECOND: '0', MESSAGES_RETRY_BASE_SECONDS: '0' } })
  const { base } = await groupWith(app, [
    member('Lee Ka Yan', { constituency: 'district_council', email: 'lee@example.org', language: 'zh-Hant', termEnd: '2099-12-31' }),
    member('Chan Tai Man', { email: 'chan@example.org', termEnd: '2099-12-31' }),
    member('No Email', { email: undefined, termEnd: '2099-12-31' }),
    member('Former Member', { email: 'former@example.org', termStart: '2020-01-01', termEnd: '2020-12-31' })
  ])
  const start = new Date(Math.ceil((Date.now() + 48 * 3_600_000 + 10_000) / 1000) * 1000)
  const meeting = await must(app, 201, 'POST', `${base}/meetings`, meetingOn('2026-06-20', { start: start.toISOString(), end: new Date(start.getTime() + 7_200_000).toISOString() }))
  const m = `${base}/meetings/${meeting.id}`
  const item = await must(app, 201, 'POST', `${m}/agenda-items`, { title: { en: 'Lunchtime queues', 'zh-Hant': '午膳輪候' }, category: 'counter_service' })
  const paper = await must(app, 201, 'POST', `${m}/agenda-items/${item.id}/papers`, { title: { en: 'Queue figures', 'zh-Hant': '輪候數據' } })
  await app.inject({ method: 'PUT', url: `${m}/agenda-items/${item.id}/papers/${paper.id}/content`, headers: { ...(await caller()), 'if-match': '"1"', 'content-type': 'application/pdf' }, payload: pdf })
  t.equal((await command(app, m, 'circulate-notice')).status, 200)
  await dispatch()
  t.same(smtp.received.map((r) => r.to[0]).sort(), ['chan@example.org', 'lee@example.org'], 'current members with an address; not one whose term ended, nor one without an address')
  const mails = await Promise.all(smtp.received.map((r) => simpleParser(r.raw)))
  const zh = mails.find((mail) => mail.text?.includes('議程'))!
  t.ok(zh, 'the member who reads Traditional Chinese gets the Chinese notice')
  t.match(zh.subject, /九龍區客戶聯絡小組/)
  t.match(zh.text, /1\. 午膳輪候/)
  t.match(zh.text, /1\. 輪候數據/, 'with the papers')
  const en = mails.find((mail) => mail.to && JSON.stringify(mail.to).includes('chan@'))!
  t.match(en.text, new RegExp(`meets on ${meeting.local.date} at ${meeting.local.startTime}–${meeting.local.endTime} \\(General Post Office\\)`), 'the time in the operator\'s zone')
  t.match(en.text, /1\. Lunchtime queues/)
  const sent = await must(app, 200, 'GET', '/v1/liaison/messages?kind=liaison.meeting.notice')
  t.same(sent.items.map((x: { status: string }) => x.status), ['sent', 'sent'])

  // The reminder is due 48 hours before the start: a few seconds from now.
  await dispatch()
  t.equal(smtp.received.length, 2, 'no reminder before it is due')
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, start.getTime() - 48 * 3_600_000 - Date.now()) + 300))
  await dispatch()
  t.equal(smtp.received.length, 4, 'the reminders go once due')
  t.match((await simpleParser(smtp.received[3]!.raw)).subject ?? '', /(Reminder|提示)/)
})
