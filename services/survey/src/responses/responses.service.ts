/**
 * Recording responses: each is checked against the published version it answers, its office
 * looked up in the directory (district and region class are snapshotted, so later reclassing an
 * office does not rewrite past figures), and written with its rollup counts and any follow-up in
 * one transaction. A batch import is all or nothing.
 */
import type { Channel, SubmitSurveyResponse, SurveyResponse } from '@postcare/contracts'
import { DirectoryUnavailableError, PlatformErrors, instantProblem, officeNotPermitted, decodeCursor, iso, isoOrNull, localDay, toPage, type DirectoryLookup, type Identity, type OfficeInfo } from '@postcare/platform'
import { createHash, randomUUID } from 'node:crypto'
import type { Insertable, Kysely, Transaction } from 'kysely'
import type { SurveyConfig } from '../config.js'
import type { Database, FollowUpTable, ResponseTable } from '../db/database.js'
import { SurveyErrors } from '../errors.js'
import type { FieldError } from '../surveys/definition.js'
import { surveysRepository, type SurveyRow, type SurveyVersionRow } from '../surveys/surveys.repository.js'
import { checkAnswers, type RatingFact } from './answers.js'
import { responsesRepository, rollupKeyString, type ResponseWithFollowUp, type RollupRow } from './responses.repository.js'

/**
 * A recorded response. Free-text answers (to the questions in `freeText`) are returned apart, as
 * `comments`: they are personal data, masked for callers without `personal-data:read`, while
 * ratings and choices are not.
 */
export function toSurveyResponse(row: ResponseWithFollowUp, freeText: ReadonlySet<string>): SurveyResponse {
  const erased = row.personalDataErasedAt !== null
  const stored = row.answers as SurveyResponse['answers']
  const isComment = (a: { questionId: string; value: unknown }) => freeText.has(a.questionId) && typeof a.value === 'string'
  return {
    id: row.id,
    surveyId: row.surveyId,
    surveyVersion: row.surveyVersion,
    channel: row.channel as Channel,
    officeCode: row.officeCode,
    districtCode: row.districtCode,
    regionClass: row.regionClass as SurveyResponse['regionClass'],
    segment: row.segment as SurveyResponse['segment'],
    language: row.language as SurveyResponse['language'],
    respondedAt: iso(row.respondedAt),
    answers: stored.filter((a) => !isComment(a)),
    comments: stored.filter(isComment).map((a) => ({ questionId: a.questionId, text: a.value as string })),
    anonymous: !row.contactConsent || erased,
    personalData: erased ? 'erased' : row.contactName !== null || row.contactPhone !== null || row.contactEmail !== null ? 'held' : 'none',
    personalDataErasedAt: isoOrNull(row.personalDataErasedAt),
    followUp:
      row.followUpStatus === null
        ? null
        : {
            status: row.followUpStatus,
            caseId: row.followUpCaseId,
            caseReference: row.followUpCaseReference,
            openedAt: isoOrNull(row.followUpOpenedAt),
            attempts: row.followUpAttempts ?? 0,
            nextAttemptAt: row.followUpStatus === 'pending' ? isoOrNull(row.followUpNextAttemptAt) : null,
            lastError: row.followUpLastError
          },
    createdAt: iso(row.createdAt)
  }
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}

interface Prepared {
  row: Insertable<ResponseTable> & { id: string; createdAt: Date }
  ratings: RatingFact[]
  day: string
  followUp: Insertable<FollowUpTable> | null
  invitationToken: string | undefined
}

export type SubmitMode = 'single' | 'import'

// A response may be dated a little ahead of the server clock (terminal clocks drift), not more.
const clockSkewMs = 5 * 60_000

export function responsesService(db: Kysely<Database>, config: SurveyConfig, directory: DirectoryLookup, now: () => Date) {
  const repo = responsesRepository(db)
  const surveys = surveysRepository(db)
  // Published versions never change, so they are cached for the life of the process.
  const versionCache = new Map<string, SurveyVersionRow>()

  async function publishedVersion(surveyId: string, number: number): Promise<SurveyVersionRow | undefined> {
    const key = `${surveyId}/${number}`
    const hit = versionCache.get(key)
    if (hit) return hit
    const row = await surveys.getVersion(surveyId, number)
    if (!row || row.publishedAt === null) return undefined
    if (versionCache.size > 1000) versionCache.clear()
    versionCache.set(key, row)
    return row
  }

  /** The free-text questions of each version the rows answer (published versions never change). */
  async function freeTextOf(surveyId: string, rows: ResponseWithFollowUp[]): Promise<ReadonlySet<string>> {
    const ids = new Set<string>()
    for (const number of new Set(rows.map((r) => r.surveyVersion))) {
      const version = await publishedVersion(surveyId, number)
      for (const q of (version?.questions ?? []) as Array<{ id: string; type: string }>) if (q.type === 'free_text') ids.add(q.id)
    }
    return ids
  }

  async function offices(codes: string[]): Promise<Map<string, OfficeInfo | null>> {
    const unique = [...new Set(codes)]
    try {
      const found = await Promise.all(unique.map((c) => directory.office(c)))
      return new Map(unique.map((c, i) => [c, found[i] ?? null]))
    } catch (err) {
      if (err instanceof DirectoryUnavailableError) throw PlatformErrors.DIRECTORY_UNAVAILABLE('The directory cannot be reached to check the post office; retry shortly.')
      throw err
    }
  }

  /** Checks every input and builds its rows; throws one 422 listing every problem. */
  async function prepare(survey: SurveyRow, inputs: SubmitSurveyResponse[], mode: SubmitMode, caller: Identity | null, prefixOf: (i: number) => string): Promise<Prepared[]> {
    const errors: FieldError[] = []
    const officeCodes = inputs.map((x) => x.officeCode ?? (mode === 'single' ? caller?.office : undefined)).filter((c): c is string => !!c)
    const officeInfo = await offices(officeCodes)
    const recordedAt = now()
    const prepared: Prepared[] = []
    for (const [i, input] of inputs.entries()) {
      const at = prefixOf(i)
      const err = (field: string, message: string) => errors.push({ field: `${at}/${field}`, message })
      const versionNumber = input.surveyVersion ?? survey.publishedVersion
      const version = versionNumber == null ? undefined : await publishedVersion(survey.id, versionNumber)
      if (!version) {
        err('surveyVersion', survey.publishedVersion === null ? 'the survey has no published version yet' : `version ${versionNumber} is not a published version of this survey`)
        continue
      }
      const checked = checkAnswers(version.questions, input.answers, `${at}/answers`)
      errors.push(...checked.errors)
      if (survey.targetChannels.length > 0 && !survey.targetChannels.includes(input.channel)) {
        err('channel', `the survey takes responses through ${survey.targetChannels.join(', ')}, not ${input.channel}`)
      }
      if (!version.languages.includes(input.language)) err('language', `version ${version.number} is offered in ${version.languages.join(', ')}, not ${input.language}`)
      if (mode === 'single' && caller?.office && input.officeCode && input.officeCode !== caller.office) {
        throw officeNotPermitted(caller.office, 'body/officeCode')
      }
      const officeCode = input.officeCode ?? (mode === 'single' ? caller?.office ?? null : null)
      const office = officeCode ? officeInfo.get(officeCode) : null
      if (officeCode && !office) err('officeCode', `there is no post office ${officeCode}`)
      const badInstant = input.respondedAt === undefined ? undefined : instantProblem(input.respondedAt)
      if (badInstant) err('respondedAt', badInstant)
      const respondedAt = input.respondedAt && !badInstant ? new Date(input.respondedAt) : recordedAt
      if (respondedAt.getTime() > recordedAt.getTime() + clockSkewMs) err('respondedAt', 'is in the future')
      // The operator's local day: its rollup row, and the survey's opening and closing days.
      const day = localDay(respondedAt, config.calendar.timeZone)
      if (survey.opensOn && day < survey.opensOn) err('respondedAt', `is before the survey opened on ${survey.opensOn}`)
      if (survey.closesOn && day > survey.closesOn) err('respondedAt', `is after the survey closed on ${survey.closesOn}`)
      const consent = input.contact?.consentToContact === true
      if (consent && !input.contact?.phone && !input.contact?.email) err('contact', 'consent to be contacted needs a phone number or an e-mail address')
      if (mode === 'import' && input.invitationToken) err('invitationToken', 'invitations are answered one by one, not imported')
      const id = randomUUID()
      const rule = survey.followUp
      const trigger = rule && consent && office ? checked.ratings.find((r) => r.questionId === rule.questionId && r.value <= rule.atOrBelow) : undefined
      prepared.push({
        row: {
          id,
          surveyId: survey.id,
          surveyVersion: version.number,
          channel: input.channel,
          officeCode: office?.code ?? null,
          districtCode: office?.districtCode ?? null,
          regionClass: office?.regionClass ?? null,
          segment: input.segment ?? 'general_public',
          language: input.language,
          respondedAt,
          answers: JSON.stringify(input.answers),
          contactConsent: consent,
          // Without consent nothing identifying is kept, even if the terminal sent it.
          contactName: consent ? input.contact?.name ?? null : null,
          contactPhone: consent ? input.contact?.phone ?? null : null,
          contactEmail: consent ? input.contact?.email ?? null : null,
          invitationId: null,
          createdAt: recordedAt
        },
        ratings: checked.ratings,
        day,
        followUp: trigger && office ? { responseId: id, surveyId: survey.id, officeCode: office.code } : null,
        invitationToken: input.invitationToken
      })
    }
    if (errors.length) {
      const shown = errors.slice(0, 200)
      throw SurveyErrors.SURVEY_INVALID_ANSWERS(
        `${errors.length} problem${errors.length === 1 ? '' : 's'}: ${shown.slice(0, 5).map((e) => `${e.field}: ${e.message}`).join('; ')}${errors.length > 5 ? '; …' : ''}`,
        { errors: shown }
      )
    }
    return prepared
  }

  function rollupOf(prepared: Prepared[]): RollupRow[] {
    const rows = new Map<string, RollupRow>()
    for (const p of prepared) {
      for (const r of p.ratings) {
        const key = {
          surveyId: p.row.surveyId,
          day: p.day,
          questionId: r.questionId,
          channel: p.row.channel,
          officeCode: p.row.officeCode ?? null,
          districtCode: p.row.districtCode ?? null,
          regionClass: p.row.regionClass ?? null,
          segment: p.row.segment
        }
        const k = rollupKeyString(key)
        let row = rows.get(k)
        if (!row) rows.set(k, (row = { ...key, counts: new Array<number>(11).fill(0) }))
        row.counts[r.value] = (row.counts[r.value] ?? 0) + 1
      }
    }
    return [...rows.values()]
  }

  /** Writes prepared responses inside `trx`, after re-checking the survey under a share lock. */
  async function write(trx: Transaction<Database>, surveyId: string, prepared: Prepared[], mode: SubmitMode): Promise<void> {
    const survey = await surveysRepository(trx).getForShare(surveyId)
    if (!survey) throw SurveyErrors.SURVEY_NOT_FOUND(`No survey ${surveyId}.`)
    acceptsResponses(survey, mode)
    const r = responsesRepository(trx)
    for (const p of prepared) {
      if (!p.invitationToken) continue
      const invitationId = await r.claimInvitation(surveyId, tokenHash(p.invitationToken))
      if (!invitationId) {
        throw SurveyErrors.SURVEY_INVALID_INVITATION('The invitation token is unknown, already used or expired.', {
          errors: [{ field: 'body/invitationToken', message: 'is unknown, already used or expired' }]
        })
      }
      p.row.invitationId = invitationId
    }
    await r.insertResponses(prepared.map((p) => p.row))
    await r.addToRollup(rollupOf(prepared))
    await r.insertFollowUps(prepared.flatMap((p) => (p.followUp ? [p.followUp] : [])))
  }

  // The status is checked again under lock in write(); checking it here too answers a closed
  // survey with 409 before spending a directory lookup on it.
  async function loadSurvey(surveyId: string, mode: SubmitMode): Promise<SurveyRow> {
    const survey = await surveys.get(surveyId)
    if (!survey) throw SurveyErrors.SURVEY_NOT_FOUND(`No survey ${surveyId}.`)
    acceptsResponses(survey, mode)
    return survey
  }

  return {
    /** Validates one response (before any transaction: the directory may be called). */
    async prepareOne(surveyId: string, input: SubmitSurveyResponse, caller: Identity | null) {
      const survey = await loadSurvey(surveyId, 'single')
      return prepare(survey, [input], 'single', caller, () => 'body')
    },
    async prepareImport(surveyId: string, inputs: SubmitSurveyResponse[]) {
      const survey = await loadSurvey(surveyId, 'import')
      return prepare(survey, inputs, 'import', null, (i) => `body/responses/${i}`)
    },
    write,
    /**
     * One response. `visibleTo` is an office-bound caller's office (a counter terminal): another
     * office's response is as absent to it as one that does not exist.
     */
    async get(surveyId: string, id: string, trx: Kysely<Database> = db, visibleTo: string | null = null): Promise<SurveyResponse> {
      const row = await responsesRepository(trx).get(surveyId, id)
      if (!row || (visibleTo && row.officeCode !== visibleTo)) throw SurveyErrors.SURVEY_RESPONSE_NOT_FOUND(`Survey ${surveyId} has no response ${id}.`)
      return toSurveyResponse(row, await freeTextOf(surveyId, [row]))
    },
    async list(surveyId: string, filter: { channel?: string; officeCode?: string; visibleTo?: string | null }, limit: number, cursor?: string) {
      if (!(await surveys.get(surveyId))) throw SurveyErrors.SURVEY_NOT_FOUND(`No survey ${surveyId}.`)
      const after = decodeCursor(cursor, ['instant', 'uuid'])
      const rows = await repo.list(surveyId, filter, limit, after)
      const freeText = await freeTextOf(surveyId, rows)
      return toPage(rows, limit, (r) => [iso(r.createdAt), r.id], (r) => toSurveyResponse(r, freeText))
    }
  }
}
export type ResponsesService = ReturnType<typeof responsesService>

/**
 * Single submissions need an open survey. Imports bring in fieldwork done while the survey ran,
 * so they are also accepted once it is paused or closed, but never before anything is published.
 */
function acceptsResponses(survey: SurveyRow, mode: SubmitMode): void {
  const ok = mode === 'single' ? survey.status === 'open' : survey.status !== 'draft' || survey.publishedVersion !== null
  if (!ok) {
    throw SurveyErrors.SURVEY_NOT_ACCEPTING_RESPONSES(
      mode === 'single' ? `Survey ${survey.id} is ${survey.status}; responses are accepted only while it is open.` : `Survey ${survey.id} has no published version to import responses against.`
    )
  }
}
