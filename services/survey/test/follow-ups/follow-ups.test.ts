import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import t from 'tap'
import { httpFeedbackClient } from '../../src/follow-ups/feedback-client.js'
import { buildTestApp, caller, counterResponse, counterSurvey, eventually, fakeFeedback, openSurvey, testClock, type TestApp } from '../helper.js'

const withFollowUp = counterSurvey({ followUp: { questionId: 'overall', atOrBelow: 3 } })
const detractor = counterResponse({ overall: 2 }, { contact: { consentToContact: true, name: 'Chan Tai Man', phone: '+852 2921 2222' }, language: 'zh-Hant' })

async function followUpOf(app: TestApp, surveyId: string, responseId: string) {
  const res = await app.inject({ method: 'GET', url: `/v1/survey/surveys/${surveyId}/responses/${responseId}`, headers: await caller() })
  return res.json().followUp
}

t.test('a detractor with consent opens exactly one feedback case even when the submission is retried', async (t) => {
  const feedback = fakeFeedback()
  const app = await buildTestApp(t, {}, feedback)
  const id = await openSurvey(app, withFollowUp)
  const headers = { ...(await caller()), 'idempotency-key': 'kiosk-3-000042' }
  const first = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/responses`, headers, payload: detractor })
  t.equal(first.statusCode, 201, first.body)
  t.match(first.json().followUp, { status: 'pending', caseReference: null })
  const retried = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/responses`, headers, payload: detractor })
  t.equal(retried.json().id, first.json().id)
  const opened = await eventually(async () => {
    const f = await followUpOf(app, id, first.json().id)
    return f.status === 'opened' ? f : null
  })
  // A sweep after the case is open finds nothing to do.
  const sweep = await app.inject({ method: 'POST', url: '/v1/survey/follow-ups/dispatch', headers: await caller() })
  t.same(sweep.json(), { attempted: 0, opened: 0, failed: 0, gaveUp: 0 })
  t.equal(feedback.cases.size, 1)
  t.equal(feedback.calls.length, 1)
  t.match(opened, { status: 'opened', caseId: 'case-1', caseReference: 'CMP-2026-000001', attempts: 1 })
  const call = feedback.calls[0]!
  t.equal(call.key, `survey-response-${first.json().id}`)
  t.match(call.body, {
    kind: 'complaint', channel: 'counter', officeCode: 'KLN001', category: 'counter_service',
    customer: { anonymous: false, name: 'Chan Tai Man', phone: '+852 2921 2222', preferredReplyChannel: 'phone', language: 'zh-Hant' }
  })
})

t.test('a case the feedback service failed to open stays pending and the retry opens one case', async (t) => {
  const feedback = fakeFeedback()
  feedback.state.failNext = 1
  const app = await buildTestApp(t, {}, feedback)
  const id = await openSurvey(app, withFollowUp)
  const res = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/responses`, headers: await caller(), payload: detractor })
  const responseId = res.json().id
  const failed = await eventually(async () => {
    const f = await followUpOf(app, id, responseId)
    // attempts counts from the claim; the failure is recorded once the call has failed.
    return f.attempts === 1 && f.lastError !== null ? f : null
  })
  t.match(failed, { status: 'pending', caseReference: null, lastError: 'feedback intake could not be reached: fetch failed' })
  // A dispatch on request does not wait for the back-off.
  const sweep = await app.inject({ method: 'POST', url: '/v1/survey/follow-ups/dispatch', headers: await caller() })
  t.same(sweep.json(), { attempted: 1, opened: 1, failed: 0, gaveUp: 0 })
  t.match(await followUpOf(app, id, responseId), { status: 'opened', caseReference: 'CMP-2026-000001', attempts: 2, nextAttemptAt: null, lastError: null })
  t.equal(feedback.cases.size, 1)
  t.same(feedback.calls.map((c) => c.key), [`survey-response-${responseId}`, `survey-response-${responseId}`], 'both attempts used the same Idempotency-Key')
})

t.test('a low score without consent, or a good score with it, opens no case', async (t) => {
  const feedback = fakeFeedback()
  const app = await buildTestApp(t, {}, feedback)
  const id = await openSurvey(app, withFollowUp)
  const anonymous = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/responses`, headers: await caller(), payload: counterResponse({ overall: 1 }) })
  const happy = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/responses`, headers: await caller(), payload: { ...detractor, answers: [{ questionId: 'overall', value: 6 }] } })
  t.equal(anonymous.json().followUp, null)
  t.equal(happy.json().followUp, null)
  const sweep = await app.inject({ method: 'POST', url: '/v1/survey/follow-ups/dispatch', headers: await caller() })
  t.same(sweep.json(), { attempted: 0, opened: 0, failed: 0, gaveUp: 0 })
  t.equal(feedback.calls.length, 0)
})

t.test('consent to be contacted without a phone or e-mail is 422 naming contact', async (t) => {
  const app = await buildTestApp(t)
  const id = await openSurvey(app, withFollowUp)
  const res = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/responses`, headers: await caller(), payload: { ...detractor, contact: { consentToContact: true, name: 'Chan' } } })
  t.equal(res.statusCode, 422)
  t.same(res.json().errors, [{ field: 'body/contact', message: 'consent to be contacted needs a phone number or an e-mail address' }])
})

const dispatch = async (app: TestApp) => (await app.inject({ method: 'POST', url: '/v1/survey/follow-ups/dispatch', headers: await caller() })).json()

/** Submits the detractor and waits for the call made right after the reply. */
async function submitAndWaitForFirstCall(app: TestApp, surveyId: string) {
  const res = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${surveyId}/responses`, headers: await caller(), payload: detractor })
  const responseId = res.json().id as string
  const first = await eventually(async () => {
    const f = await followUpOf(app, surveyId, responseId)
    return f.attempts === 1 && f.lastError !== null ? f : null
  })
  return { responseId, first }
}

t.test('the timer retries a failed follow-up only once its back-off has passed, and the back-off doubles', async (t) => {
  const feedback = fakeFeedback()
  feedback.state.failNext = 2
  const clock = testClock()
  const start = clock.at.getTime()
  const app = await buildTestApp(t, { followUpRetrySeconds: 1 }, feedback, { now: clock.now })
  const id = await openSurvey(app, withFollowUp)
  const { responseId, first } = await submitAndWaitForFirstCall(app, id)
  t.match(first, { status: 'pending', nextAttemptAt: new Date(start + 60_000).toISOString() }, 'first failure: one minute')
  // The timer fires every second; the clock has not reached the back-off, so it must not call.
  await new Promise((r) => setTimeout(r, 1600))
  t.equal(feedback.calls.length, 1, 'no call before the back-off has passed')

  clock.advance(61_000)
  const second = await eventually(async () => {
    const f = await followUpOf(app, id, responseId)
    return f.attempts === 2 && f.nextAttemptAt !== first.nextAttemptAt ? f : null
  })
  t.match(second, { status: 'pending', nextAttemptAt: new Date(start + 61_000 + 120_000).toISOString() }, 'second failure: two minutes')

  clock.advance(121_000)
  const opened = await eventually(async () => {
    const f = await followUpOf(app, id, responseId)
    return f.status === 'opened' ? f : null
  })
  t.match(opened, { attempts: 3, caseReference: 'CMP-2026-000001', nextAttemptAt: null, lastError: null })
  t.equal(feedback.cases.size, 1)
})

t.test('a follow-up is failed for good after SURVEY_FOLLOW_UP_MAX_ATTEMPTS calls', async (t) => {
  const feedback = fakeFeedback()
  feedback.state.failNext = 100
  const app = await buildTestApp(t, { followUpMaxAttempts: 3 }, feedback)
  const id = await openSurvey(app, withFollowUp)
  const { responseId } = await submitAndWaitForFirstCall(app, id)
  t.same(await dispatch(app), { attempted: 1, opened: 0, failed: 1, gaveUp: 0 }, 'second attempt')
  t.match(await followUpOf(app, id, responseId), { status: 'pending', attempts: 2 })
  t.same(await dispatch(app), { attempted: 1, opened: 0, failed: 1, gaveUp: 0 }, 'third attempt')
  t.match(await followUpOf(app, id, responseId), {
    status: 'failed', attempts: 3, nextAttemptAt: null, caseReference: null,
    lastError: 'gave up after 3 attempts; last: feedback intake could not be reached: fetch failed'
  })
  t.same(await dispatch(app), { attempted: 0, opened: 0, failed: 0, gaveUp: 0 }, 'nothing more is tried')
  t.equal(feedback.calls.length, 3)
})

t.test('a permanent refusal from the feedback service fails the follow-up at once, naming the status and code only', async (t) => {
  const feedback = fakeFeedback()
  feedback.state.answers.push({ status: 422, code: 'VALIDATION_FAILED' })
  const app = await buildTestApp(t, {}, feedback)
  const id = await openSurvey(app, withFollowUp)
  const { responseId, first } = await submitAndWaitForFirstCall(app, id)
  t.match(first, { status: 'failed', attempts: 1, nextAttemptAt: null, lastError: 'refused: feedback intake answered 422 VALIDATION_FAILED' })
  t.same(await dispatch(app), { attempted: 0, opened: 0, failed: 0, gaveUp: 0 }, 'a refused follow-up is not retried')
  t.match(await followUpOf(app, id, responseId), { status: 'failed' })
  t.equal(feedback.calls.length, 1)
})

t.test('408, 409, 429, 5xx and the service key\'s own 401 and 403 are retried, not failed', async (t) => {
  const feedback = fakeFeedback()
  const app = await buildTestApp(t, {}, feedback)
  const id = await openSurvey(app, withFollowUp)
  for (const status of [401, 403, 408, 409, 429, 500, 503]) {
    feedback.state.answers.push({ status })
    const { first } = await submitAndWaitForFirstCall(app, id)
    t.match(first, { status: 'pending', attempts: 1, lastError: `feedback intake answered ${status}` }, `${status} stays pending`)
  }
  t.same(await dispatch(app), { attempted: 7, opened: 7, failed: 0, gaveUp: 0 }, 'each opens on the next try')
})

t.test('a follow-up not opened within SURVEY_FOLLOW_UP_GIVE_UP_HOURS is failed without another call', async (t) => {
  const feedback = fakeFeedback()
  feedback.state.failNext = 1
  const clock = testClock()
  const app = await buildTestApp(t, { followUpGiveUpHours: 20 }, feedback, { now: clock.now })
  const id = await openSurvey(app, withFollowUp)
  const { responseId } = await submitAndWaitForFirstCall(app, id)
  clock.advance(19 * 3_600_000)
  feedback.state.failNext = 1
  t.same(await dispatch(app), { attempted: 1, opened: 0, failed: 1, gaveUp: 0 }, 'still retried after 19 hours')
  // A minute over: the response was recorded (by the database clock) a moment after the test clock started.
  clock.advance(3_600_000 + 60_000)
  t.same(await dispatch(app), { attempted: 0, opened: 0, failed: 0, gaveUp: 1 }, 'given up after 20 hours')
  t.match(await followUpOf(app, id, responseId), {
    status: 'failed', attempts: 2, caseReference: null, lastError: 'not opened within 20 hours of the response; a later call could open a second case'
  })
  t.equal(feedback.calls.length, 2, 'no call after the give-up time')
})

t.test('the reason recorded for a refusal by the real HTTP client holds no text of the answer', async (t) => {
  // The intake quotes the contact back in its problem detail, as a validation error might.
  const server = createServer((_req, res) => {
    res.writeHead(422, { 'content-type': 'application/problem+json' })
    res.end(JSON.stringify({ status: 422, code: 'VALIDATION_FAILED', detail: 'body/customer/phone: +852 2921 2222 is not valid for Chan Tai Man' }))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  t.teardown(() => new Promise<void>((r) => server.close(() => r())))
  const client = httpFeedbackClient({ gatewayUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, apiKey: 'survey-test-key-0001' })
  const app = await buildTestApp(t, {}, { client })
  const id = await openSurvey(app, withFollowUp)
  const { first } = await submitAndWaitForFirstCall(app, id)
  t.match(first, { status: 'failed', lastError: 'refused: feedback intake answered 422 VALIDATION_FAILED' })
  t.notMatch(first.lastError, /2921|Chan/, 'no personal data in the reason')
})
