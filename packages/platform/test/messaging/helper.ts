/**
 * A throwaway service built on the platform's messaging: notes that, when written, tell someone
 * by e-mail, SMS or letter, through a real loopback SMTP server (smtp-server) and the production
 * SMTP transport (nodemailer), on a real database.
 */
import { simpleParser, type ParsedMail } from 'mailparser'
import { sql, type Kysely, type Migration } from 'kysely'
import type { ServiceConfig } from '../../src/config.js'
import { defineErrors } from '../../src/errors.js'
import { startLocalSmtp, type LocalSmtp, type LocalSmtpOptions } from '../../src/local-smtp.js'
import { defineTemplates, enqueue, messagesTag, registerMessaging, type MessagingOptions, type Recipient } from '../../src/messaging/index.js'
import { createServiceApp } from '../../src/service.js'
import { readyTestApp, testServiceConfig, type TestContext } from '../../src/testing/index.js'

export const Errors = defineErrors({ NOTE_REFUSED: { status: 422, title: 'The note is refused' } })

export const templates = defineTemplates({
  'note.written': {
    variables: ['name', 'reference', 'body'],
    en: { subject: 'Your note {{reference}}', text: 'Dear {{name}},\n\nWe wrote down: {{body}}\n', html: '<p>Dear {{name}},</p><p>We wrote down: {{body}}</p>', sms: 'Note {{reference}} written.' },
    'zh-Hant': { subject: '您的記錄 {{reference}}', text: '{{name}} 您好：\n\n我們記下了：{{body}}\n', html: '<p>{{name}} 您好：</p><p>我們記下了：{{body}}</p>' },
    ko: { subject: '메모 {{reference}}', text: '{{name}}님,\n\n기록했습니다: {{body}}\n', html: '<p>{{name}}님,</p><p>기록했습니다: {{body}}</p>' }
  }
})

const migrations: Record<string, Migration> = {
  '2026-12-01T9000_notes': {
    async up(db: Kysely<any>) {
      await sql`create table notes (id serial primary key, body text not null)`.execute(db)
    }
  }
}

export interface NoteInput {
  body: string
  name?: string
  language?: string
  to?: Recipient
  dueAt?: string
  /** Fails the change after the message was enqueued. */
  fail?: boolean
}

const NoteBody = {
  type: 'object',
  additionalProperties: false,
  required: ['body'],
  properties: {
    body: { type: 'string', maxLength: 2000 },
    name: { type: 'string', maxLength: 200 },
    language: { type: 'string', maxLength: 20 },
    to: { type: 'object' },
    dueAt: { type: 'string', format: 'date-time' },
    fail: { type: 'boolean' }
  }
}

/** The SMTP settings of a test service pointed at `smtp`: no rate limit, retries due at once. */
export const smtpEnv = (smtp: LocalSmtp, more: Record<string, string> = {}) => ({ SMTP_URL: smtp.url, SMTP_MAX_PER_SECOND: '0', MESSAGES_RETRY_BASE_SECONDS: '0', ...more })

export async function localSmtp(t: TestContext, opts: LocalSmtpOptions = {}): Promise<LocalSmtp> {
  const smtp = await startLocalSmtp(opts)
  t.teardown(() => smtp.close())
  return smtp
}

export async function testConfig(t: TestContext, env: Record<string, string>) {
  return testServiceConfig(t, 'directory', env)
}

/** The notes service on `config` (a second one on the same config is another replica); its dispatcher runs only by hand. */
export async function notesService(t: TestContext, config: ServiceConfig, messaging: Omit<MessagingOptions, 'scheduleDispatch'> = {}) {
  const app = await createServiceApp({ config, schemas: [], openapi: { title: 'notes', description: 'test', version: '1.0.0', tags: [messagesTag] } })
  const outbox = await registerMessaging(app, config, { scopes: { read: 'directory:read', manage: 'directory:manage' }, ...messaging, scheduleDispatch: () => () => {} })
  app.post('/v1/directory/notes', { config: { scope: 'directory:write' }, schema: { body: NoteBody } }, async (req, reply) => {
    const input = req.body as NoteInput
    const note = await app.db.transaction().execute(async (trx) => {
      const row = await trx.insertInto('notes').values({ body: input.body }).returning('id').executeTakeFirstOrThrow()
      const message = await enqueue(trx, templates, {
        kind: 'note.written',
        to: input.to ?? { channel: 'email', email: 'customer@example.org', name: input.name ?? 'Chan Tai Man' },
        language: input.language ?? 'en',
        variables: { name: input.name ?? 'Chan Tai Man', reference: `N-${row.id}`, body: input.body },
        subjectType: 'note',
        subjectId: String(row.id),
        ...(input.dueAt ? { dueAt: new Date(input.dueAt) } : {})
      })
      if (input.fail) throw Errors.NOTE_REFUSED('Refused after the message was written.')
      return { id: row.id, messageId: message.id }
    })
    return reply.code(201).send(note)
  })
  await readyTestApp(t, app, 'directory', migrations)
  return { app, outbox }
}

export const parse = (raw: Buffer): Promise<ParsedMail> => simpleParser(raw)
