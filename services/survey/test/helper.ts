import { staticDirectoryLookup } from '@postcare/platform'
import { asCaller, buildServiceTestApp, fakeFeedback as fakeFeedbackIntake, offices, testClock, type TestContext } from '@postcare/platform/testing'
import { buildApp, migrations, type SurveyDeps } from '../src/app.js'
import { loadConfig, type SurveyConfig } from '../src/config.js'
import { FeedbackCallError, type FeedbackCaseRequest, type FeedbackClient } from '../src/follow-ups/feedback-client.js'

export { offices, testClock }

export const surveyService = { name: 'survey', buildApp, loadConfig, migrations } as const

/**
 * Stands in for the feedback service (the shared fake, failing as the real client does): records
 * every call and answers the same Idempotency-Key with the same case; `state.failNext` and
 * `state.answers` make the next calls fail.
 */
export const fakeFeedback = () => fakeFeedbackIntake<FeedbackCaseRequest>(FeedbackCallError)

/**
 * Settings of the survey tests beyond the production defaults: the retry sweep is held off (an
 * hour) so that only a test's own dispatch calls the fake unless it asks for the timer, and a
 * follow-up is given up after 8 calls.
 */
export const surveyTestEnv = { SURVEY_CONTACT_HASH_KEY: 'test-contact-key', SURVEY_FOLLOW_UP_RETRY_SECONDS: '3600', SURVEY_FOLLOW_UP_MAX_ATTEMPTS: '8' }

/** The real survey app on a fresh, migrated database of its own. */
export async function buildTestApp(t: TestContext, overrides: Partial<SurveyConfig> = {}, feedback: { client: FeedbackClient } = fakeFeedback(), deps: Pick<SurveyDeps, 'now'> = {}) {
  const { app } = await buildServiceTestApp(t, surveyService, {
    env: surveyTestEnv,
    config: overrides,
    deps: { directory: staticDirectoryLookup(offices), feedback: feedback.client, ...deps }
  })
  return app
}

export type TestApp = Awaited<ReturnType<typeof buildTestApp>>

export const caller = (who = {}) => asCaller('survey', who)

export const en = (text: string) => ({ en: text, 'zh-Hant': `${text}（中文）`, ko: `${text} (한국어)` })

/** A counter survey: overall 1-7, two attributes, reuse intention 1-7, NPS 0-10, a choice and free text. */
export function counterSurvey(extra: Record<string, unknown> = {}) {
  return {
    title: en('Counter service survey'),
    languages: ['en', 'zh-Hant', 'ko'],
    targetChannels: ['counter', 'web'],
    questions: [
      { id: 'overall', type: 'rating', scale: '1-7', measures: 'overall_satisfaction', required: true, text: en('Overall, how satisfied are you?') },
      { id: 'staff', type: 'rating', scale: '1-7', measures: 'attribute_satisfaction', attribute: 'staff', importance: 2, text: en('Our staff') },
      { id: 'speed', type: 'rating', scale: '1-7', measures: 'attribute_satisfaction', attribute: 'service', importance: 1, text: en('Speed of service') },
      { id: 'reuse', type: 'rating', scale: '1-7', measures: 'intention_reuse', text: en('Would you use us again?') },
      { id: 'recommend', type: 'rating', scale: '0-10', measures: 'intention_recommend', text: en('Would you recommend us?') },
      { id: 'visit_reason', type: 'single_choice', text: en('Why did you visit?'), options: [{ value: 'mail', label: en('Mail') }, { value: 'parcel', label: en('Parcel') }] },
      { id: 'services', type: 'multiple_choice', text: en('What did you use?'), options: [{ value: 'stamps', label: en('Stamps') }, { value: 'bills', label: en('Bills') }, { value: 'parcel', label: en('Parcel') }] },
      { id: 'queue_ok', type: 'yes_no', text: en('Was the queue acceptable?') },
      { id: 'comments', type: 'free_text', maxLength: 500, text: en('Anything else?') }
    ],
    ...extra
  }
}

/** Creates, publishes and opens a survey; returns its id. */
export async function openSurvey(app: TestApp, body: Record<string, unknown> = counterSurvey()): Promise<string> {
  const headers = await caller()
  const created = await app.inject({ method: 'POST', url: '/v1/survey/surveys', headers, payload: body })
  if (created.statusCode !== 201) throw new Error(`create: ${created.statusCode} ${created.body}`)
  const id = created.json().id as string
  const published = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/publish`, headers: { ...headers, 'if-match': '"1"' } })
  if (published.statusCode !== 200) throw new Error(`publish: ${published.body}`)
  const opened = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/open`, headers: { ...headers, 'if-match': '"2"' } })
  if (opened.statusCode !== 200) throw new Error(`open: ${opened.body}`)
  return id
}

/** A counter response to counterSurvey(): every rating the same value unless overridden. */
export function counterResponse(ratings: Partial<Record<'overall' | 'staff' | 'speed' | 'reuse' | 'recommend', number>> = {}, extra: Record<string, unknown> = {}) {
  const r = { overall: 7, staff: 7, speed: 7, reuse: 7, recommend: 10, ...ratings }
  return {
    channel: 'counter',
    officeCode: 'KLN001',
    language: 'en',
    answers: Object.entries(r).map(([questionId, value]) => ({ questionId, value })),
    ...extra
  }
}

/** Imports responses in batches of 1,000 (one multi-row insert each); returns their ids. */
export async function importResponses(app: TestApp, surveyId: string, responses: Array<Record<string, unknown>>): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < responses.length; i += 1000) {
    const res = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${surveyId}/responses/import`, headers: await caller(), payload: { responses: responses.slice(i, i + 1000) } })
    if (res.statusCode !== 201) throw new Error(`import: ${res.statusCode} ${res.body}`)
    ids.push(...(res.json().ids as string[]))
  }
  return ids
}

/** Waits until `check` returns a value (the follow-up dispatch runs just after the reply). */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 3000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > until) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 20))
  }
}
