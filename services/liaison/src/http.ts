/** What the route files share: path parameters, the problems a create or a change can answer, the caller. */
import { Uuid, ref } from '@postcare/contracts'
import { problemResponse } from '@postcare/platform'
import type { FastifyRequest } from 'fastify'
import Type from 'typebox'

export const GroupParams = Type.Object({ groupId: ref(Uuid) }, { additionalProperties: false })
export const MeetingParams = Type.Object({ groupId: ref(Uuid), meetingId: ref(Uuid) }, { additionalProperties: false })
export const ItemParams = Type.Object({ groupId: ref(Uuid), meetingId: ref(Uuid), itemId: ref(Uuid) }, { additionalProperties: false })

export const createProblems = {
  409: problemResponse('A request with this Idempotency-Key is still in flight, or the state does not allow it.'),
  422: problemResponse('The request names something unknown or breaks a rule (`errors` names the field), or the Idempotency-Key was used for another request.')
}

export const changeProblems = {
  409: problemResponse('Not allowed in the current state; `allowed` names the commands that are.'),
  412: problemResponse('Stale If-Match: read the resource again.'),
  422: problemResponse('The change breaks a rule; `errors` names the field.'),
  428: problemResponse('If-Match missing.')
}

export interface Caller {
  id: string
  requestId: string
}

export const callerOf = (req: FastifyRequest): Caller => ({ id: req.identity?.sub ?? 'anonymous', requestId: String(req.id) })

export const WRITE = { scope: 'liaison:write', network: true } as const
export const READ = { scope: 'liaison:read' } as const
