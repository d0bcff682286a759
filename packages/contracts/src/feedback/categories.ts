/** The feedback category taxonomy, maintained through the API. */
import Type from 'typebox'
import { ref } from '../common.js'
import { CategoryCode } from './taxonomy.js'

const Text = (maxLength: number, description?: string) => Type.String({ minLength: 1, maxLength, ...(description ? { description } : {}) })

export const FeedbackCategory = Type.Object(
  {
    code: ref(CategoryCode),
    name: Type.String({ maxLength: 200 }),
    active: Type.Boolean(),
    version: Type.Integer({ minimum: 1, maximum: 2147483647 })
  },
  { $id: 'FeedbackCategory', additionalProperties: false }
)
export const FeedbackCategoryList = Type.Object({ items: Type.Array(ref(FeedbackCategory), { maxItems: 1000 }) }, { $id: 'FeedbackCategoryList', additionalProperties: false })
export const CreateFeedbackCategory = Type.Object({ code: ref(CategoryCode), name: Text(200) }, { $id: 'CreateFeedbackCategory', additionalProperties: false })
export const UpdateFeedbackCategory = Type.Object(
  { name: Type.Optional(Text(200)), active: Type.Optional(Type.Boolean()) },
  { $id: 'UpdateFeedbackCategory', additionalProperties: false, minProperties: 1 }
)
