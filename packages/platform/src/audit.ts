/**
 * The audit log is the platform's table (created by its migrations in every service schema,
 * append-only by trigger): services write to it through `audit()` and declare it in their
 * `Database` by extending `PlatformTables`, never by naming it themselves.
 */
import type { ColumnType, Generated, Kysely } from 'kysely'

export interface AuditLogTable {
  /** bigint identity, read as a number like every int8 here (db.ts): exact below 2^53. */
  id: Generated<number>
  at: Generated<Date>
  caller: string
  action: string
  subjectType: string
  subjectId: string
  requestId: string | null
  details: ColumnType<unknown, string, string>
}

export interface AuditEntry {
  caller: string
  /** What was done: `personal_data.read`, `personal_data.export`, `api_key.create`, ... */
  action: string
  subjectType: string
  subjectId: string
  requestId: string | null
  details?: Record<string, unknown>
}

/** Appends entries, inside the caller's transaction when given one. */
export async function audit(db: Kysely<any>, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return
  await db
    .insertInto('auditLog')
    .values(entries.map((e) => ({ caller: e.caller, action: e.action, subjectType: e.subjectType, subjectId: e.subjectId, requestId: e.requestId, details: JSON.stringify(e.details ?? {}) })))
    .execute()
}
