import type { CreateSurvey, IndexWeights, SegmentShares, Survey, SurveyDefinition, UpdateSurvey } from '@postcare/contracts'
import { decodeCursor, iso, preconditionFailed, toPage } from '@postcare/platform'
import { randomUUID } from 'node:crypto'
import type { Kysely, Transaction, Updateable } from 'kysely'
import type { Database, SurveyTable } from '../db/database.js'
import { SurveyErrors } from '../errors.js'
import { validateDefinition, type Definition } from './definition.js'
import { surveysRepository, type SurveyRow, type SurveyVersionRow } from './surveys.repository.js'

export const defaultIndexWeights: IndexWeights = {
  kcsiOverall: 0.3,
  kcsiAttributes: 0.5,
  kcsiIntention: 0.2,
  acsiOverall: 1 / 3,
  acsiExpectation: 1 / 3,
  acsiIdeal: 1 / 3
}

/**
 * Segment shares as stored, with their snake_case segment keys: the database layer camel-cases
 * every key it reads, JSON included, so `general_public` comes back as `generalPublic`.
 */
export function segmentSharesOf(row: SurveyRow): SegmentShares | null {
  const stored = row.segmentShares as Record<string, number> | null
  if (!stored) return null
  return Object.fromEntries(Object.entries(stored).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v])) as SegmentShares
}

export function toSurvey(row: SurveyRow, def: SurveyVersionRow): Survey {
  return {
    id: row.id,
    title: def.title,
    description: def.description,
    languages: def.languages as Survey['languages'],
    questions: def.questions,
    status: row.status,
    definitionVersion: row.definitionVersion,
    publishedVersion: row.publishedVersion,
    targetChannels: row.targetChannels as Survey['targetChannels'],
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    indexWeights: row.indexWeights,
    segmentShares: segmentSharesOf(row),
    followUp: row.followUp,
    minSampleSize: row.minSampleSize,
    equityThreshold: row.equityThreshold,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt)
  }
}

export function toDefinition(def: SurveyVersionRow): SurveyDefinition {
  return {
    surveyId: def.surveyId,
    version: def.number,
    title: def.title,
    description: def.description,
    languages: def.languages as SurveyDefinition['languages'],
    questions: def.questions,
    publishedAt: iso(def.publishedAt as Date)
  }
}

export type SurveyCommand = 'publish' | 'open' | 'pause' | 'close'

/** What can be done now: the answer to an illegal transition names these. */
export function allowedCommands(row: SurveyRow, draftPending: boolean): SurveyCommand[] {
  const out: SurveyCommand[] = []
  if (draftPending && row.status !== 'closed') out.push('publish')
  if ((row.status === 'draft' || row.status === 'paused') && row.publishedVersion !== null) out.push('open')
  if (row.status === 'open') out.push('pause')
  if (row.status === 'open' || row.status === 'paused') out.push('close')
  return out
}

const definitionKeys = ['title', 'description', 'languages', 'questions'] as const

export function surveysService(db: Kysely<Database>) {
  const repo = surveysRepository(db)
  const notFound = (id: string) => () => SurveyErrors.SURVEY_NOT_FOUND(`No survey ${id}.`)

  async function load(id: string, r = repo) {
    const row = await r.get(id)
    if (!row) throw notFound(id)()
    const def = await r.getVersion(id, row.definitionVersion)
    if (!def) throw notFound(id)()
    return { row, def }
  }

  return {
    load,
    async list(status: string | undefined, limit: number, cursor?: string) {
      // A cursor this list issued holds a survey id; anything else must not reach the uuid column.
      const after = decodeCursor(cursor, ['uuid'])
      const rows = await repo.list(status, limit, after?.[0])
      const defs = new Map((await repo.latestVersions(rows.map((r) => r.id))).map((d) => [d.surveyId, d]))
      return toPage(rows, limit, (r) => [r.id], (r) => toSurvey(r, defs.get(r.id) as SurveyVersionRow))
    },
    async get(id: string): Promise<Survey> {
      const { row, def } = await load(id)
      return toSurvey(row, def)
    },
    async create(trx: Transaction<Database>, input: CreateSurvey): Promise<Survey> {
      const def: Definition = { title: input.title, description: input.description ?? null, languages: input.languages, questions: input.questions }
      validateDefinition(def, input.followUp)
      checkDates(input.opensOn ?? null, input.closesOn ?? null)
      const r = surveysRepository(trx)
      const id = randomUUID()
      const row = await r.insert({
        id,
        targetChannels: input.targetChannels ?? [],
        opensOn: input.opensOn ?? null,
        closesOn: input.closesOn ?? null,
        publishedVersion: null,
        indexWeights: JSON.stringify(input.indexWeights ?? defaultIndexWeights),
        segmentShares: JSON.stringify(input.segmentShares ?? null),
        followUp: JSON.stringify(input.followUp ?? null),
        minSampleSize: input.minSampleSize ?? null,
        equityThreshold: input.equityThreshold ?? null
      })
      const version = await r.insertVersion({
        surveyId: id,
        number: 1,
        title: JSON.stringify(def.title),
        description: JSON.stringify(def.description),
        languages: def.languages,
        questions: JSON.stringify(def.questions),
        publishedAt: null
      })
      return toSurvey(row, version)
    },
    /**
     * Field edits. A definition change on a published version starts the next version as a
     * draft (published versions are immutable: responses point at them); on a draft it edits it.
     */
    async update(trx: Transaction<Database>, id: string, expected: number, patch: UpdateSurvey): Promise<Survey> {
      const r = surveysRepository(trx)
      const { row, def } = await load(id, r)
      const merged: Definition = {
        title: patch.title ?? def.title,
        description: patch.description !== undefined ? patch.description : def.description,
        languages: patch.languages ?? def.languages,
        questions: patch.questions ?? def.questions
      }
      const followUp = patch.followUp !== undefined ? patch.followUp : row.followUp
      validateDefinition(merged, followUp)
      checkDates(patch.opensOn !== undefined ? patch.opensOn : row.opensOn, patch.closesOn !== undefined ? patch.closesOn : row.closesOn)
      const definitionChanged = definitionKeys.some((k) => patch[k] !== undefined)
      if (definitionChanged && row.status === 'closed') {
        throw SurveyErrors.SURVEY_ILLEGAL_TRANSITION(`Survey ${id} is closed; its questions can no longer change.`, { allowed: [] })
      }
      const newVersion = definitionChanged && def.publishedAt !== null ? row.definitionVersion + 1 : row.definitionVersion
      const settings: Updateable<SurveyTable> = { definitionVersion: newVersion }
      if (patch.targetChannels !== undefined) settings.targetChannels = patch.targetChannels
      if (patch.opensOn !== undefined) settings.opensOn = patch.opensOn
      if (patch.closesOn !== undefined) settings.closesOn = patch.closesOn
      if (patch.indexWeights !== undefined) settings.indexWeights = JSON.stringify(patch.indexWeights)
      if (patch.segmentShares !== undefined) settings.segmentShares = JSON.stringify(patch.segmentShares)
      if (patch.followUp !== undefined) settings.followUp = JSON.stringify(patch.followUp)
      if (patch.minSampleSize !== undefined) settings.minSampleSize = patch.minSampleSize
      if (patch.equityThreshold !== undefined) settings.equityThreshold = patch.equityThreshold
      const updated = await r.update(id, expected, settings, notFound(id))
      const values = {
        title: JSON.stringify(merged.title),
        description: JSON.stringify(merged.description),
        languages: merged.languages,
        questions: JSON.stringify(merged.questions)
      }
      let version = def
      if (newVersion !== row.definitionVersion) version = await r.insertVersion({ surveyId: id, number: newVersion, ...values, publishedAt: null })
      else if (definitionChanged) version = await r.updateVersion(id, newVersion, values)
      return toSurvey(updated, version)
    },
    async command(trx: Transaction<Database>, id: string, expected: number, command: SurveyCommand): Promise<Survey> {
      const r = surveysRepository(trx)
      const { row, def } = await load(id, r)
      // The precondition is judged before the command (RFC 9110 §13.2.2).
      if (row.version !== expected) preconditionFailed(row.version)
      const allowed = allowedCommands(row, def.publishedAt === null)
      if (!allowed.includes(command)) {
        throw SurveyErrors.SURVEY_ILLEGAL_TRANSITION(`Survey ${id} is ${row.status}${def.publishedAt === null ? ' with an unpublished draft' : ''}; allowed: ${allowed.join(', ') || 'nothing'}.`, { allowed })
      }
      const patch: Updateable<SurveyTable> =
        command === 'publish' ? { publishedVersion: row.definitionVersion } : { status: ({ open: 'open', pause: 'paused', close: 'closed' } as const)[command] }
      const updated = await r.update(id, expected, patch, notFound(id))
      const version = command === 'publish' ? await r.publishVersion(id, row.definitionVersion) : def
      return toSurvey(updated, version)
    },
    async definition(id: string, number?: number): Promise<SurveyDefinition> {
      const row = await repo.get(id)
      if (!row) throw notFound(id)()
      const wanted = number ?? row.publishedVersion
      const def = wanted == null ? undefined : await repo.getVersion(id, wanted)
      if (!def || def.publishedAt === null) {
        throw SurveyErrors.SURVEY_VERSION_NOT_FOUND(number === undefined ? `Survey ${id} has no published version yet.` : `Survey ${id} has no published version ${number}.`)
      }
      return toDefinition(def)
    }
  }
}
export type SurveysService = ReturnType<typeof surveysService>

function checkDates(opensOn: string | null, closesOn: string | null) {
  if (opensOn && closesOn && opensOn > closesOn) {
    throw SurveyErrors.SURVEY_INVALID_DEFINITION('closesOn must not be before opensOn.', { errors: [{ field: 'body/closesOn', message: 'is before opensOn' }] })
  }
}
