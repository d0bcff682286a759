import pg from 'pg'
import t from 'tap'
import { buildTestApp, call, caller, command, groupWith, meetingOn, member, must, pdf } from '../helper.js'

const SECRET = ['Sorting centre contract', 'bid figures', 'Chan Tai Man', 'meet.example.org', '分揀中心合約']

/**
 * A meeting with all three things the public record must never show: a confidential item (with a
 * paper and minutes of its own) and a member of the public who has not consented to be named, in
 * the attendance and in the text of a public item's minutes. Confirmed and published.
 */
// One app for the file: each test publishes a meeting of a group of its own.
const built = await buildTestApp(t)
const { app, clock, database } = built

async function publishedMeeting() {
  clock.set('2026-06-01T01:00:00Z')
  const { base, ids } = await groupWith(app, [member('Lee Ka Yan', { constituency: 'district_council', consentToPublishName: true, organisation: 'Kowloon City District Council' }), member('Chan Tai Man')])
  const meeting = await must(app, 201, 'POST', `${base}/meetings`, meetingOn('2026-06-20', { onlineLink: 'https://meet.example.org/liaison' }))
  const m = `${base}/meetings/${meeting.id}`
  const open = await must(app, 201, 'POST', `${m}/agenda-items`, { title: { en: 'Lunchtime queues', 'zh-Hant': '午膳輪候' }, category: 'counter_service' })
  const secret = await must(app, 201, 'POST', `${m}/agenda-items`, { title: { en: 'Sorting centre contract', 'zh-Hant': '分揀中心合約' }, category: 'business_parcel_services', visibility: 'confidential' })
  const paperOf = async (itemId: string, title: string) => {
    const paper = await must(app, 201, 'POST', `${m}/agenda-items/${itemId}/papers`, { title: { en: title, 'zh-Hant': title } })
    const up = await app.inject({ method: 'PUT', url: `${m}/agenda-items/${itemId}/papers/${paper.id}/content`, headers: { ...(await caller()), 'if-match': '"1"', 'content-type': 'application/pdf' }, payload: pdf })
    if (up.statusCode !== 200) throw new Error(up.body)
    return paper.id as string
  }
  const openPaper = await paperOf(open.id, 'Queue figures')
  const secretPaper = await paperOf(secret.id, 'Sorting centre contract bids')
  await command(app, m, 'hold')
  const register = await call(app, 'GET', `${m}/attendance`)
  await call(app, 'PUT', `${m}/attendance`, { entries: [{ representativeId: ids['Lee Ka Yan'], status: 'present' }, { representativeId: ids['Chan Tai Man'], status: 'present' }] }, { 'if-match': register.etag! })
  const minutes = await call(app, 'GET', `${m}/minutes`)
  await call(app, 'PUT', `${m}/minutes`, {
    entries: [
      { agendaItemId: open.id, discussion: { en: 'Chan Tai Man said the queues reach the door. Lee Ka Yan agreed.', 'zh-Hant': 'Chan Tai Man 表示人龍排到門口。' }, decisions: { en: 'Open a second counter at lunchtime.', 'zh-Hant': '午膳時間加開櫃位。' } },
      { agendaItemId: secret.id, discussion: { en: 'The bid figures were discussed.', 'zh-Hant': '討論了投標數字。' }, decisions: { en: 'Award to the lowest bid.', 'zh-Hant': '批予最低標。' } }
    ]
  }, { 'if-match': minutes.etag! })
  const next = await must(app, 201, 'POST', `${base}/meetings`, meetingOn('2026-09-19'))
  clock.set('2026-09-19T09:00:00Z')
  await command(app, `${base}/meetings/${next.id}`, 'hold')
  await command(app, m, 'confirm-minutes', { atMeetingId: next.id })
  const published = await command(app, m, 'publish-minutes')
  if (published.status !== 200) throw new Error(published.res.body)
  return { base, groupId: base.split('/').pop()!, m, meetingId: meeting.id as string, open, secret, openPaper, secretPaper, ids }
}

/** A request with no credentials at all, as the public makes them through the gateway. */
const anonymous = async (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers })

t.test('the public record serves a published meeting without a key and shows no confidential item, no confidential minutes or paper, and no unconsented name', async (t) => {
  const { meetingId, openPaper, secretPaper, groupId } = await publishedMeeting()
  const list = await anonymous(`/v1/liaison/public/meetings?groupId=${groupId}`)
  t.equal(list.statusCode, 200)
  t.same(list.json().items.map((i: { id: string }) => i.id), [meetingId], 'only the meeting whose agenda is published (not the next one, held but unpublished)')
  const res = await anonymous(`/v1/liaison/public/meetings/${meetingId}`)
  t.equal(res.statusCode, 200)
  const record = res.json()
  t.same(record.agenda.map((i: { title: string }) => i.title), ['Lunchtime queues'], 'the public item only')
  t.equal(record.agenda[0].minutes.discussion, 'a member of the public said the queues reach the door. Lee Ka Yan agreed.', 'the unconsented name reads as the constituency; the consented one stays')
  t.same(record.agenda[0].papers.map((p: { id: string }) => p.id), [openPaper])
  t.same(record.attendance.map((a: { name: string | null; constituency: string }) => [a.constituency, a.name]).sort(), [['district_council', 'Lee Ka Yan'], ['member_of_public', null]])
  for (const secret of SECRET) t.notOk(res.body.includes(secret), `the record never shows "${secret}"`)
  t.equal(record.status, 'minutes_published')
  t.equal(record.local.startTime, '14:30')
  t.equal((await anonymous(`/v1/liaison/public/meetings/${meetingId}/papers/${secretPaper}`)).statusCode, 404, 'the confidential paper is not served')
  const file = await anonymous(`/v1/liaison/public/meetings/${meetingId}/papers/${openPaper}`)
  t.equal(file.statusCode, 200)
  t.same(file.rawPayload, pdf, 'the public paper is, from the public view of its chunks')

  const zh = (await anonymous(`/v1/liaison/public/meetings/${meetingId}?lang=zh-Hant`)).json()
  t.equal(zh.agenda[0].title, '午膳輪候')
  t.equal(zh.agenda[0].minutes.discussion, '一位市民 表示人龍排到門口。', 'in Traditional Chinese, the constituency in Chinese')
  t.equal(zh.language, 'zh-Hant')
})

t.test('the public record follows visibility and consent at once: an item made public appears, one made confidential disappears, a consent given shows the name', async (t) => {
  const { m, meetingId, open, secret, base, ids } = await publishedMeeting()
  const patch = async (itemId: string, visibility: string) => {
    const current = await call(app, 'GET', `${m}/agenda-items/${itemId}`)
    return call(app, 'PATCH', `${m}/agenda-items/${itemId}`, { visibility }, { 'if-match': current.etag! })
  }
  t.equal((await patch(secret.id, 'public')).status, 200, 'visibility changes after publication too')
  let record = (await anonymous(`/v1/liaison/public/meetings/${meetingId}`)).json()
  t.same(record.agenda.map((i: { title: string }) => i.title), ['Lunchtime queues', 'Sorting centre contract'], 'the item made public appears')
  t.equal(record.agenda[1].minutes.decisions, 'Award to the lowest bid.', 'with its minutes')
  await patch(open.id, 'confidential')
  const res = await anonymous(`/v1/liaison/public/meetings/${meetingId}`)
  record = res.json()
  t.same(record.agenda.map((i: { title: string }) => i.title), ['Sorting centre contract'], 'the item made confidential disappears')
  t.notOk(res.body.includes('queues reach the door'), 'and its minutes with it')
  const chan = await call(app, 'GET', `${base}/representatives/${ids['Chan Tai Man']}`)
  await call(app, 'PATCH', `${base}/representatives/${ids['Chan Tai Man']}`, { consentToPublishName: true }, { 'if-match': chan.etag! })
  await patch(open.id, 'public')
  const named = await anonymous(`/v1/liaison/public/meetings/${meetingId}`)
  t.ok(named.body.includes('Chan Tai Man said the queues'), 'a consent given shows the name in the minutes')
  t.ok(named.json().attendance.some((a: { name: string }) => a.name === 'Chan Tai Man'), 'and in the attendance')
})

t.test('public answers are cacheable: an ETag of their content, Cache-Control public, and a conditional GET answers 304', async (t) => {
  const { meetingId, m, open } = await publishedMeeting()
  const url = `/v1/liaison/public/meetings/${meetingId}`
  const first = await anonymous(url)
  t.match(first.headers['cache-control'], /^public, max-age=60$/)
  const etag = String(first.headers.etag)
  t.match(etag, /^"[A-Za-z0-9_-]{32}"$/)
  t.equal((await anonymous(url, { 'if-none-match': etag })).statusCode, 304)
  const current = await call(app, 'GET', `${m}/agenda-items/${open.id}`)
  await call(app, 'PATCH', `${m}/agenda-items/${open.id}`, { visibility: 'confidential' }, { 'if-match': current.etag! })
  const changed = await anonymous(url, { 'if-none-match': etag })
  t.equal(changed.statusCode, 200, 'a change is a new representation')
  t.not(changed.headers.etag, etag)
  const authenticated = await call(app, 'GET', `${m}/agenda-items/${open.id}`)
  t.equal(authenticated.res.headers['cache-control'], 'no-store', 'while authenticated answers are never kept')
  t.equal((await anonymous('/v1/liaison/public/meetings/00000000-0000-4000-8000-000000000000')).statusCode, 404)
  t.equal((await anonymous('/v1/liaison/public/meetings?lang=fr')).statusCode, 400, 'a language the record is not kept in is 400')
})

t.test('the public record\'s role reads the public views and nothing else: no privilege on any table of the liaison schema', async (t) => {
  const { meetingId } = await publishedMeeting()
  const admin = new pg.Client({ connectionString: database.url })
  await admin.connect()
  t.teardown(() => admin.end())
  const { rows } = await admin.query<{ name: string; kind: string; readable: boolean; writable: boolean }>(
    `select c.relname as name, c.relkind as kind,
            has_table_privilege('postcare_liaison_public', c.oid, 'SELECT') as readable,
            has_table_privilege('postcare_liaison_public', c.oid, 'INSERT,UPDATE,DELETE,TRUNCATE') as writable
     from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'liaison' and c.relkind in ('r', 'v', 'm', 'p')`
  )
  const tables = rows.filter((r) => r.kind === 'r')
  t.ok(tables.length >= 20, `${tables.length} tables checked`)
  t.same(tables.filter((r) => r.readable || r.writable).map((r) => r.name), [], 'no privilege on any table')
  t.same(rows.filter((r) => r.readable).map((r) => r.name).sort(), ['public_agenda_items', 'public_attendance', 'public_meetings', 'public_minutes', 'public_paper_chunks', 'public_papers'], 'SELECT on the public views only')
  t.same(rows.filter((r) => r.writable).map((r) => r.name), [], 'and nothing writable')

  const asPublic = new pg.Client({ connectionString: database.urlFor('liaison_public') })
  await asPublic.connect()
  t.teardown(() => asPublic.end())
  await t.rejects(asPublic.query('select name, email from liaison.representatives'), { code: '42501' }, 'reading a table as the role is refused')
  await t.rejects(asPublic.query('select * from liaison.meetings'), { code: '42501' })
  t.ok((await asPublic.query('select count(*)::int as n from liaison.public_meetings')).rows[0].n >= 1, 'the view answers')

  // The public routes run on the public role's own pool.
  await anonymous(`/v1/liaison/public/meetings/${meetingId}`)
  const sessions = await admin.query(`select usename from pg_stat_activity where datname = current_database() and application_name = 'postcare-liaison-public'`)
  t.ok(sessions.rows.length > 0 && sessions.rows.every((r: { usename: string }) => r.usename === 'postcare_liaison_public'), 'its connections are the read-only role\'s')
})
