import { defineErrors } from '@postcare/platform'

export const FeedbackErrors = defineErrors({
  FEEDBACK_NOT_FOUND: { status: 404, title: 'Feedback item not found' },
  FEEDBACK_INVALID_ITEM: { status: 422, title: 'The feedback item is not acceptable' },
  FEEDBACK_UNKNOWN_STAFF: { status: 422, title: 'No such member of staff' },
  FEEDBACK_UNKNOWN_CATEGORY: { status: 422, title: 'No such feedback category' },
  FEEDBACK_REPLY_NEEDS_CONTACT: { status: 422, title: 'A reply is required but the customer cannot be reached' },
  FEEDBACK_CLOSURE_INCOMPLETE: { status: 422, title: 'Closing a complaint needs its outcome, remedy and root cause' },
  FEEDBACK_ILLEGAL_TRANSITION: { status: 409, title: 'That command is not allowed in the current state' },
  FEEDBACK_CATEGORY_NOT_FOUND: { status: 404, title: 'Feedback category not found' },
  FEEDBACK_CATEGORY_EXISTS: { status: 409, title: 'A category with this code already exists' },
  FEEDBACK_INVALID_PERIOD: { status: 400, title: 'The reporting period is not valid' },
  FEEDBACK_ITEM_CLOSED: { status: 409, title: 'The feedback item is closed' }
})

export function pgCode(err: unknown): string | undefined {
  return (err as { code?: string } | undefined)?.code
}

/** A 422 that names the one field at fault, the way schema validation does. */
export function fieldProblem(
  factory: (detail?: string, extra?: Record<string, unknown>) => ReturnType<(typeof FeedbackErrors)['FEEDBACK_INVALID_ITEM']>,
  field: string,
  message: string
) {
  return factory(`${field} ${message}`, { errors: [{ field, message }] })
}
