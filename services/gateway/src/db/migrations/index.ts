import type { Migration } from 'kysely'
import * as m0800 from './2026-11-22T0800_create-api-keys.js'

export const migrations: Record<string, Migration> = {
  '2026-11-22T0800_create-api-keys': m0800
}
