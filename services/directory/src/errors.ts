import { defineErrors } from '@postcare/platform'

export const DirectoryErrors = defineErrors({
  DIRECTORY_DISTRICT_NOT_FOUND: { status: 404, title: 'District not found' },
  DIRECTORY_DISTRICT_EXISTS: { status: 409, title: 'A district with this code already exists' },
  DIRECTORY_OFFICE_NOT_FOUND: { status: 404, title: 'Post office not found' },
  DIRECTORY_OFFICE_EXISTS: { status: 409, title: 'An office with this code already exists' },
  DIRECTORY_OFFICE_DISTRICT_MISMATCH: { status: 422, title: 'The office code must start with its district code' },
  DIRECTORY_UNKNOWN_DISTRICT: { status: 422, title: 'No such district' },
  DIRECTORY_UNKNOWN_OFFICE: { status: 422, title: 'No such post office' },
  DIRECTORY_ILLEGAL_TRANSITION: { status: 409, title: 'That change is not allowed in the current state' },
  DIRECTORY_STAFF_NOT_FOUND: { status: 404, title: 'Staff member not found' },
  DIRECTORY_STAFF_EXISTS: { status: 409, title: 'A staff member with this id already exists' },
  DIRECTORY_HOLIDAY_NOT_FOUND: { status: 404, title: 'Public holiday not found' },
  DIRECTORY_HOLIDAY_EXISTS: { status: 409, title: 'That date is already a public holiday' },
  DIRECTORY_SUSPENSION_NOT_FOUND: { status: 404, title: 'Service suspension not found' },
  DIRECTORY_INVALID_SUSPENSION: { status: 422, title: 'The service suspension is not valid' }
})

/** PostgreSQL unique and foreign-key violations, turned into domain errors by the services. */
export function pgCode(err: unknown): string | undefined {
  return (err as { code?: string } | undefined)?.code
}
