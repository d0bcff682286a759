import t from 'tap'
import { buildTestApp, caller, counterResponse, openSurvey } from '../helper.js'

const invite = (surveyId: string) => `/v1/survey/surveys/${surveyId}/invitations`

t.test('an invitation token answers once and is refused the second time', async (t) => {
  const app = await buildTestApp(t)
  const id = await openSurvey(app)
  const created = await app.inject({ method: 'POST', url: invite(id), headers: await caller(), payload: { channel: 'counter', officeCode: 'KLN001', contact: 'chan.taiman@example.com' } })
  t.equal(created.statusCode, 201, created.body)
  const token = created.json().token as string
  t.ok(token.length >= 40)
  const first = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/responses`, headers: await caller(), payload: counterResponse({}, { invitationToken: token }) })
  t.equal(first.statusCode, 201, first.body)
  const second = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/responses`, headers: await caller(), payload: counterResponse({}, { invitationToken: token }) })
  t.equal(second.statusCode, 422)
  t.equal(second.json().code, 'SURVEY_INVALID_INVITATION')
  const read = await app.inject({ method: 'GET', url: created.headers.location as string, headers: await caller() })
  t.equal(read.json().token, null, 'the token is shown only once')
  t.ok(read.json().usedAt)
})

/** An answer with its values replaced by their types, for comparing the shapes of two answers. */
const shape = (res: { statusCode: number; headers: Record<string, unknown>; json: () => Record<string, unknown> }) => ({
  status: res.statusCode,
  headers: Object.keys(res.headers).filter((h) => !['date', 'x-request-id', 'location', 'content-length'].includes(h)).sort(),
  body: Object.fromEntries(Object.entries(res.json()).map(([k, v]) => [k, v === null ? null : typeof v]))
})

t.test('a person asked within the re-contact period gets the same answer as anyone, but is never asked: the token is refused like an expired one', async (t) => {
  const app = await buildTestApp(t, { recontactDays: 90 })
  const first = await openSurvey(app)
  const second = await openSurvey(app)
  const a = await app.inject({ method: 'POST', url: invite(first), headers: await caller(), payload: { channel: 'counter', contact: '+852 2921 2222' } })
  t.equal(a.statusCode, 201, a.body)
  // The same person, written another way, and someone never asked: side by side.
  const again = await app.inject({ method: 'POST', url: invite(second), headers: await caller(), payload: { channel: 'counter', contact: '+852-2921-2222' } })
  const stranger = await app.inject({ method: 'POST', url: invite(second), headers: await caller(), payload: { channel: 'counter', contact: '+852 3111 4444' } })
  t.same(shape(again), shape(stranger), 'the two answers cannot be told apart')
  t.equal(Date.parse(again.json().expiresAt) - Date.parse(again.json().createdAt), Date.parse(stranger.json().expiresAt) - Date.parse(stranger.json().createdAt), 'same validity')
  const readAgain = await app.inject({ method: 'GET', url: again.headers.location as string, headers: await caller() })
  const readStranger = await app.inject({ method: 'GET', url: stranger.headers.location as string, headers: await caller() })
  t.same(shape(readAgain), shape(readStranger), 'nor can the two invitations when read back')

  // The suppressed token is refused exactly as an expired one is; the other is accepted.
  const expired = await app.inject({ method: 'POST', url: invite(second), headers: await caller(), payload: { channel: 'counter', contact: 'expired@example.com' } })
  await app.db.updateTable('invitations').set({ expiresAt: new Date(Date.now() - 1000) }).where('id', '=', expired.json().id).execute()
  const answer = async (token: string) => app.inject({ method: 'POST', url: `/v1/survey/surveys/${second}/responses`, headers: await caller(), payload: counterResponse({}, { invitationToken: token }) })
  const refusedSuppressed = await answer(again.json().token)
  const refusedExpired = await answer(expired.json().token)
  t.equal(refusedSuppressed.statusCode, 422)
  t.same([refusedSuppressed.statusCode, { ...refusedSuppressed.json(), requestId: '' }], [refusedExpired.statusCode, { ...refusedExpired.json(), requestId: '' }], 'refused with the same problem')
  t.equal((await answer(stranger.json().token)).statusCode, 201, 'the other invitation works')
  const stored = await app.db.selectFrom('invitations').select(['contactHash', 'suppressed']).orderBy('createdAt').execute()
  t.same(stored.map((s) => s.suppressed), [false, true, false, false], 'only the repeat was suppressed')
  t.notMatch(JSON.stringify(stored), /2921/, 'the contact itself is not stored')
})

t.test('suppressed invitations do not push the re-contact period on: the next real one counts from the last one sent', async (t) => {
  const app = await buildTestApp(t, { recontactDays: 90 })
  const id = await openSurvey(app)
  await app.inject({ method: 'POST', url: invite(id), headers: await caller(), payload: { channel: 'counter', contact: 'chan@example.com' } })
  await app.db.updateTable('invitations').set({ createdAt: new Date(Date.now() - 100 * 86_400_000) }).execute()
  const repeat = await app.inject({ method: 'POST', url: invite(id), headers: await caller(), payload: { channel: 'counter', contact: 'chan@example.com' } })
  t.equal(repeat.statusCode, 201)
  const rows = await app.db.selectFrom('invitations').select('suppressed').orderBy('createdAt').execute()
  t.same(rows.map((r) => r.suppressed), [false, false], '100 days later the person may be asked again')
})

t.test('with a re-contact period of zero days the same person may be invited again', async (t) => {
  const app = await buildTestApp(t, { recontactDays: 0 })
  const id = await openSurvey(app)
  for (let i = 0; i < 2; i++) {
    const res = await app.inject({ method: 'POST', url: invite(id), headers: await caller(), payload: { channel: 'counter', contact: 'Chan@Example.com' } })
    t.equal(res.statusCode, 201, res.body)
  }
})

t.test('a counter terminal reads its own office\'s invitations only: another office\'s is 404', async (t) => {
  const app = await buildTestApp(t)
  const id = await openSurvey(app)
  const created = await app.inject({ method: 'POST', url: invite(id), headers: await caller(), payload: { channel: 'counter', officeCode: 'KLN001', contact: 'lee.siuming@example.com' } })
  t.equal(created.statusCode, 201, created.body)
  const location = created.headers.location as string
  const other = await app.inject({ method: 'GET', url: location, headers: await caller({ office: 'NTR001', scopes: ['survey:read'] }) })
  t.equal(other.statusCode, 404)
  t.equal(other.json().code, 'SURVEY_INVITATION_NOT_FOUND')
  const own = await app.inject({ method: 'GET', url: location, headers: await caller({ office: 'KLN001', scopes: ['survey:read'] }) })
  t.equal(own.statusCode, 200)
})
