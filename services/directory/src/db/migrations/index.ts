import type { Migration } from 'kysely'
import * as m0900 from './2026-11-22T0900_create-directory.js'

export const migrations: Record<string, Migration> = {
  '2026-11-22T0900_create-directory': m0900
}
