/**
 * Creates with an Idempotency-Key (a fresh one per request) through the gateway, for feedback
 * items and survey responses, against the bare INSERT baseline: Fastify + pg inserting the
 * same body as one row. What the service adds is validation, the office lookup (cached), the
 * idempotency claim and stored response, the reference number, the rollups, the audit trail.
 */
import type { Group, Member } from '../lib/harness.js'
import type { Context } from './context.js'

/** The service publishes this operation (its routes may still be under construction). */
export async function hasOperation(origin: string, operationId: string): Promise<boolean> {
  try {
    const res = await fetch(`${origin}/openapi.json`)
    if (!res.ok) return false
    const doc = (await res.json()) as { paths?: Record<string, Record<string, { operationId?: string }>> }
    return Object.values(doc.paths ?? {}).some((ops) => Object.values(ops).some((op) => op?.operationId === operationId))
  } catch {
    return false
  }
}

export function feedbackBody(officeCode: string, i: number): Record<string, unknown> {
  const kinds = ['complaint', 'commendation', 'suggestion'] as const
  return {
    kind: kinds[i % 3],
    channel: ['counter', 'hotline', 'web', 'email'][i % 4],
    officeCode,
    category: ['delay', 'loss', 'counter_service', 'staff_conduct'][i % 4],
    subject: 'Registered letter arrived a week late',
    description: 'The registered letter posted at the counter on Monday was delivered eight days later; the tracking page showed no movement for five days.',
    trackingNumbers: [`RR${String(100000000 + i).slice(0, 9)}HK`],
    customer: { name: 'Chan Tai Man', email: 'chan.taiman@example.com', phone: '+852 2921 2222', preferredReplyChannel: 'email', language: 'en' }
  }
}

export const benchSurvey = {
  title: { en: 'Counter satisfaction' },
  languages: ['en'],
  questions: [
    { id: 'overall', type: 'rating', text: { en: 'Overall, how satisfied are you?' }, required: true, scale: '1-7', measures: 'overall_satisfaction' },
    { id: 'counter', type: 'rating', text: { en: 'How satisfied are you with the counter service?' }, scale: '1-7', measures: 'channel_satisfaction', channel: 'counter' },
    { id: 'staff', type: 'rating', text: { en: 'How satisfied are you with our staff?' }, scale: '1-7', measures: 'attribute_satisfaction', attribute: 'staff' },
    { id: 'reuse', type: 'rating', text: { en: 'Would you use this office again?' }, scale: '1-7', measures: 'intention_reuse' },
    { id: 'recommend', type: 'rating', text: { en: 'How likely are you to recommend us?' }, scale: '0-10', measures: 'intention_recommend' }
  ]
}

export function surveyResponseBody(officeCode: string, i: number): Record<string, unknown> {
  return {
    channel: 'counter',
    officeCode,
    segment: ['general_public', 'business_customer', 'philatelist', 'club_member'][i % 4],
    language: 'en',
    answers: [
      { questionId: 'overall', value: 1 + (i % 7) },
      { questionId: 'counter', value: 1 + ((i * 3) % 7) },
      { questionId: 'staff', value: 1 + ((i * 5) % 7) },
      { questionId: 'reuse', value: 1 + ((i * 2) % 7) },
      { questionId: 'recommend', value: i % 11 }
    ]
  }
}

/** Creates, publishes and opens a survey through the gateway; returns its id. */
export async function openSurvey(ctx: Context): Promise<string> {
  const base = `${ctx.system.gateway.origin}/v1/survey/surveys`
  const headers = { ...ctx.viaGateway(), 'content-type': 'application/json' }
  const created = await fetch(base, { method: 'POST', headers, body: JSON.stringify(benchSurvey) })
  if (created.status !== 201) throw new Error(`creating the bench survey: ${created.status} ${await created.text()}`)
  const survey = (await created.json()) as { id: string; version: number }
  let version = survey.version
  for (const verb of ['publish', 'open']) {
    const res = await fetch(`${base}/${survey.id}/${verb}`, { method: 'POST', headers: { ...ctx.viaGateway(), 'if-match': `"${version}"` } })
    if (!res.ok) throw new Error(`${verb} the bench survey: ${res.status} ${await res.text()}`)
    version = ((await res.json()) as { version: number }).version
  }
  return survey.id
}

/**
 * A key as an intake system holds one: it may submit and read, but not see personal data (so no
 * read of it is audited), as counter terminals and web forms are set up.
 */
export async function intakeKey(ctx: Context): Promise<Record<string, string>> {
  const res = await fetch(`${ctx.system.gateway.origin}/v1/gateway/api-keys`, {
    method: 'POST',
    headers: { ...ctx.viaGateway(), 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench intake', scopes: ['feedback:read', 'feedback:write', 'survey:read', 'survey:write'] })
  })
  if (res.status !== 201) throw new Error(`issuing the intake key: ${res.status} ${await res.text()}`)
  const issued = (await res.json()) as { secret: string }
  return { 'x-api-key': issued.secret }
}

export async function intakeGroups(ctx: Context): Promise<{ groups: Group[]; skipped: string[] }> {
  const { system } = ctx
  const intake = await intakeKey(ctx)
  const skipped: string[] = []
  const { rows } = await ctx.admin.query<{ code: string }>('select code from directory.offices order by code limit 50')
  const offices = rows.map((r) => r.code)
  const insert = await system.startBaseline('insert')
  const members: Member[] = []
  const comparisons: Group['comparisons'] = []
  const extra: Group[] = []
  const feedback = system.services.get('feedback')
  const survey = system.services.get('survey')

  const feedbackBodies = Array.from({ length: 200 }, (_, i) => JSON.stringify(feedbackBody(offices[i % offices.length]!, i)))
  members.push({
    key: 'insert',
    label: 'baseline: bare Fastify + pg, one INSERT of the body',
    spec: async () => ({ origin: insert.origin, method: 'POST', paths: ['/rows'], headers: {}, bodies: feedbackBodies }),
    pids: () => [insert.pid]
  })
  if (feedback && (await hasOperation(feedback.origin, 'createFeedbackItem'))) {
    members.push({
      key: 'feedback',
      label: 'create feedback item through the gateway, Idempotency-Key',
      spec: async () => ({ origin: system.gateway.origin, method: 'POST', paths: ['/v1/feedback/items'], headers: intake, bodies: feedbackBodies, idempotencyKeys: true }),
      pids: () => [system.gateway.pid, feedback.pid]
    })
    comparisons.push({ key: 'create-feedback', label: 'Create feedback item (gateway, idempotent) ÷ bare INSERT', scenario: 'feedback', baseline: 'insert', metric: 'throughput', goal: { op: '>=', value: 0.5, text: '≥ 0.5x' } })
    // The same create by a caller allowed to see personal data: its answer is audited, and
    // that audit write asks the pool for a second connection inside the create's transaction.
    // One round only: when it fails it fails by 3 s pool timeouts, which would spill into the
    // slots around it.
    extra.push({
      key: 'create-pd',
      label: 'Create as a caller with personal-data:read, 20 connections (one round)',
      connections: 20,
      rounds: 1,
      members: [
        members[0]!,
        {
          key: 'feedback-pd',
          label: 'create feedback item as a caller with personal-data:read (audited read)',
          spec: async () => ({ origin: system.gateway.origin, method: 'POST', paths: ['/v1/feedback/items'], headers: ctx.viaGateway(), bodies: feedbackBodies, idempotencyKeys: true }),
          pids: () => [system.gateway.pid, feedback.pid]
        }
      ],
      comparisons: [{ key: 'create-feedback-pd', label: 'Create feedback item as a personal-data caller ÷ bare INSERT', scenario: 'feedback-pd', baseline: 'insert', metric: 'throughput' }]
    })
  } else skipped.push('feedback intake: skipped: the feedback service does not publish createFeedbackItem yet')

  if (survey && (await hasOperation(survey.origin, 'submitSurveyResponse'))) {
    const surveyId = await openSurvey(ctx)
    const bodies = Array.from({ length: 200 }, (_, i) => JSON.stringify(surveyResponseBody(offices[i % offices.length]!, i)))
    members.push({
      key: 'survey',
      label: 'submit survey response through the gateway, Idempotency-Key',
      spec: async () => ({ origin: system.gateway.origin, method: 'POST', paths: [`/v1/survey/surveys/${surveyId}/responses`], headers: intake, bodies, idempotencyKeys: true }),
      pids: () => [system.gateway.pid, survey.pid]
    })
    comparisons.push({ key: 'create-survey-response', label: 'Submit survey response (gateway, idempotent) ÷ bare INSERT', scenario: 'survey', baseline: 'insert', metric: 'throughput', goal: { op: '>=', value: 0.5, text: '≥ 0.5x' } })
  } else skipped.push('survey intake: skipped: the survey service does not publish submitSurveyResponse yet')

  if (members.length === 1) return { groups: [], skipped }
  return { groups: [{ key: 'create', label: 'Creates, 20 connections', connections: 20, members, comparisons }, ...extra], skipped }
}
