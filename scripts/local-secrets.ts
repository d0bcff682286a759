/**
 * Secrets of a local installation, made on first start and kept in .postcare/ (git-ignored):
 * the embedded PostgreSQL superuser password, one password per service role, the gateway's
 * Ed25519 identity key pair, the admin API key (unless POSTCARE_ADMIN_API_KEY is set) and the
 * API keys services use to call each other through the gateway, and the survey service's
 * contact hash key. `POSTCARE_STATE_DIR` puts them (and everything else of `npm start`) elsewhere.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { databaseRoleNames, generateIdentityKeys, type DatabaseRoleName } from '@postcare/platform'

export interface LocalSecrets {
  postgresPassword: string
  /** One per login role: each service's, and the read-only ones (liaison_public). */
  rolePasswords: Record<DatabaseRoleName, string>
  identityPrivateJwk: string
  identityPublicJwk: string
  adminApiKey: string
  serviceApiKeys: Record<string, string>
  /** HMAC key of the survey service's invitation contacts. */
  surveyContactHashKey: string
}

/** The folder of a local installation: `POSTCARE_STATE_DIR`, or `.postcare` in the current folder. */
export const localStateDir = (): string => resolve(process.env.POSTCARE_STATE_DIR || '.postcare')

const token = (bytes = 24) => randomBytes(bytes).toString('base64url')

export async function loadOrCreateSecrets(dir: string): Promise<LocalSecrets> {
  const file = join(dir, 'secrets.json')
  if (existsSync(file)) {
    const secrets = JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets
    // An installation made before a secret existed gets it now, once, and keeps it.
    let added = false
    if (!secrets.surveyContactHashKey) {
      secrets.surveyContactHashKey = token(32)
      added = true
    }
    for (const role of databaseRoleNames) {
      if (secrets.rolePasswords[role]) continue
      secrets.rolePasswords[role] = token()
      added = true
    }
    if (added) writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
    return secrets
  }
  mkdirSync(dir, { recursive: true })
  const keys = await generateIdentityKeys()
  const secrets: LocalSecrets = {
    postgresPassword: token(),
    rolePasswords: Object.fromEntries(databaseRoleNames.map((s) => [s, token()])) as Record<DatabaseRoleName, string>,
    identityPrivateJwk: JSON.stringify(keys.privateJwk),
    identityPublicJwk: JSON.stringify(keys.publicJwk),
    adminApiKey: `pc_admin_${token(32)}`,
    serviceApiKeys: { feedback: `pc_svc_${token(32)}`, survey: `pc_svc_${token(32)}`, membership: `pc_svc_${token(32)}`, liaison: `pc_svc_${token(32)}` },
    surveyContactHashKey: token(32)
  }
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
