/**
 * The liaison service's messages, reviewed like code (a bad template stops the service loading):
 * meeting notices with the agenda and papers, reminders before the meeting, cancellations, minutes
 * circulated for objection, and reminders to the owners of overdue actions. A message to a member
 * about a meeting concerns that member at that meeting (`liaison_meeting_member`,
 * `<meetingId>:<representativeId>`), so a meeting's reminders can be cancelled without touching
 * another's, and an erasure finds every message a member was sent.
 */
import { defineTemplates } from '@postcare/platform'

export const MEMBER_SUBJECT = 'liaison_meeting_member'
export const ACTION_SUBJECT = 'liaison_action'
export const memberSubjectId = (meetingId: string, representativeId: string) => `${meetingId}:${representativeId}`

export const templates = defineTemplates({
  'liaison.meeting.notice': {
    variables: ['name', 'group', 'title', 'date', 'time', 'place', 'agenda', 'papers'],
    en: {
      subject: '{{group}}: {{title}} on {{date}}',
      text: 'Dear {{name}},\n\nThe {{group}} meets on {{date}} at {{time}} ({{place}}).\n\nAgenda:\n{{agenda}}\n\nPapers:\n{{papers}}\n',
      html: '<p>Dear {{name}},</p><p>The {{group}} meets on {{date}} at {{time}} ({{place}}).</p><p>Agenda:</p><pre>{{agenda}}</pre><p>Papers:</p><pre>{{papers}}</pre>'
    },
    'zh-Hant': {
      subject: '{{group}}：{{title}}（{{date}}）',
      text: '{{name}} 您好：\n\n{{group}}將於 {{date}} {{time}} 舉行會議（{{place}}）。\n\n議程：\n{{agenda}}\n\n文件：\n{{papers}}\n',
      html: '<p>{{name}} 您好：</p><p>{{group}}將於 {{date}} {{time}} 舉行會議（{{place}}）。</p><p>議程：</p><pre>{{agenda}}</pre><p>文件：</p><pre>{{papers}}</pre>'
    },
    ko: {
      subject: '{{group}}: {{title}} ({{date}})',
      text: '{{name}}님,\n\n{{group}} 회의가 {{date}} {{time}}에 열립니다 ({{place}}).\n\n안건:\n{{agenda}}\n\n자료:\n{{papers}}\n',
      html: '<p>{{name}}님,</p><p>{{group}} 회의가 {{date}} {{time}}에 열립니다 ({{place}}).</p><p>안건:</p><pre>{{agenda}}</pre><p>자료:</p><pre>{{papers}}</pre>'
    }
  },
  'liaison.meeting.reminder': {
    variables: ['name', 'group', 'title', 'date', 'time', 'place'],
    en: { subject: 'Reminder: {{group}} meets on {{date}}', text: 'Dear {{name}},\n\nA reminder that {{title}} of the {{group}} is on {{date}} at {{time}} ({{place}}).\n', html: '<p>Dear {{name}},</p><p>A reminder that {{title}} of the {{group}} is on {{date}} at {{time}} ({{place}}).</p>' },
    'zh-Hant': { subject: '提示：{{group}}於 {{date}} 開會', text: '{{name}} 您好：\n\n謹提示{{group}}的{{title}}將於 {{date}} {{time}} 舉行（{{place}}）。\n', html: '<p>{{name}} 您好：</p><p>謹提示{{group}}的{{title}}將於 {{date}} {{time}} 舉行（{{place}}）。</p>' },
    ko: { subject: '알림: {{group}} 회의 {{date}}', text: '{{name}}님,\n\n{{group}}의 {{title}}이(가) {{date}} {{time}}에 열립니다 ({{place}}).\n', html: '<p>{{name}}님,</p><p>{{group}}의 {{title}}이(가) {{date}} {{time}}에 열립니다 ({{place}}).</p>' }
  },
  'liaison.meeting.cancelled': {
    variables: ['name', 'group', 'title', 'date', 'reason'],
    en: { subject: '{{group}}: the meeting on {{date}} will not take place', text: 'Dear {{name}},\n\n{{title}} of the {{group}} on {{date}} will not take place: {{reason}}\n', html: '<p>Dear {{name}},</p><p>{{title}} of the {{group}} on {{date}} will not take place: {{reason}}</p>' },
    'zh-Hant': { subject: '{{group}}：{{date}} 的會議不會舉行', text: '{{name}} 您好：\n\n{{group}}原定於 {{date}} 的{{title}}不會舉行：{{reason}}\n', html: '<p>{{name}} 您好：</p><p>{{group}}原定於 {{date}} 的{{title}}不會舉行：{{reason}}</p>' },
    ko: { subject: '{{group}}: {{date}} 회의가 열리지 않습니다', text: '{{name}}님,\n\n{{group}}의 {{date}} {{title}}은(는) 열리지 않습니다: {{reason}}\n', html: '<p>{{name}}님,</p><p>{{group}}의 {{date}} {{title}}은(는) 열리지 않습니다: {{reason}}</p>' }
  },
  'liaison.minutes.circulated': {
    variables: ['name', 'group', 'title', 'deadline'],
    en: { subject: '{{group}}: draft minutes of {{title}}', text: 'Dear {{name}},\n\nThe draft minutes of {{title}} are circulated for confirmation. Objections are accepted until {{deadline}}.\n', html: '<p>Dear {{name}},</p><p>The draft minutes of {{title}} are circulated for confirmation. Objections are accepted until {{deadline}}.</p>' },
    'zh-Hant': { subject: '{{group}}：{{title}}會議紀錄擬稿', text: '{{name}} 您好：\n\n{{title}}的會議紀錄擬稿現已傳閱以供確認。如有異議，請於 {{deadline}} 前提出。\n', html: '<p>{{name}} 您好：</p><p>{{title}}的會議紀錄擬稿現已傳閱以供確認。如有異議，請於 {{deadline}} 前提出。</p>' },
    ko: { subject: '{{group}}: {{title}} 회의록 초안', text: '{{name}}님,\n\n{{title}} 회의록 초안을 확인용으로 회람합니다. 이의는 {{deadline}}까지 받습니다.\n', html: '<p>{{name}}님,</p><p>{{title}} 회의록 초안을 확인용으로 회람합니다. 이의는 {{deadline}}까지 받습니다.</p>' }
  },
  'liaison.action.overdue': {
    variables: ['name', 'group', 'title', 'dueOn'],
    en: { subject: 'Overdue action: {{title}}', text: 'Dear {{name}},\n\nThe action "{{title}}" of the {{group}} was due on {{dueOn}} and is still open. Please record its progress.\n', html: '<p>Dear {{name}},</p><p>The action “{{title}}” of the {{group}} was due on {{dueOn}} and is still open. Please record its progress.</p>' },
    'zh-Hant': { subject: '逾期行動：{{title}}', text: '{{name}} 您好：\n\n{{group}}的行動「{{title}}」已於 {{dueOn}} 到期，仍未完成。請記錄進度。\n', html: '<p>{{name}} 您好：</p><p>{{group}}的行動「{{title}}」已於 {{dueOn}} 到期，仍未完成。請記錄進度。</p>' },
    ko: { subject: '기한 초과 조치: {{title}}', text: '{{name}}님,\n\n{{group}}의 조치 "{{title}}"의 기한({{dueOn}})이 지났으나 아직 완료되지 않았습니다. 진행 상황을 기록해 주십시오.\n', html: '<p>{{name}}님,</p><p>{{group}}의 조치 “{{title}}”의 기한({{dueOn}})이 지났으나 아직 완료되지 않았습니다. 진행 상황을 기록해 주십시오.</p>' }
  }
})
