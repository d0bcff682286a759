/**
 * Whether a response fits the published version it answers. Every problem is reported at once,
 * each naming its question, because a fieldwork import of a thousand responses must be fixable in
 * one pass rather than one error at a time.
 */
import type { Answer, Question } from '@postcare/contracts'
import { scaleRange, type FieldError } from '../surveys/definition.js'

export interface RatingFact {
  questionId: string
  value: number
}

const defaultFreeTextLength = 2000

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return 'text'
  return typeof value === 'number' ? `${value}` : String(value)
}

/** Checks one answer against its question; returns the problem, or null when it fits. */
function answerProblem(q: Question, value: unknown): string | null {
  const name = `question \`${q.id}\``
  switch (q.type) {
    case 'rating': {
      const { min, max } = scaleRange(q.scale ?? '1-5')
      if (typeof value !== 'number' || !Number.isInteger(value)) return `${name} takes a whole number from ${min} to ${max}, not ${describe(value)}`
      if (value < min || value > max) return `${name} takes a whole number from ${min} to ${max}; ${value} is out of range`
      return null
    }
    case 'yes_no':
      return typeof value === 'boolean' ? null : `${name} takes true or false, not ${describe(value)}`
    case 'single_choice': {
      const values = (q.options ?? []).map((o) => o.value)
      if (typeof value !== 'string') return `${name} takes one of ${values.join(', ')}, not ${describe(value)}`
      return values.includes(value) ? null : `${name} has no option \`${value}\`; it takes one of ${values.join(', ')}`
    }
    case 'multiple_choice': {
      const values = (q.options ?? []).map((o) => o.value)
      if (!Array.isArray(value)) return `${name} takes a list of options from ${values.join(', ')}, not ${describe(value)}`
      const unknown = value.filter((v) => typeof v !== 'string' || !values.includes(v))
      if (unknown.length) return `${name} has no option ${unknown.map((v) => `\`${String(v)}\``).join(', ')}; it takes ${values.join(', ')}`
      if (new Set(value).size !== value.length) return `${name} lists an option twice`
      return null
    }
    case 'free_text': {
      const maxLength = q.maxLength ?? defaultFreeTextLength
      if (typeof value !== 'string') return `${name} takes text, not ${describe(value)}`
      if (value.trim().length === 0) return `${name} is empty; leave the answer out instead`
      return value.length > maxLength ? `${name} takes at most ${maxLength} characters; this has ${value.length}` : null
    }
  }
}

/**
 * Validates answers against the questions of a version. `at` is where the answers sit in the
 * request (`body/answers`, `body/responses/3/answers`), so field errors point at them exactly.
 */
export function checkAnswers(questions: Question[], answers: Answer[], at: string): { errors: FieldError[]; ratings: RatingFact[] } {
  const errors: FieldError[] = []
  const ratings: RatingFact[] = []
  const byId = new Map(questions.map((q) => [q.id, q]))
  const seen = new Set<string>()
  answers.forEach((a, i) => {
    const q = byId.get(a.questionId)
    if (!q) {
      errors.push({ field: `${at}/${i}/questionId`, message: `question \`${a.questionId}\` is not in this version of the survey` })
      return
    }
    if (seen.has(a.questionId)) {
      errors.push({ field: `${at}/${i}/questionId`, message: `question \`${a.questionId}\` is answered twice` })
      return
    }
    seen.add(a.questionId)
    const problem = answerProblem(q, a.value)
    if (problem) errors.push({ field: `${at}/${i}/value`, message: problem })
    else if (q.type === 'rating') ratings.push({ questionId: q.id, value: a.value as number })
  })
  for (const q of questions) {
    if (q.required && !seen.has(q.id)) errors.push({ field: at, message: `question \`${q.id}\` is required` })
  }
  return { errors, ratings }
}
