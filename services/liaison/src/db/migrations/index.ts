import type { Migration } from 'kysely'
import * as m0900 from './2026-11-22T0900_create-service-info.js'
import * as m20261220T0900 from './2026-12-20T0900_create-liaison.js'
import * as m20261220T0910 from './2026-12-20T0910_public-record.js'

/** Frozen once landed: change the schema by adding a migration, never by editing one. */
export const migrations: Record<string, Migration> = {
  '2026-11-22T0900_create-service-info': m0900,
  '2026-12-20T0900_create-liaison': m20261220T0900,
  '2026-12-20T0910_public-record': m20261220T0910
}
