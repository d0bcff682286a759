import type { Kysely } from 'kysely'
import type { Database } from './database.js'

export interface AuditEntry {
  /** `request.identity.sub` of whoever asked. */
  caller: string
  action: string
  subjectType: string
  subjectId: string
  requestId: string
  details: Record<string, unknown>
}

/** Appends one entry; pass the transaction of the change it records, so both happen or neither. */
export async function writeAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db.insertInto('auditLog').values({ ...entry, details: JSON.stringify(entry.details) }).execute()
}
