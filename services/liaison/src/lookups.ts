/**
 * What a request names outside this service, checked before its transaction: districts and staff
 * in the directory, categories among feedback's live ones. An unknown one is 422 naming the field;
 * a directory or feedback that cannot be asked is 503 with Retry-After.
 */
import { DirectoryUnavailableError, PlatformErrors, type DirectoryLookup, type StaffInfo } from '@postcare/platform'
import { CategoriesUnavailableError, type FeedbackCategories } from './clients/feedback-categories.js'
import { LiaisonErrors, fieldProblem } from './errors.js'

export interface Lookups {
  staff(id: string, field: string): Promise<StaffInfo>
  district(code: string, field: string): Promise<void>
  category(code: string, field: string): Promise<void>
}

async function fromDirectory<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask()
  } catch (err) {
    if (err instanceof DirectoryUnavailableError) throw PlatformErrors.DIRECTORY_UNAVAILABLE('The directory could not be reached; retry shortly.')
    throw err
  }
}

export function lookups(directory: DirectoryLookup, categories: FeedbackCategories): Lookups {
  return {
    async staff(id, field) {
      const found = await fromDirectory(() => directory.staff(id))
      if (!found || !found.active) throw fieldProblem(LiaisonErrors.LIAISON_UNKNOWN_STAFF, field, `${id} is not an active member of staff in the directory`)
      return found
    },
    async district(code, field) {
      const found = await fromDirectory(() => directory.district(code))
      if (!found) throw fieldProblem(LiaisonErrors.LIAISON_UNKNOWN_DISTRICT, field, `${code} is not a district in the directory`)
    },
    async category(code, field) {
      let live: boolean
      try {
        live = await categories.isLive(code)
      } catch (err) {
        if (err instanceof CategoriesUnavailableError) throw LiaisonErrors.LIAISON_FEEDBACK_UNAVAILABLE('Feedback\'s categories could not be read; retry shortly.')
        throw err
      }
      if (!live) throw fieldProblem(LiaisonErrors.LIAISON_UNKNOWN_CATEGORY, field, `${code} is not one of feedback's live categories (GET /v1/feedback/categories)`)
    }
  }
}
