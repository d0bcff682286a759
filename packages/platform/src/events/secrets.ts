/**
 * Webhook secrets and signatures.
 *
 * A secret must be at hand to sign every delivery, so it cannot be stored hashed. It is stored
 * sealed (AES-256-GCM under a key derived from WEBHOOK_SECRET_KEY, bound to its subscription's id
 * so a sealed secret copied to another row does not open): a copy of the database or of a backup
 * holds no usable secret without the key, which lives in the process's settings only. The answer
 * that shows the secret once is stored for Idempotency-Key replays with the secret still sealed,
 * and opened as it is sent.
 *
 * Signatures are Stripe's scheme: `Postcare-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>">`; a consumer recomputes it over the raw body and refuses an old `t`, so a captured
 * delivery cannot be replayed later.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'

export const SIGNATURE_HEADER = 'postcare-signature'
const SEALED = /^v1\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{22})$/

export function generateSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`
}

function keyOf(secretKey: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, 'postcare-webhook-secrets', 'aes-256-gcm', 32))
}

export function sealSecret(secretKey: string, subscriptionId: string, secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyOf(secretKey), iv)
  cipher.setAAD(Buffer.from(subscriptionId))
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return `v1.${iv.toString('base64url')}.${body.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}`
}

export const isSealed = (value: string): boolean => SEALED.test(value)

/** The secret sealed for `subscriptionId`; throws when the key or the subscription is not the one it was sealed with. */
export function openSecret(secretKey: string, subscriptionId: string, sealed: string): string {
  const m = SEALED.exec(sealed)
  if (!m) throw new Error('not a sealed secret')
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secretKey), Buffer.from(m[1]!, 'base64url'))
  decipher.setAAD(Buffer.from(subscriptionId))
  decipher.setAuthTag(Buffer.from(m[3]!, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(m[2]!, 'base64url')), decipher.final()]).toString('utf8')
}

/** The `Postcare-Signature` header of `body` sent at `unixSeconds`. */
export function signatureHeader(secret: string, body: string, unixSeconds: number): string {
  const v1 = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex')
  return `t=${unixSeconds},v1=${v1}`
}
