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
  createdAt: Generated<Date>
  revokedAt: Timestamp | null
}

export interface Database {
  apiKeys: ApiKeyTable
}
