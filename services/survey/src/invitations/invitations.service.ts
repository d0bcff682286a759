/**
 * Invitations: a single-use token per person asked, and the re-contact rule — nobody is invited
 * twice within `recontactDays`, whichever survey asks. The contact itself is never stored: only a
 * keyed hash of its normalised form, enough to recognise the same person again; the token is
 * stored hashed too and shown once, when the invitation is created.
 */
import type { Channel, CreateSurveyInvitation, SurveyInvitation } from '@postcare/contracts'
import { DirectoryUnavailableError, PlatformErrors, iso, isoOrNull, type DirectoryLookup } from '@postcare/platform'
import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import type { SurveyConfig } from '../config.js'
import type { Database } from '../db/database.js'
import { SurveyErrors } from '../errors.js'
import { tokenHash } from '../responses/responses.service.js'
import { invitationsRepository, type InvitationRow } from './invitations.repository.js'

function toInvitation(row: InvitationRow, token: string | null): SurveyInvitation {
  return {
    id: row.id,
    surveyId: row.surveyId,
    channel: row.channel as Channel,
    officeCode: row.officeCode,
    token,
    expiresAt: iso(row.expiresAt),
    usedAt: isoOrNull(row.usedAt),
    createdAt: iso(row.createdAt)
  }
}

/** E-mail addresses compare case-insensitively; phone numbers by their digits (and a leading +). */
export function normaliseContact(contact: string): string {
  const trimmed = contact.trim().toLowerCase()
  return trimmed.includes('@') ? trimmed : trimmed.replace(/[^0-9+]/g, '')
}

/** The keyed hash an invitation keeps of its contact (also how an erasure request finds them). */
export function contactHasher(key: string): (contact: string) => string {
  return (contact) => createHmac('sha256', key).update(normaliseContact(contact)).digest('base64url')
}

export function invitationsService(db: Kysely<Database>, config: SurveyConfig, directory: DirectoryLookup) {
  const contactHash = contactHasher(config.contactHashKey)

  return {
    async create(trx: Transaction<Database>, surveyId: string, input: CreateSurveyInvitation): Promise<SurveyInvitation> {
      const repo = invitationsRepository(trx)
      const survey = await repo.surveyForShare(surveyId)
      if (!survey) throw SurveyErrors.SURVEY_NOT_FOUND(`No survey ${surveyId}.`)
      if (survey.status === 'closed') throw SurveyErrors.SURVEY_NOT_ACCEPTING_RESPONSES(`Survey ${surveyId} is closed; nobody can be invited to it.`)
      const errors: Array<{ field: string; message: string }> = []
      if (survey.targetChannels.length > 0 && !survey.targetChannels.includes(input.channel)) {
        errors.push({ field: 'body/channel', message: `the survey takes responses through ${survey.targetChannels.join(', ')}, not ${input.channel}` })
      }
      if (normaliseContact(input.contact).replace('+', '').length < 3) errors.push({ field: 'body/contact', message: 'is neither an e-mail address nor a phone number' })
      if (input.officeCode) {
        let office
        try {
          office = await directory.office(input.officeCode)
        } catch (err) {
          if (err instanceof DirectoryUnavailableError) throw PlatformErrors.DIRECTORY_UNAVAILABLE('The directory cannot be reached to check the post office; retry shortly.')
          throw err
        }
        if (!office) errors.push({ field: 'body/officeCode', message: `there is no post office ${input.officeCode}` })
      }
      if (errors.length) throw SurveyErrors.SURVEY_INVALID_RESPONSE(errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors })

      const hash = contactHash(input.contact)
      await repo.lockContact(hash)
      // Asked too recently: answered exactly as any other invitation (a refusal would tell the caller
      // that, and when, the person was contacted), but suppressed: never sent, its token refused.
      const suppressed = await repo.invitedWithin(hash, config.recontactDays)
      const token = randomBytes(32).toString('base64url')
      const row = await repo.insert(
        { id: randomUUID(), surveyId, channel: input.channel, officeCode: input.officeCode ?? null, contactHash: hash, tokenHash: tokenHash(token), suppressed, usedAt: null },
        config.invitationValidDays
      )
      return toInvitation(row, token)
    },
    /** `visibleTo`: an office-bound caller's office; another office's invitation is 404 to it. */
    async get(surveyId: string, id: string, visibleTo: string | null = null): Promise<SurveyInvitation> {
      const row = await invitationsRepository(db).get(surveyId, id)
      if (!row || (visibleTo && row.officeCode !== visibleTo)) throw SurveyErrors.SURVEY_INVITATION_NOT_FOUND(`Survey ${surveyId} has no invitation ${id}.`)
      return toInvitation(row, null)
    }
  }
}
export type InvitationsService = ReturnType<typeof invitationsService>
