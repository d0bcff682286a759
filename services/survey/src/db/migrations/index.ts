import type { Migration } from 'kysely'
import * as m0900 from './2026-11-23T0900_create-survey.js'
import * as m1600 from './2026-11-23T1600_rollup-counts-by-value.js'
import * as m20261124T0900 from './2026-11-24T0900_personal-data-erasure-and-follow-up-limits.js'
import * as m20261201T0900 from './2026-12-01T0900_suppressed-invitations.js'
import * as m20261210T0900 from './2026-12-10T0900_rollup-calendar.js'

/** Frozen once landed: change the schema by adding a migration, never by editing one. */
export const migrations: Record<string, Migration> = {
  '2026-11-23T0900_create-survey': m0900,
  '2026-11-23T1600_rollup-counts-by-value': m1600,
  '2026-11-24T0900_personal-data-erasure-and-follow-up-limits': m20261124T0900,
  '2026-12-01T0900_suppressed-invitations': m20261201T0900,
  '2026-12-10T0900_rollup-calendar': m20261210T0900
}
