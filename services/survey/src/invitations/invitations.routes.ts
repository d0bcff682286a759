import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CreateSurveyInvitation, IdempotencyHeaders, SurveyInvitation, Uuid, ref } from '@postcare/contracts'
import { idempotentCreate, problemResponse } from '@postcare/platform'
import type { Kysely } from 'kysely'
import Type from 'typebox'
import type { Database } from '../db/database.js'
import type { InvitationsService } from './invitations.service.js'

const Params = Type.Object({ surveyId: ref(Uuid) }, { additionalProperties: false })
const InvitationParams = Type.Object({ surveyId: ref(Uuid), invitationId: ref(Uuid) }, { additionalProperties: false })
const tags = ['invitations']

export interface InvitationRoutesOptions {
  invitations: InvitationsService
  idempotencyRetentionHours: number
}

export const invitationRoutes: FastifyPluginAsyncTypebox<InvitationRoutesOptions> = async (app, { invitations, idempotencyRetentionHours }) => {
  app.post('/v1/survey/surveys/:surveyId/invitations', {
    config: { scope: 'survey:write' },
    schema: {
      operationId: 'createSurveyInvitation', tags, summary: 'Invite someone to answer, with a single-use token',
      description:
        'The answer carries the token once; pass it as `invitationToken` with the response, which uses it up. The contact is kept only as a keyed hash, to enforce the re-contact rule: nobody is invited again within `SURVEY_RECONTACT_DAYS` (90 by default), whichever survey asks. An invitation for someone asked within that period is answered exactly like any other (so the answer never tells whether, or when, a person was contacted before), but it is never sent and its token is refused as an expired one is.',
      params: Params, headers: IdempotencyHeaders, body: ref(CreateSurveyInvitation),
      response: {
        201: ref(SurveyInvitation),
        404: problemResponse('No such survey.'),
        409: problemResponse('The survey is closed, or the key is in flight.'),
        422: problemResponse('The channel, office or contact does not fit; `errors` names each.'),
        503: problemResponse('The directory could not be reached; retry.')
      }
    }
  }, async (req, reply) =>
    idempotentCreate(app.db as Kysely<Database>, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const invitation = await invitations.create(trx, req.params.surveyId, req.body)
      return { statusCode: 201, body: invitation, headers: { location: `/v1/survey/surveys/${req.params.surveyId}/invitations/${invitation.id}` } }
    }))

  app.get('/v1/survey/surveys/:surveyId/invitations/:invitationId', {
    config: { scope: 'survey:read' },
    schema: {
      operationId: 'getSurveyInvitation', tags, summary: 'Whether an invitation has been used (the token is never shown again)', params: InvitationParams,
      description: 'To a counter terminal (a key bound to a post office), an invitation of another office is 404.',
      response: { 200: ref(SurveyInvitation), 404: problemResponse('No such survey or invitation.') }
    }
  }, async (req) => invitations.get(req.params.surveyId, req.params.invitationId, req.identity.office))
}
