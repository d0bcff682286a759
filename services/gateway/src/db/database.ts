import type { PlatformTables } from '@postcare/platform'
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


/** The platform's tables (audit log, idempotency keys) come with `PlatformTables`. */
export interface Database extends PlatformTables {
  apiKeys: ApiKeyTable
}
