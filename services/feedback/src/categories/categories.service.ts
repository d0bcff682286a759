import type { CreateFeedbackCategory as CreateSchema, FeedbackCategory as CategorySchema, UpdateFeedbackCategory as UpdateSchema } from '@postcare/contracts'
import type { Kysely, Transaction } from 'kysely'
import type { Static } from 'typebox'
import type { Database } from '../db/database.js'
import { FeedbackErrors, pgCode } from '../errors.js'
import { categoriesRepository, type CategoryRow } from './categories.repository.js'

// The contracts export these as schemas only.
type FeedbackCategory = Static<typeof CategorySchema>
type CreateFeedbackCategory = Static<typeof CreateSchema>
type UpdateFeedbackCategory = Static<typeof UpdateSchema>

export const toCategory = (r: CategoryRow): FeedbackCategory => ({ code: r.code, name: r.name, active: r.active, version: r.version })

/** The category taxonomy. Writes take the route's transaction (see app.ts). */
export function categoriesService(db: Kysely<Database>) {
  return {
    async list(): Promise<FeedbackCategory[]> {
      return (await categoriesRepository(db).list()).map(toCategory)
    },

    async create(trx: Transaction<Database>, input: CreateFeedbackCategory): Promise<FeedbackCategory> {
      try {
        return toCategory(await categoriesRepository(trx).insert(input))
      } catch (err) {
        if (pgCode(err) === '23505') throw FeedbackErrors.FEEDBACK_CATEGORY_EXISTS(`Category ${input.code} exists.`, { errors: [{ field: 'body/code', message: 'is already taken' }] })
        throw err
      }
    },

    async update(trx: Transaction<Database>, code: string, expected: number, patch: UpdateFeedbackCategory): Promise<FeedbackCategory> {
      return toCategory(await categoriesRepository(trx).update(code, expected, patch, () => FeedbackErrors.FEEDBACK_CATEGORY_NOT_FOUND(`No category ${code}.`)))
    }
  }
}
export type CategoriesService = ReturnType<typeof categoriesService>
