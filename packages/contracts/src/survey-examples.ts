/**
 * Worked examples of the survey request bodies, published in the OpenAPI documents as each
 * schema's `examples`. They are real: the first survey passes every rule a definition must follow
 * (texts in each listed language, rating questions with scales, the follow-up rule on a rating
 * question below its top) and each response example answers it, so a vendor can send them as they
 * stand, and the reliability suite builds its records from them. Plain data only: schemas stay in
 * survey.ts.
 */

const overall = {
  id: 'overall',
  type: 'rating',
  text: { en: 'Overall, how satisfied are you with our service today?', 'zh-Hant': '整體而言，您對我們今天的服務有多滿意？' },
  required: true,
  scale: '1-5',
  measures: 'overall_satisfaction'
}

/** A counter-satisfaction survey in English and Traditional Chinese: one question of each type and each measure. */
const counterSurvey = {
  title: { en: 'Counter service satisfaction 2026/27', 'zh-Hant': '2026/27 年度櫃位服務滿意度調查' },
  description: { en: 'A few questions about your visit to the post office today.', 'zh-Hant': '關於您今天到訪郵政局的幾個問題。' },
  languages: ['en', 'zh-Hant'],
  questions: [
    overall,
    {
      id: 'counter_speed',
      type: 'rating',
      text: { en: 'How satisfied are you with how quickly you were served?', 'zh-Hant': '您對服務的速度有多滿意？' },
      required: false,
      scale: '1-5',
      measures: 'attribute_satisfaction',
      attribute: 'service',
      importance: 2
    },
    {
      id: 'staff_courtesy',
      type: 'rating',
      text: { en: 'How satisfied are you with the courtesy of our staff?', 'zh-Hant': '您對職員的禮貌有多滿意？' },
      required: false,
      scale: '1-5',
      measures: 'attribute_satisfaction',
      attribute: 'staff',
      importance: 1
    },
    {
      id: 'counter_channel',
      type: 'rating',
      text: { en: 'How satisfied are you with our counter service in general?', 'zh-Hant': '您對我們的櫃位服務整體有多滿意？' },
      required: false,
      scale: '1-5',
      measures: 'channel_satisfaction',
      channel: 'counter'
    },
    {
      id: 'expectation',
      type: 'rating',
      text: { en: 'How well did the service meet your expectations?', 'zh-Hant': '服務在多大程度上符合您的期望？' },
      required: false,
      scale: '1-10',
      measures: 'expectation_confirmation'
    },
    {
      id: 'ideal',
      type: 'rating',
      text: { en: 'How close was the service to an ideal post office?', 'zh-Hant': '服務與理想中的郵政局有多接近？' },
      required: false,
      scale: '1-10',
      measures: 'ideal_comparison'
    },
    {
      id: 'reuse',
      type: 'rating',
      text: { en: 'How likely are you to use our counters again?', 'zh-Hant': '您再次使用我們櫃位服務的可能性有多大？' },
      required: false,
      scale: '1-5',
      measures: 'intention_reuse'
    },
    {
      id: 'recommend',
      type: 'rating',
      text: { en: 'How likely are you to recommend us to a friend?', 'zh-Hant': '您向朋友推薦我們的可能性有多大？' },
      required: false,
      scale: '0-10',
      measures: 'intention_recommend'
    },
    {
      id: 'visit_purpose',
      type: 'single_choice',
      text: { en: 'What did you come in for?', 'zh-Hant': '您今天到訪的目的是甚麼？' },
      required: false,
      options: [
        { value: 'letters', label: { en: 'Letters', 'zh-Hant': '信件' } },
        { value: 'parcels', label: { en: 'Parcels', 'zh-Hant': '包裹' } },
        { value: 'payments', label: { en: 'Bill payments', 'zh-Hant': '繳費' } },
        { value: 'other', label: { en: 'Something else', 'zh-Hant': '其他' } }
      ]
    },
    {
      id: 'extras',
      type: 'multiple_choice',
      text: { en: 'Did you also buy any of these?', 'zh-Hant': '您有否同時購買以下物品？' },
      required: false,
      options: [
        { value: 'stamps', label: { en: 'Stamps', 'zh-Hant': '郵票' } },
        { value: 'packaging', label: { en: 'Packaging', 'zh-Hant': '包裝物料' } },
        { value: 'philately', label: { en: 'Philatelic products', 'zh-Hant': '集郵產品' } }
      ]
    },
    {
      id: 'returning',
      type: 'yes_no',
      text: { en: 'Have you used this office before?', 'zh-Hant': '您以前曾使用這間郵政局嗎？' },
      required: false
    },
    {
      id: 'comments',
      type: 'free_text',
      text: { en: 'Anything else you would like to tell us?', 'zh-Hant': '您還有其他意見嗎？' },
      required: false,
      maxLength: 2000
    }
  ],
  followUp: { questionId: 'overall', atOrBelow: 2, category: 'counter_service' },
  segmentShares: { general_public: 0.7, business_customer: 0.2, philatelist: 0.05, club_member: 0.05 },
  minSampleSize: 30,
  equityThreshold: 0.8
}

/** A short hotline survey in three languages, open for one financial year through three channels. */
const hotlineSurvey = {
  title: { en: 'Hotline follow-up survey', 'zh-Hant': '熱線服務跟進調查', ko: '상담 전화 후속 설문' },
  languages: ['en', 'zh-Hant', 'ko'],
  questions: [
    { ...overall, text: { ...overall.text, ko: '오늘 저희 서비스에 전반적으로 얼마나 만족하셨습니까?' } },
    {
      id: 'recommend',
      type: 'rating',
      text: { en: 'How likely are you to recommend us to a friend?', 'zh-Hant': '您向朋友推薦我們的可能性有多大？', ko: '친구에게 저희를 추천하실 가능성은 얼마나 됩니까?' },
      required: false,
      scale: '0-10',
      measures: 'intention_recommend'
    },
    {
      id: 'comments',
      type: 'free_text',
      text: { en: 'Anything else you would like to tell us?', 'zh-Hant': '您還有其他意見嗎？', ko: '더 하고 싶은 말씀이 있으십니까?' },
      required: false
    }
  ],
  targetChannels: ['hotline', 'web', 'mobile'],
  opensOn: '2026-04-01',
  closesOn: '2027-03-31'
}

export const createSurveyExamples = [counterSurvey, hotlineSurvey]

export const updateSurveyExamples = [
  { closesOn: '2027-03-31', minSampleSize: 50 },
  { equityThreshold: 0.85, segmentShares: { general_public: 0.6, business_customer: 0.3, philatelist: 0.05, club_member: 0.05 } }
]

/** Responses to the counter survey (the first example of CreateSurvey). */
const happyVisit = {
  channel: 'counter',
  officeCode: 'KLN012',
  segment: 'general_public',
  language: 'en',
  respondedAt: '2026-11-23T08:30:00Z',
  answers: [
    { questionId: 'overall', value: 5 },
    { questionId: 'counter_speed', value: 4 },
    { questionId: 'staff_courtesy', value: 5 },
    { questionId: 'counter_channel', value: 5 },
    { questionId: 'expectation', value: 9 },
    { questionId: 'ideal', value: 8 },
    { questionId: 'reuse', value: 5 },
    { questionId: 'recommend', value: 9 },
    { questionId: 'visit_purpose', value: 'parcels' },
    { questionId: 'extras', value: ['stamps', 'packaging'] },
    { questionId: 'returning', value: true },
    { questionId: 'comments', value: 'Quick and friendly, thank you.' }
  ]
}

/** A low score (as keyed in from a paper form, without contact details). */
const unhappyAnswers = {
  channel: 'counter',
  officeCode: 'KLN012',
  segment: 'business_customer',
  language: 'zh-Hant',
  respondedAt: '2026-11-23T09:05:00Z',
  answers: [
    { questionId: 'overall', value: 2 },
    { questionId: 'counter_speed', value: 1 },
    { questionId: 'recommend', value: 3 },
    { questionId: 'visit_purpose', value: 'payments' },
    { questionId: 'returning', value: false },
    { questionId: 'comments', value: '等候時間太長。' }
  ]
}

/** The same low score from a respondent who agreed to be contacted: with the survey's rule, it opens a case. */
const unhappyVisit = { ...unhappyAnswers, contact: { consentToContact: true, name: 'Chan Tai Man', phone: '+852 2921 2222' } }

export const submitSurveyResponseExamples = [happyVisit, unhappyVisit]

/** Fieldwork keyed in afterwards: answers from paper forms, with and without an office. */
export const importSurveyResponsesExamples = [
  {
    responses: [
      { ...happyVisit, respondedAt: '2026-11-20T02:15:00Z' },
      { channel: 'letter', language: 'zh-Hant', respondedAt: '2026-11-21T06:40:00Z', answers: [{ questionId: 'overall', value: 4 }, { questionId: 'returning', value: true }] }
    ]
  },
  { responses: [{ ...unhappyAnswers, respondedAt: '2026-11-22T03:00:00Z' }] }
]

/** An invitation by e-mail after a counter visit, and one by SMS; the contact is kept only as a keyed hash. */
export const createSurveyInvitationExamples = [
  { channel: 'counter', officeCode: 'KLN012', contact: 'tm.chan@example.org' },
  { channel: 'mobile', contact: '+852 9123 4567' }
]
