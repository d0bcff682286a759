import { defineErrors, type AppError } from '@postcare/platform'

/**
 * The liaison service's own problems. The platform's shared ones (VALIDATION_FAILED,
 * PRECONDITION_FAILED, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, DIRECTORY_UNAVAILABLE, ...) are used
 * as they are, never declared again here.
 */
export const LiaisonErrors = defineErrors({
  LIAISON_GROUP_NOT_FOUND: { status: 404, title: 'Liaison group not found' },
  LIAISON_REPRESENTATIVE_NOT_FOUND: { status: 404, title: 'Representative not found' },
  LIAISON_MEETING_NOT_FOUND: { status: 404, title: 'Meeting not found' },
  LIAISON_AGENDA_ITEM_NOT_FOUND: { status: 404, title: 'Agenda item not found' },
  LIAISON_CONTRIBUTION_NOT_FOUND: { status: 404, title: 'Contribution not found' },
  LIAISON_PAPER_NOT_FOUND: { status: 404, title: 'Paper not found' },
  LIAISON_ACTION_NOT_FOUND: { status: 404, title: 'Action not found' },
  LIAISON_VIEW_NOT_FOUND: { status: 404, title: 'View not found' },
  LIAISON_INVALID_GROUP: { status: 422, title: 'The group is not consistent' },
  LIAISON_INVALID_REPRESENTATIVE: { status: 422, title: 'The representative is not acceptable' },
  LIAISON_INVALID_MEETING: { status: 422, title: 'The meeting is not acceptable' },
  LIAISON_INVALID_REFERENCE: { status: 422, title: 'A record named in the request does not belong here' },
  LIAISON_UNKNOWN_DISTRICT: { status: 422, title: 'No such district in the directory' },
  LIAISON_UNKNOWN_STAFF: { status: 422, title: 'No such member of staff in the directory' },
  LIAISON_UNKNOWN_CATEGORY: { status: 422, title: 'No such live feedback category' },
  LIAISON_NOT_A_CURRENT_MEMBER: { status: 422, title: 'The representative is not a member of the group on that day' },
  LIAISON_ILLEGAL_TRANSITION: { status: 409, title: 'That command is not allowed in the current state' },
  LIAISON_CONTRIBUTIONS_CLOSED: { status: 409, title: 'Contributions to this agenda have closed' },
  LIAISON_MINUTES_LOCKED: { status: 409, title: 'The minutes cannot change now' },
  LIAISON_OBJECTION_WINDOW: { status: 409, title: 'The minutes are not open to objection now, or their objection window has not closed' },
  LIAISON_PAPER_TYPE_NOT_ALLOWED: { status: 415, title: 'The paper is not a PDF, an office document or an image' },
  LIAISON_PAPER_NOT_READY: { status: 409, title: 'The paper has no file yet' },
  LIAISON_FEEDBACK_UNAVAILABLE: { status: 503, title: 'Feedback\'s categories cannot be read now', retryAfterSeconds: 5 }
})

type Factory = (detail?: string, extra?: Record<string, unknown>) => AppError

/** A problem that names the one field at fault, the way schema validation does. */
export function fieldProblem(factory: Factory, field: string, message: string): AppError {
  return factory(`${field} ${message}`, { errors: [{ field, message }] })
}

export function pgCode(err: unknown): string | undefined {
  return (err as { code?: string } | undefined)?.code
}
