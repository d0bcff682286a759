/**
 * The settings of messages to people, shared by every service (one mail relay, one sender, one
 * print-room spool): read with the service's other settings by loadServiceConfig.
 */
import addressparser from 'nodemailer/lib/addressparser'
import Type from 'typebox'

export interface MessagingConfig {
  /** `smtp://host:587` (STARTTLS when offered; `?requireTLS=true` insists), `smtps://user:pass@host:465`; null: e-mail is not sent. */
  readonly smtpUrl: string | null
  /** Messages per second this process hands the mail server (0: no limit). */
  readonly smtpMaxPerSecond: number
  readonly smtpMaxConnections: number
  /** The From of every e-mail, `Name <address>`; its domain names Message-IDs. */
  readonly from: string
  readonly messageIdDomain: string
  /** Letters (printable HTML) and SMS (text, until a provider is contracted) are written under it; null: neither is sent. */
  readonly spoolDir: string | null
  readonly batchSize: number
  readonly pollMs: number
  readonly leaseSeconds: number
  readonly maxAttempts: number
  readonly retryBaseSeconds: number
  readonly retryMaxSeconds: number
  /** A message due this long and not taken makes a dispatcher that has done nothing as long unready. */
  readonly stuckSeconds: number
}

export function messagingSettings() {
  return {
    SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://[^\\s]+$', maxLength: 2000, description: 'the mail relay: smtp://host:port or smtps://user:pass@host:465' })),
    SMTP_MAX_PER_SECOND: Type.Integer({ default: 20, minimum: 0, maximum: 100_000 }),
    SMTP_MAX_CONNECTIONS: Type.Integer({ default: 3, minimum: 1, maximum: 50 }),
    MAIL_FROM: Type.String({ default: 'Postcare <no-reply@postcare.invalid>', minLength: 3, maxLength: 300 }),
    MESSAGES_SPOOL_DIR: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    MESSAGES_BATCH_SIZE: Type.Integer({ default: 50, minimum: 1, maximum: 1000 }),
    MESSAGES_POLL_MS: Type.Integer({ default: 1000, minimum: 10, maximum: 600_000 }),
    MESSAGES_LEASE_SECONDS: Type.Integer({ default: 120, minimum: 1, maximum: 3600 }),
    MESSAGES_MAX_ATTEMPTS: Type.Integer({ default: 8, minimum: 1, maximum: 100 }),
    MESSAGES_RETRY_BASE_SECONDS: Type.Number({ default: 30, minimum: 0, maximum: 86_400 }),
    MESSAGES_RETRY_MAX_SECONDS: Type.Number({ default: 3600, minimum: 0, maximum: 604_800 }),
    MESSAGES_STUCK_SECONDS: Type.Integer({ default: 600, minimum: 1, maximum: 604_800 })
  }
}

/** MessagingConfig from settings read with messagingSettings; problems are named into `problems`. */
export function messagingConfig(s: Record<string, any>, problems: string[]): MessagingConfig {
  const [sender] = addressparser(String(s.MAIL_FROM), { flatten: true })
  const address = sender?.address ?? ''
  const domain = address.includes('@') ? address.slice(address.lastIndexOf('@') + 1) : ''
  if (!/^[A-Za-z0-9.-]+$/.test(domain)) problems.push('MAIL_FROM: must be one address, e.g. "Postcare <no-reply@post.example>"')
  const perSecond = s.SMTP_MAX_PER_SECOND as number
  // A batch must be sent well within the lease, or another dispatcher takes it again meanwhile.
  if (perSecond > 0 && s.MESSAGES_BATCH_SIZE / perSecond > s.MESSAGES_LEASE_SECONDS / 2) {
    problems.push(`MESSAGES_BATCH_SIZE: ${s.MESSAGES_BATCH_SIZE} messages at SMTP_MAX_PER_SECOND=${perSecond} take longer than half of MESSAGES_LEASE_SECONDS (${s.MESSAGES_LEASE_SECONDS})`)
  }
  return Object.freeze({
    smtpUrl: s.SMTP_URL ?? null,
    smtpMaxPerSecond: perSecond,
    smtpMaxConnections: s.SMTP_MAX_CONNECTIONS,
    from: s.MAIL_FROM,
    messageIdDomain: domain.toLowerCase(),
    spoolDir: s.MESSAGES_SPOOL_DIR ?? null,
    batchSize: s.MESSAGES_BATCH_SIZE,
    pollMs: s.MESSAGES_POLL_MS,
    leaseSeconds: s.MESSAGES_LEASE_SECONDS,
    maxAttempts: s.MESSAGES_MAX_ATTEMPTS,
    retryBaseSeconds: s.MESSAGES_RETRY_BASE_SECONDS,
    retryMaxSeconds: s.MESSAGES_RETRY_MAX_SECONDS,
    stuckSeconds: s.MESSAGES_STUCK_SECONDS
  })
}
