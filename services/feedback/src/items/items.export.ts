import type { FeedbackItem } from '@postcare/contracts'

const columns = [
  'reference', 'kind', 'status', 'stage', 'priority', 'channel', 'officeCode', 'districtCode', 'regionClass', 'category', 'subject', 'receivedAt',
  'acknowledgeBy', 'replyBy', 'overdue', 'acknowledgedAt', 'respondedAt', 'closedAt', 'outcome', 'rootCause', 'compensationMinor', 'team', 'officerId',
  'customerName', 'customerEmail', 'customerPhone', 'personalData'
] as const

export const csvHeader = `${columns.join(',')}\r\n`

export function exportRecord(item: FeedbackItem): Record<(typeof columns)[number], unknown> {
  return {
    reference: item.reference, kind: item.kind, status: item.status, stage: item.stage, priority: item.priority, channel: item.channel, officeCode: item.officeCode,
    districtCode: item.districtCode, regionClass: item.regionClass, category: item.category, subject: item.subject, receivedAt: item.receivedAt,
    acknowledgeBy: item.deadlines.acknowledgeBy, replyBy: item.deadlines.replyBy, overdue: item.deadlines.overdue, acknowledgedAt: item.acknowledgedAt,
    respondedAt: item.respondedAt, closedAt: item.closedAt, outcome: item.outcome, rootCause: item.rootCause, compensationMinor: item.remedy?.compensation?.amountMinor ?? 0,
    team: item.team, officerId: item.officerId, customerName: item.customer.name, customerEmail: item.customer.email, customerPhone: item.customer.phone,
    personalData: item.customer.personalData
  }
}

/**
 * RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would run as a formula
 * (subjects are typed by the public).
 */
function cell(value: unknown): string {
  if (value === null || value === undefined) return ''
  let s = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function toCsvLine(record: Record<string, unknown>): string {
  return `${columns.map((c) => cell(record[c])).join(',')}\r\n`
}
