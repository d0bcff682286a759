import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

export interface ApiKeyTable {
  id: Generated<string>
  name: string
  /** sha256 of the secret: the secret itself is never stored. */
  keyHash: string
  prefix: string
  scopes: string[]
  officeCode: string | null
  /** Registered from configuration: never revoked through the API. */
  configured: Generated<boolean>
  createdAt: Generated<Date>
  revokedAt: Timestamp | null
}

/** The platform's append-only audit log, created in every schema by the platform migrations. */
export interface AuditLogTable {
  id: Generated<number>
  at: Generated<Date>
  caller: string
  action: string
  subjectType: string
  subjectId: string
  requestId: string | null
  details: ColumnType<unknown, string, string>
}

export interface Database {
  apiKeys: ApiKeyTable
  auditLog: AuditLogTable
}
