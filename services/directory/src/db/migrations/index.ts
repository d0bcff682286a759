import type { Migration } from 'kysely'
import * as m0900 from './2026-11-22T0900_create-directory.js'
import * as m20261210T0900 from './2026-12-10T0900_calendar.js'
import * as m20261220T0900 from './2026-12-20T0900_staff-grades.js'

/** Frozen once landed: change the schema by adding a migration, never by editing one. */
export const migrations: Record<string, Migration> = {
  '2026-11-22T0900_create-directory': m0900,
  '2026-12-10T0900_calendar': m20261210T0900,
  '2026-12-20T0900_staff-grades': m20261220T0900
}
