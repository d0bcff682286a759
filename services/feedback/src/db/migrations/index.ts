import type { Migration } from 'kysely'
import * as m0900 from './2026-11-23T0900_create-feedback.js'

export const migrations: Record<string, Migration> = {
  '2026-11-23T0900_create-feedback': m0900
}
