/**
 * Personal data is marked where it is declared, so that masking, the audit of reads and the
 * security suite's checks are generated from the contracts rather than written per route:
 *  - `x-personal-data: <kind>` on a field says it may hold personal data and how a caller without
 *    `personal-data:read` sees it (`name` → initials, `email` → first letter and domain, `phone` →
 *    last four digits, `identifier` → last three characters, `address` and `text` → withheld);
 *  - `x-personal-data-subject: <type>` on an object says a disclosure of its marked fields is a
 *    read of that record's personal data, audited under `<type>` and the object's `id` (or the
 *    field `x-personal-data-subject-id` names);
 *  - `x-personal-data-status: <field>` names the field that tells the caller whether what it sees
 *    is `full` or `masked`.
 * Free text counts as personal data: a complaint's description or a survey comment can name
 * people, give phone numbers or addresses, and the erasure rules already treat it so.
 */
import type { TSchema } from 'typebox'

export const personalDataKinds = ['name', 'email', 'phone', 'address', 'identifier', 'text'] as const
export type PersonalDataKind = (typeof personalDataKinds)[number]

export const PERSONAL_DATA = 'x-personal-data'
export const PERSONAL_DATA_SUBJECT = 'x-personal-data-subject'
export const PERSONAL_DATA_SUBJECT_ID = 'x-personal-data-subject-id'
export const PERSONAL_DATA_STATUS = 'x-personal-data-status'

/** `schema`, marked as personal data of `kind`. */
export function personal<T extends TSchema>(schema: T, kind: PersonalDataKind): T {
  return { ...schema, [PERSONAL_DATA]: kind }
}
