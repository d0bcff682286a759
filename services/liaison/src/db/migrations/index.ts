import type { Migration } from 'kysely'
import * as m0900 from './2026-11-22T0900_create-service-info.js'

export const migrations: Record<string, Migration> = {
  '2026-11-22T0900_create-service-info': m0900
}
