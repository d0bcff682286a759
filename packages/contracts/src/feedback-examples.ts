/**
 * Worked examples of the feedback intake bodies, published in the OpenAPI documents as each
 * schema's `examples`: real ones that pass every rule beyond the schema (a complaint that needs a
 * reply names a way to reply; an anonymous customer gives no contact details), so a vendor can send
 * them as they stand and the reliability suite builds its records from them. Plain data only.
 */

/** A complaint made at a counter, answered by e-mail. */
const complaint = {
  kind: 'complaint',
  channel: 'counter',
  officeCode: 'KLN012',
  category: 'counter_service',
  subject: 'Waited forty minutes at the counter',
  description: 'Only one of four counters was open at lunchtime and the queue reached the door. Nobody explained the delay.',
  occurredAt: '2026-11-20T04:10:00Z',
  receivedAt: '2026-11-20T05:02:00Z',
  trackingNumbers: ['RR123456785HK'],
  remedySought: 'An explanation, and more counters open at lunchtime.',
  customer: {
    anonymous: false,
    name: 'Chan Tai Man',
    email: 'tm.chan@example.org',
    phone: '+852 2921 2222',
    preferredReplyChannel: 'email',
    language: 'en',
    vulnerable: false,
    vulnerabilityConsent: false
  }
}

/** An anonymous commendation by telephone: no reply is needed, so no contact details are given. */
const commendation = {
  kind: 'commendation',
  channel: 'hotline',
  officeCode: 'KLN012',
  category: 'staff_conduct',
  subject: 'The postman carried my parcel up six floors',
  description: '郵差先生在升降機故障時仍把包裹送到六樓，非常感謝。',
  trackingNumbers: [],
  customer: { anonymous: true, language: 'zh-Hant', vulnerable: false, vulnerabilityConsent: false }
}

export const createFeedbackItemExamples = [complaint, commendation]

export const createFeedbackBatchExamples = [{ items: [complaint, commendation] }, { items: [commendation] }]
