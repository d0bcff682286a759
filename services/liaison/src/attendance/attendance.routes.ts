import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { AttendanceRegister, IfMatchHeaders, RecordAttendance, ref } from '@postcare/contracts'
import { ifMatchVersion, setEtag } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { MeetingParams, READ, WRITE, changeProblems } from '../http.js'
import type { AttendanceService } from './attendance.service.js'

const tags = ['meetings']

export const attendanceRoutes: FastifyPluginAsyncTypebox<{ attendance: AttendanceService }> = async (app, { attendance }) => {
  const db = app.db as Kysely<Database>
  const url = '/v1/liaison/groups/:groupId/meetings/:meetingId/attendance'

  app.get(url, {
    config: READ,
    schema: {
      operationId: 'getLiaisonAttendance', tags, summary: 'Who attended (or sent apologies), and the quorum',
      description: 'The quorum is computed from the group\'s rule as it stood when the meeting was held (the current rule before then), with terms read as of the meeting\'s local day.',
      params: MeetingParams, response: { 200: ref(AttendanceRegister) }
    }
  }, async (req, reply) => {
    const register = await attendance.get(req.params.groupId, req.params.meetingId)
    setEtag(reply, register.version)
    return register
  })

  app.put(url, {
    config: WRITE,
    schema: {
      operationId: 'recordLiaisonAttendance', tags, summary: 'Record the attendance register (apologies, presence, absence, substitutes)',
      description: 'The whole register, each representative once; until the minutes are confirmed. A representative whose term does not cover the meeting day may be recorded but is not counted.',
      params: MeetingParams, headers: IfMatchHeaders, body: ref(RecordAttendance), response: { 200: ref(AttendanceRegister), ...changeProblems }
    }
  }, async (req, reply) => {
    const version = ifMatchVersion(req)!
    const register = await db.transaction().execute((trx) => attendance.record(trx, req.params.groupId, req.params.meetingId, version, req.body))
    setEtag(reply, register.version)
    return register
  })
}
