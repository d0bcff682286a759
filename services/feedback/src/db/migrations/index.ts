import type { Migration } from 'kysely'
import * as m0900 from './2026-11-23T0900_create-feedback.js'
import * as m20261210T0900 from './2026-12-10T0900_rollup-calendar.js'

/** Frozen once landed: change the schema by adding a migration, never by editing one. */
export const migrations: Record<string, Migration> = {
  '2026-11-23T0900_create-feedback': m0900,
  '2026-12-10T0900_rollup-calendar': m20261210T0900
}
