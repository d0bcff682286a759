/**
 * Worked examples of the liaison request bodies, published as each schema's `examples`: real ones
 * that pass every rule beyond the schema (a Customer Liaison Group names its districts, the
 * Philately Liaison Group none; an official names a staff member and no name; a member speaks for a
 * constituency both example groups have seats for, and a District Council observer needs none; a
 * meeting ends after it starts, in a future where contributions are still open), so a vendor can send them as they
 * stand and the reliability suite builds its records from them. Ids of representatives are the
 * caller's to fill in. Plain data only.
 */

const representativeId = '0b5b2f5c-7f0e-4d55-9a51-1f2d3c4b5a69'

export const createLiaisonGroupExamples = [
  {
    name: { en: 'Kowloon Customer Liaison Group', 'zh-Hant': '九龍區客戶聯絡小組' },
    type: 'customer_liaison',
    districtCodes: ['KLN'],
    termsOfReference: {
      en: 'To exchange views with customers on postal products and services in Kowloon, and to follow up the actions agreed.',
      'zh-Hant': '就九龍區的郵政產品及服務與客戶交流意見，並跟進議定的行動。'
    },
    termsOfReferenceReviewOn: '2027-03-31',
    seats: [
      { constituency: 'district_council', count: 2 },
      { constituency: 'account_customer', count: 2 },
      { constituency: 'member_of_public', count: 2 },
      { constituency: 'business_association', count: 1 }
    ],
    quorum: { basis: 'fraction', numerator: 1, denominator: 2, officialsCount: false, minimumPerConstituency: [{ constituency: 'district_council', count: 1 }] },
    meetingsPerYear: 4,
    minutesConfirmation: 'next_meeting',
    objectionWindowDays: 14,
    agendaCutoffDays: 7
  },
  {
    name: { en: 'Philately Liaison Group', 'zh-Hant': '集郵聯絡小組' },
    type: 'philately_liaison',
    districtCodes: [],
    termsOfReference: { en: 'To advise on stamp issues, philatelic products and services.', 'zh-Hant': '就郵票發行、集郵產品及服務提供意見。' },
    termsOfReferenceReviewOn: '2027-06-30',
    seats: [
      { constituency: 'philatelist', count: 6 },
      { constituency: 'business_association', count: 2 }
    ],
    quorum: { basis: 'count', count: 4, officialsCount: true, minimumPerConstituency: [] },
    meetingsPerYear: 3,
    minutesConfirmation: 'circulation',
    objectionWindowDays: 10,
    agendaCutoffDays: 14
  }
]

export const updateLiaisonGroupExamples = [{ meetingsPerYear: 6 }, { termsOfReferenceReviewOn: '2028-03-31', agendaCutoffDays: 10 }]

export const createRepresentativeExamples = [
  {
    constituency: 'business_association',
    position: 'member',
    name: 'Lee Ka Yan',
    organisation: 'Kowloon City Business Association',
    email: 'ky.lee@example.org',
    phone: '+852 2711 0000',
    language: 'zh-Hant',
    termStart: '2026-01-01',
    termEnd: '2031-12-31',
    consentToPublishName: true
  },
  { constituency: 'official', position: 'chair', staffId: 'S001001', termStart: '2026-01-01', termEnd: '2031-12-31', consentToPublishName: true },
  { constituency: 'district_council', position: 'observer', name: 'Ho Wing Sze', email: 'ws.ho@example.org', language: 'en', termStart: '2026-04-01', termEnd: '2032-03-31', consentToPublishName: false }
]

export const createMeetingExamples = [
  {
    title: { en: 'Second meeting of 2031', 'zh-Hant': '2031年第二次會議' },
    start: '2031-06-12T06:30:00Z',
    end: '2031-06-12T08:30:00Z',
    venue: 'General Post Office, 2 Connaught Place, Central',
    chairStaffId: 'S001001'
  },
  {
    title: { en: 'Extraordinary meeting on Christmas services', 'zh-Hant': '聖誕節服務特別會議' },
    start: '2031-11-20T02:00:00Z',
    end: '2031-11-20T03:00:00Z',
    onlineLink: 'https://meet.example.org/liaison-2031-11',
    chairStaffId: 'S001001'
  }
]

export const rescheduleMeetingExamples = [{ start: '2031-06-19T06:30:00Z', end: '2031-06-19T08:30:00Z' }]

export const recordAttendanceExamples = [{ entries: [] }, { entries: [{ representativeId, status: 'apologies' }] }]

export const createAgendaItemExamples = [
  { title: { en: 'Queues at counters at lunchtime', 'zh-Hant': '午膳時間櫃位輪候情況' }, category: 'counter_service', visibility: 'public' },
  { title: { en: 'Contract for the new sorting centre', 'zh-Hant': '新分揀中心合約' }, category: 'business_parcel_services', visibility: 'confidential', presenterStaffId: 'S001001' }
]

export const createDeclarationExamples = [
  { representativeId, interest: 'Director of a stamp dealer that bids for philatelic products.' },
  { representativeId, interest: 'Owns a shop in the building where the new post office is proposed.' }
]

export const createContributionExamples = [
  {
    representativeId,
    title: { en: 'Late delivery of registered mail in Kowloon City', 'zh-Hant': '九龍城掛號郵件延誤派遞' },
    category: 'delay',
    summary: 'Residents report registered letters arriving a week after posting; please explain the causes and the plan.'
  },
  {
    representativeId,
    title: { en: 'Opening hours of the Tai O office', 'zh-Hant': '大澳郵政局開放時間' },
    category: 'counter_service',
    summary: 'Villagers ask for Saturday opening in the summer months.'
  }
]

export const updateMinutesExamples = [{ entries: [] }]

export const createObjectionExamples = [
  { representativeId, reason: 'Item 2 omits that the members asked for weekly queue figures.' },
  { representativeId, reason: 'The decision under item 1 was to review, not to approve.' }
]

export const createActionExamples = [
  { title: 'Publish lunchtime queue figures for the Kowloon offices', ownerStaffId: 'S001001', ownerEmail: 'counter.ops@example.org', dueOn: '2031-07-31' },
  { title: 'Review the first-day cover ordering process', ownerStaffId: 'S001001', dueOn: '2031-09-30' }
]

export const actionProgressExamples = [{ note: 'Figures collected for May; publication planned for July.', status: 'in_progress' }, { note: 'Published on the website.', status: 'completed' }]

export const createViewExamples = [
  { category: 'counter_service', summary: 'Members said one counter open at lunchtime is not enough at busy offices.' },
  { category: 'philately', summary: 'Collectors asked for first-day covers to be bookable online.' }
]
