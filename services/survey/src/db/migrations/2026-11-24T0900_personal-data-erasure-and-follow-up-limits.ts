import { type Kysely, sql } from 'kysely'

/**
 * Respondents' personal data can now be erased (on request, or by the contact retention sweep), and
 * follow-up cases stop being retried.
 *
 * - `responses.personal_data_erased_at` records an erasure; the contact columns are nulled and free
 *   text replaced, while `contact_consent` stays what the respondent agreed to when answering.
 * - An erasure request names a person by e-mail or phone, so both are indexed in the form the
 *   invitations' contact hash normalises them to (lower-cased e-mail; phone digits and `+`).
 * - The retention sweep looks for responses still holding contact details by when they were given.
 * - An invitation's contact hash is personal data too (it recognises the person), so it may be
 *   removed: the column becomes nullable, with an index for the sweep.
 * - A follow-up may end `failed` (refused, too many attempts, too old to retry safely) or
 *   `cancelled` (erased before it was opened), and waits until `next_attempt_at` between attempts.
 * - Reasons stored by the older client are cleared: they could hold the feedback answer's text.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table responses add column personal_data_erased_at timestamptz`.execute(db)
  await sql`create index responses_contact_email_idx on responses (lower(contact_email)) where contact_email is not null`.execute(db)
  await sql`create index responses_contact_phone_idx on responses (regexp_replace(contact_phone, '[^0-9+]', '', 'g')) where contact_phone is not null`.execute(db)
  await sql`create index responses_contact_retention_idx on responses (responded_at) where contact_consent and personal_data_erased_at is null`.execute(db)

  await sql`alter table invitations alter column contact_hash drop not null`.execute(db)
  await sql`create index invitations_contact_retention_idx on invitations (created_at) where contact_hash is not null`.execute(db)

  await sql`alter table follow_ups drop constraint follow_ups_status_check`.execute(db)
  await sql`alter table follow_ups add constraint follow_ups_status_check check (status in ('pending', 'opened', 'failed', 'cancelled'))`.execute(db)
  await sql`alter table follow_ups add column next_attempt_at timestamptz`.execute(db)
  await sql`alter table follow_ups add column closed_at timestamptz`.execute(db)
  // Reasons stored before this release kept the feedback answer's text, which may quote the
  // respondent's contact details back; `last_error` is now shown to readers, so those go.
  await sql`update follow_ups set last_error = null where last_error is not null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table follow_ups drop column closed_at`.execute(db)
  await sql`alter table follow_ups drop column next_attempt_at`.execute(db)
  await sql`alter table follow_ups drop constraint follow_ups_status_check`.execute(db)
  // Failed and cancelled follow-ups have no place in the older schema; they would be retried again.
  await sql`update follow_ups set status = 'pending' where status in ('failed', 'cancelled')`.execute(db)
  await sql`alter table follow_ups add constraint follow_ups_status_check check (status in ('pending', 'opened'))`.execute(db)

  await sql`drop index invitations_contact_retention_idx`.execute(db)
  // Erased hashes cannot come back; a placeholder keeps NOT NULL without matching anyone.
  await sql`update invitations set contact_hash = 'erased:' || id where contact_hash is null`.execute(db)
  await sql`alter table invitations alter column contact_hash set not null`.execute(db)

  await sql`drop index responses_contact_retention_idx`.execute(db)
  await sql`drop index responses_contact_phone_idx`.execute(db)
  await sql`drop index responses_contact_email_idx`.execute(db)
  await sql`alter table responses drop column personal_data_erased_at`.execute(db)
}
