import type { Migration } from 'kysely'
import * as m0800 from './2026-11-22T0800_create-api-keys.js'
import * as m1201 from './2026-12-01T0900_api-keys-configured.js'

export const migrations: Record<string, Migration> = {
  '2026-11-22T0800_create-api-keys': m0800,
  '2026-12-01T0900_api-keys-configured': m1201
}
