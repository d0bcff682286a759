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

t.test('the same person is not invited again within the re-contact period, however the contact is written', async (t) => {
  const app = await buildTestApp(t, { recontactDays: 90 })
  const first = await openSurvey(app)
  const second = await openSurvey(app)
  const a = await app.inject({ method: 'POST', url: invite(first), headers: await caller(), payload: { channel: 'counter', contact: '+852 2921 2222' } })
  t.equal(a.statusCode, 201, a.body)
  const b = await app.inject({ method: 'POST', url: invite(second), headers: await caller(), payload: { channel: 'web', contact: '+852-2921-2222' } })
  t.equal(b.statusCode, 409)
  t.equal(b.json().code, 'SURVEY_RECONTACT_TOO_SOON')
  const stored = await app.db.selectFrom('invitations').select('contactHash').execute()
  t.notMatch(JSON.stringify(stored), /2921/, 'the contact itself is not stored')
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
