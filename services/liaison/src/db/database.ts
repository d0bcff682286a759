import type { ColumnType } from 'kysely'

/** Kysely table interfaces of the liaison schema. The domain tables arrive with the liaison issue. */
export interface ServiceInfoTable {
  key: string
  value: string
  updatedAt: ColumnType<Date, Date | string | undefined, Date | string>
}

export interface Database {
  serviceInfo: ServiceInfoTable
}
