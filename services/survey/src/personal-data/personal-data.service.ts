/**
 * Erasing what the survey service keeps about a respondent: on request, for one response (the
 * data protection officer has its id from a case) or for a person (who knows only their own
 * e-mail address or phone number), and by the contact retention sweep.
 *
 * What a respondent leaves here: the name, phone and e-mail given with consent, free-text answers,
 * the submit answer kept for Idempotency-Key replays, the reason a follow-up call failed, and the
 * keyed hash of an invitation's contact. Erasure takes all of them in one transaction and writes an
 * audit row; ratings, choices, dates, office and channel stay, so every published figure stays the
 * same. Erasing again is harmless: the response is already as erased as it can be.
 */
import type { EraseSurveySubject, SurveyResponse, SurveyRetentionRun, SurveySubjectErasure } from '@postcare/contracts'
import { audit, rewriteStoredResponses, sweepInBlocks, type AuditEntry } from '@postcare/platform'
import type { Kysely, Transaction } from 'kysely'
import type { SurveyConfig } from '../config.js'
import type { Database } from '../db/database.js'
import { SurveyErrors } from '../errors.js'
import { contactHasher, normaliseContact } from '../invitations/invitations.service.js'
import type { ResponsesService } from '../responses/responses.service.js'
import { personalDataRepository } from './personal-data.repository.js'

export interface Requester {
  /** Who asked (the identity's subject). */
  sub: string
  requestId: string
}

/** Rows erased per transaction by the sweep: a first run over a year of responses stays in short transactions. */
const sweepBatch = 500

export function personalDataService(db: Kysely<Database>, config: SurveyConfig, responses: ResponsesService, now: () => Date) {
  const contactHash = contactHasher(config.contactHashKey)

  /** Erases responses inside `trx`; answers the feedback cases they had opened. */
  async function eraseResponses(trx: Transaction<Database>, ids: string[], at: Date): Promise<string[]> {
    const repo = personalDataRepository(trx)
    await repo.eraseResponses(ids, at)
    const cases = await repo.closeFollowUps(ids, at)
    // The stored submit answers hold the free text: rewritten to the erased response, so a retry
    // replays it instead of recording the response twice (and counting its ratings twice).
    const erased = new Set(ids)
    await rewriteStoredResponses<{ id?: string; surveyId?: string }>(trx, ids, async (body) =>
      body.id && body.surveyId && erased.has(body.id) ? responses.get(body.surveyId, body.id, trx) : body
    )
    return cases
  }

  const auditOf = (subjectType: 'survey_response' | 'survey_invitation', ids: string[], who: { caller: string; requestId: string | null }, details: Record<string, unknown>): AuditEntry[] =>
    ids.map((subjectId) => ({ caller: who.caller, action: 'personal_data.erased', subjectType, subjectId, requestId: who.requestId, details }))

  return {
    async eraseResponse(trx: Transaction<Database>, surveyId: string, responseId: string, reason: string, requester: Requester): Promise<SurveyResponse> {
      const repo = personalDataRepository(trx)
      if (!(await repo.lockResponse(surveyId, responseId))) throw SurveyErrors.SURVEY_RESPONSE_NOT_FOUND(`Survey ${surveyId} has no response ${responseId}.`)
      await eraseResponses(trx, [responseId], now())
      // Every request is audited, a repeated one too: the log says who asked and when.
      await audit(trx, auditOf('survey_response', [responseId], { caller: requester.sub, requestId: requester.requestId }, { surveyId, reason }))
      return responses.get(surveyId, responseId, trx)
    },

    /** One transaction: all of it or nothing. */
    async eraseSubject(trx: Transaction<Database>, input: EraseSurveySubject, requester: Requester): Promise<SurveySubjectErasure> {
      if (!input.email && !input.phone) {
        throw SurveyErrors.SURVEY_INVALID_ERASURE_REQUEST('Give the person\'s e-mail address, phone number or both.', {
          errors: [{ field: 'body', message: 'needs `email` or `phone` (or both) to find the person\'s responses and invitations' }]
        })
      }
      const email = input.email ? normaliseContact(input.email) : undefined
      const phone = input.phone ? normaliseContact(input.phone) : undefined
      const repo = personalDataRepository(trx)
      const invitationIds = await repo.lockInvitationsByHash([email, phone].filter((c): c is string => !!c).map(contactHash))
      const responseIds = await repo.lockSubjectResponses({ email, phone, invitationIds })
      const at = now()
      const cases = await eraseResponses(trx, responseIds, at)
      await repo.eraseInvitations(invitationIds)
      // The e-mail and phone are not written to the audit log: it would keep what was erased.
      const who = { caller: requester.sub, requestId: requester.requestId }
      await audit(trx, [
        ...auditOf('survey_response', responseIds, who, { reason: input.reason, by: 'subject' }),
        ...auditOf('survey_invitation', invitationIds, who, { reason: input.reason, by: 'subject' })
      ])
      return { responses: responseIds.length, invitations: invitationIds.length, followUpCases: cases }
    },

    /**
     * Anonymises responses whose contact details were given (`respondedAt`, when the person handed
     * them over, not when a fieldwork import keyed them in) more than `contactRetentionDays` ago,
     * and removes the contact hash of invitations older than both the retention and the
     * re-contact period (the hash exists for the re-contact rule, which must still hold). A sweep
     * answers no request, so it owns its transactions: one per block.
     */
    async sweepRetention(): Promise<SurveyRetentionRun> {
      const at = now()
      const cutoff = new Date(at.getTime() - config.contactRetentionDays * 86_400_000)
      const invitationCutoff = new Date(at.getTime() - Math.max(config.contactRetentionDays, config.recontactDays) * 86_400_000)
      const system = { caller: 'system:retention', requestId: null }
      const details = { reason: `contact retention of ${config.contactRetentionDays} days` }
      const anonymised = await sweepInBlocks(db, sweepBatch, async (trx, size) => {
        const ids = await personalDataRepository(trx).lockDueForRetention(cutoff, size)
        await eraseResponses(trx, ids, at)
        await audit(trx, auditOf('survey_response', ids, system, details))
        return ids.length
      })
      const invitations = await sweepInBlocks(db, sweepBatch, async (trx, size) => {
        const repo = personalDataRepository(trx)
        const ids = await repo.lockInvitationsDueForRetention(invitationCutoff, size)
        await repo.eraseInvitations(ids)
        await audit(trx, auditOf('survey_invitation', ids, system, details))
        return ids.length
      })
      return { anonymised, invitations }
    }
  }
}
export type PersonalDataService = ReturnType<typeof personalDataService>
