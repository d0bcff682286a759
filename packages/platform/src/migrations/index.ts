import type { Migration } from 'kysely'
import * as idempotency from './2026-11-22T0000_platform-idempotency-keys.js'
import * as audit from './2026-11-22T0001_platform-audit-log.js'
import * as records from './2026-12-01T0000_platform-idempotency-records.js'
import * as outbox from './2026-12-01T1000_platform-outbox.js'
import * as events from './2026-12-12T1000_platform-events.js'

/** Migrations every service schema gets. Frozen: change by adding, never by editing. */
export const platformMigrations: Record<string, Migration> = {
  '2026-11-22T0000_platform-idempotency-keys': idempotency,
  '2026-11-22T0001_platform-audit-log': audit,
  '2026-12-01T0000_platform-idempotency-records': records,
  '2026-12-01T1000_platform-outbox': outbox,
  '2026-12-12T1000_platform-events': events
}
