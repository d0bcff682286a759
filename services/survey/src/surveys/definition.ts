/**
 * Rules a survey definition must follow beyond its JSON schema, and the facts about rating
 * scales every figure depends on (range, default top box).
 */
import type { FollowUpRule, LocalizedText, Question, RatingScale } from '@postcare/contracts'
import { SurveyErrors } from '../errors.js'

export interface FieldError {
  field: string
  message: string
}

export function scaleRange(scale: RatingScale): { min: number; max: number } {
  const [min, max] = scale.split('-').map(Number) as [number, number]
  return { min, max }
}

/** Top 2 boxes by default: 4-5 of 5, 6-7 of 7, 9-10 of 10 (and the promoters of 0-10). */
export function defaultTopBoxMin(scale: RatingScale): number {
  return scaleRange(scale).max - 1
}

export function topBoxMinOf(q: Question): number {
  return q.topBoxMin ?? defaultTopBoxMin(q.scale ?? '1-5')
}

export interface Definition {
  title: LocalizedText
  description: LocalizedText | null
  languages: string[]
  questions: Question[]
}

function checkText(errors: FieldError[], field: string, text: LocalizedText | null | undefined, languages: string[]) {
  if (!text) return
  const missing = languages.filter((l) => !(text as Record<string, string | undefined>)[l])
  if (missing.length) errors.push({ field, message: `needs a text in ${missing.join(', ')}` })
}

/** Throws 422 listing every inconsistency, each naming its question. */
export function validateDefinition(def: Definition, followUp: FollowUpRule | null | undefined, prefix = 'body'): void {
  const errors: FieldError[] = []
  checkText(errors, `${prefix}/title`, def.title, def.languages)
  checkText(errors, `${prefix}/description`, def.description, def.languages)
  const seen = new Set<string>()
  def.questions.forEach((q, i) => {
    const at = `${prefix}/questions/${i}`
    const err = (field: string, message: string) => errors.push({ field: `${at}${field}`, message: `question \`${q.id}\` ${message}` })
    if (seen.has(q.id)) err('/id', 'appears twice')
    seen.add(q.id)
    checkText(errors, `${at}/text`, q.text, def.languages)
    const isRating = q.type === 'rating'
    const isChoice = q.type === 'single_choice' || q.type === 'multiple_choice'
    if (isRating && !q.scale) err('/scale', 'is a rating question and needs a scale')
    if (!isRating) {
      for (const f of ['scale', 'measures', 'topBoxMin', 'importance', 'channel', 'attribute'] as const) {
        if (q[f] !== undefined) err(`/${f}`, `is not a rating question, so it takes no ${f}`)
      }
    }
    if (isRating && q.scale && q.topBoxMin !== undefined) {
      const { min, max } = scaleRange(q.scale)
      if (q.topBoxMin < min || q.topBoxMin > max) err('/topBoxMin', `has topBoxMin ${q.topBoxMin} outside its scale ${q.scale}`)
    }
    if (q.measures === 'channel_satisfaction' && !q.channel) err('/channel', 'measures channel satisfaction and needs a channel')
    if (q.measures !== 'channel_satisfaction' && q.channel) err('/channel', 'names a channel but does not measure channel satisfaction')
    if (q.measures === 'attribute_satisfaction' && !q.attribute) err('/attribute', 'measures attribute satisfaction and needs an attribute')
    if (q.measures !== 'attribute_satisfaction' && (q.attribute || q.importance !== undefined)) err('/attribute', 'takes an attribute and importance only when it measures attribute satisfaction')
    if (isChoice && !q.options) err('/options', 'is a choice question and needs options')
    if (!isChoice && q.options) err('/options', 'is not a choice question, so it takes no options')
    if (q.options) {
      const values = new Set<string>()
      q.options.forEach((o, j) => {
        if (values.has(o.value)) err(`/options/${j}/value`, `has option \`${o.value}\` twice`)
        values.add(o.value)
        checkText(errors, `${at}/options/${j}/label`, o.label, def.languages)
      })
    }
    if (q.maxLength !== undefined && q.type !== 'free_text') err('/maxLength', 'is not a free-text question, so it takes no maxLength')
  })
  if (followUp) {
    const q = def.questions.find((x) => x.id === followUp.questionId)
    if (!q || q.type !== 'rating' || !q.scale) {
      errors.push({ field: `${prefix}/followUp/questionId`, message: `\`${followUp.questionId}\` is not a rating question of this survey` })
    } else {
      const { min, max } = scaleRange(q.scale)
      if (followUp.atOrBelow < min || followUp.atOrBelow >= max) {
        errors.push({ field: `${prefix}/followUp/atOrBelow`, message: `must be on the scale of \`${q.id}\` (${q.scale}) and below its top` })
      }
    }
  }
  if (errors.length) throw SurveyErrors.SURVEY_INVALID_DEFINITION(errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors })
}
