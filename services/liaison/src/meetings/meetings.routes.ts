import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ConfirmMinutes, CreateMeeting, IdempotencyHeaders, IfMatchHeaders, Meeting, MeetingListQuery, MeetingPage, ReasonBody, RescheduleMeeting, UpdateMeeting, ref } from '@postcare/contracts'
import { idempotentCreate, ifMatchVersion, replayFinished, setEtag } from '@postcare/platform'
import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { GroupParams, MeetingParams, READ, WRITE, changeProblems, createProblems } from '../http.js'
import type { MeetingCommand } from './lifecycle.js'
import type { CommandBody, MeetingCommandsService } from './meetings.commands.js'
import type { MeetingsService } from './meetings.service.js'

const tags = ['meetings']

export interface MeetingRoutesOptions {
  meetings: MeetingsService
  commands: MeetingCommandsService
  idempotencyRetentionHours: number
}

interface CommandRoute {
  command: MeetingCommand
  operationId: string
  summary: string
  description: string
  body?: typeof ReasonBody | typeof RescheduleMeeting | typeof ConfirmMinutes
  bodyOptional?: boolean
}

const commandRoutes: CommandRoute[] = [
  { command: 'hold', operationId: 'holdLiaisonMeeting', summary: 'Record that the meeting was held', description: 'scheduled → held. Fixes the quorum rule it is held under (the group\'s now) and the open actions it carries as matters arising; queued reminders are cancelled.' },
  { command: 'postpone', operationId: 'postponeLiaisonMeeting', summary: 'Postpone the meeting', description: 'scheduled → postponed; queued reminders are cancelled.', body: ReasonBody },
  { command: 'reschedule', operationId: 'rescheduleLiaisonMeeting', summary: 'Move the meeting to a new time', description: 'scheduled or postponed → scheduled at the new time; the notice must be circulated again.', body: RescheduleMeeting },
  { command: 'cancel', operationId: 'cancelLiaisonMeeting', summary: 'Cancel the meeting', description: 'scheduled or postponed → cancelled; members who had the notice are told.', body: ReasonBody },
  { command: 'publish-agenda', operationId: 'publishLiaisonAgenda', summary: 'Publish the agenda to the public record', description: 'The meeting and its public items (and their papers) appear on the public record.' },
  { command: 'circulate-notice', operationId: 'circulateLiaisonNotice', summary: 'Send the notice, agenda and papers to the members', description: 'To every member whose term covers the meeting day and who gave an e-mail address, through the outbox, with a reminder LIAISON_MEETING_REMINDER_HOURS before the start. May be sent again (after the agenda changed): queued reminders are replaced.' },
  { command: 'circulate-minutes', operationId: 'circulateLiaisonMinutes', summary: 'Circulate the draft minutes for objection', description: 'Groups confirming by circulation: the members are sent the draft; objections are accepted for the group\'s objectionWindowDays local days.' },
  { command: 'confirm-minutes', operationId: 'confirmLiaisonMinutes', summary: 'Confirm the minutes as a correct record', description: 'At a later meeting of the group that has been held (`atMeetingId`), or, for groups confirming by circulation, once the objection window has closed without objection. minutes_drafted → minutes_confirmed.', body: ConfirmMinutes, bodyOptional: true },
  { command: 'publish-minutes', operationId: 'publishLiaisonMinutes', summary: 'Publish the confirmed minutes to the public record', description: 'minutes_confirmed → published: the public items\' minutes and the attendance appear on the public record (the agenda too, if it was not published).' }
]

export const meetingRoutes: FastifyPluginAsyncTypebox<MeetingRoutesOptions> = async (app, { meetings, commands, idempotencyRetentionHours }) => {
  const db = app.db as Kysely<Database>

  app.post('/v1/liaison/groups/:groupId/meetings', {
    config: WRITE,
    schema: {
      operationId: 'createLiaisonMeeting', tags, summary: 'Schedule a meeting',
      description: 'Start and end are instants; the answer shows them in the operator\'s time zone too (`local`). The chair is a directory staff member.',
      params: GroupParams, headers: IdempotencyHeaders, body: ref(CreateMeeting), response: { 201: ref(Meeting), ...createProblems }
    }
  }, async (req, reply) => {
    const replayed = await replayFinished(db, req, reply)
    if (replayed) return replayed
    const checked = await meetings.check(req.params.groupId, req.body)
    return idempotentCreate(db, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const meeting = await meetings.create(trx, req.body, checked)
      return { statusCode: 201, body: meeting, headers: { location: `/v1/liaison/groups/${meeting.groupId}/meetings/${meeting.id}`, etag: `"${meeting.version}"` } }
    })
  })

  app.get('/v1/liaison/groups/:groupId/meetings', {
    config: READ,
    schema: { operationId: 'listLiaisonMeetings', tags, summary: 'The group\'s meetings, latest first', params: GroupParams, querystring: MeetingListQuery, response: { 200: ref(MeetingPage) } }
  }, async (req) => {
    const { limit = 50, cursor, ...filter } = req.query
    return meetings.list(req.params.groupId, filter, limit, cursor)
  })

  app.get('/v1/liaison/groups/:groupId/meetings/:meetingId', {
    config: READ,
    schema: { operationId: 'getLiaisonMeeting', tags, summary: 'Get a meeting', params: MeetingParams, response: { 200: ref(Meeting) } }
  }, async (req, reply) => {
    const meeting = await meetings.get(req.params.groupId, req.params.meetingId)
    setEtag(reply, meeting.version)
    return meeting
  })

  app.patch('/v1/liaison/groups/:groupId/meetings/:meetingId', {
    config: WRITE,
    schema: {
      operationId: 'updateLiaisonMeeting', tags, summary: 'Change a meeting\'s title, venue, online link or chair',
      params: MeetingParams, headers: IfMatchHeaders, body: ref(UpdateMeeting), response: { 200: ref(Meeting), ...changeProblems }
    }
  }, async (req, reply) => {
    const version = ifMatchVersion(req)!
    const chairName = await meetings.chairName(req.body)
    const meeting = await db.transaction().execute((trx) => meetings.update(trx, req.params.groupId, req.params.meetingId, version, req.body, chairName))
    setEtag(reply, meeting.version)
    return meeting
  })

  for (const route of commandRoutes) {
    app.post(`/v1/liaison/groups/:groupId/meetings/:meetingId/${route.command}`, {
      config: WRITE,
      schema: {
        operationId: route.operationId, tags, summary: route.summary, description: route.description, params: MeetingParams, headers: IfMatchHeaders,
        ...(route.body ? { body: ref(route.body) } : {}),
        response: { 200: ref(Meeting), ...changeProblems }
      },
      // Bodies whose fields are all optional may be left out altogether.
      ...(route.bodyOptional ? { preValidation: async (req: FastifyRequest) => { req.body ??= {} } } : {})
    }, async (req, reply) => {
      const version = ifMatchVersion(req)!
      const body = (req.body ?? {}) as CommandBody
      const meeting = await db.transaction().execute((trx) => commands.run(trx, req.params.groupId, req.params.meetingId, version, route.command, body))
      setEtag(reply, meeting.version)
      return meeting
    })
  }
}
