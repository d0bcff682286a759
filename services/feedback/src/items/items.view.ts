/**
 * Rows as callers see them: the contract objects of items and timeline entries.
 */
import type { ComplaintStage, Customer, FeedbackItem, FeedbackStatus, Remedy, TimelineEntry } from '@postcare/contracts'
import { iso, isoOrNull } from '@postcare/platform'
import type { Static } from 'typebox'
import type { EventRow, ItemRow } from './items.repository.js'

/**
 * The item as stored. Masking for callers without `personal-data:read`, and the audit of reads by
 * those with it, happen on the way out, from the marks in the contract (platform disclosure.ts).
 */
export function toItem(row: ItemRow, today: string): FeedbackItem {
  const erased = row.personalDataErasedAt !== null
  const customer: Customer = {
    anonymous: row.customerAnonymous,
    name: row.customerName,
    email: row.customerEmail,
    phone: row.customerPhone,
    address: row.customerAddress,
    preferredReplyChannel: row.preferredReplyChannel as Customer['preferredReplyChannel'],
    language: row.language,
    membershipNumber: row.membershipNumber,
    vulnerable: row.vulnerable,
    personalData: erased ? 'erased' : 'full'
  }
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    status: row.status as FeedbackStatus,
    stage: row.stage as ComplaintStage | null,
    priority: row.priority as FeedbackItem['priority'],
    channel: row.channel as FeedbackItem['channel'],
    officeCode: row.officeCode,
    districtCode: row.districtCode,
    regionClass: row.regionClass,
    category: row.categoryCode,
    subject: row.subject,
    description: row.description,
    occurredAt: isoOrNull(row.occurredAt),
    receivedAt: iso(row.receivedAt),
    trackingNumbers: row.trackingNumbers,
    staffId: row.staffId,
    remedySought: row.remedySought,
    replyRequired: row.replyRequired,
    customer,
    team: row.team,
    officerId: row.officerId,
    deadlines: {
      acknowledgeBy: row.acknowledgeDueOn,
      replyBy: row.replyDueOn,
      overdue: row.nextDueOn !== null && row.nextDueOn < today,
      pausedWorkingDays: row.pausedWorkingDays,
      acknowledgementBreached: row.acknowledgementBreached,
      replyBreached: row.replyBreached
    },
    acknowledgedAt: isoOrNull(row.acknowledgedAt),
    respondedAt: isoOrNull(row.respondedAt),
    forwardedAt: isoOrNull(row.forwardedAt),
    forwardedToOffice: row.forwardedToOffice,
    closedAt: isoOrNull(row.closedAt),
    outcome: row.outcome as FeedbackItem['outcome'],
    remedy: (row.remedy ?? null) as Remedy | null,
    rootCause: row.rootCause as FeedbackItem['rootCause'],
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt)
  }
}

export function toEntry(e: EventRow): Static<typeof TimelineEntry> {
  return {
    id: e.id,
    itemId: e.itemId,
    at: iso(e.at),
    actor: e.actor,
    type: e.type as 'created',
    visibility: e.visibility,
    command: e.command,
    fromStatus: e.fromStatus as 'received' | null,
    toStatus: e.toStatus as 'received' | null,
    body: e.body,
    changes: e.changes
  }
}
