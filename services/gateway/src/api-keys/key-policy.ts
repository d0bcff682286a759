/**
 * Key administration never grants more than the caller holds (the design's rule), whatever the
 * caller's `admin:keys` would otherwise allow:
 *  - a key gets only scopes its issuer holds, and an office-bound issuer binds it to its own office;
 *  - an office-bound caller sees only its own office's keys (others are 404, as if absent);
 *  - a key is revoked only by a caller holding all of its scopes, and never when it comes from
 *    configuration (that is the operator's to change, in the configuration).
 * Pure functions over the caller's identity and the key, so the rules read in one place.
 */
import type { CreateApiKey } from '@postcare/contracts'
import { officeNotPermitted, type Identity } from '@postcare/platform'
import { GatewayErrors } from '../errors.js'
import type { ApiKeyRow } from './api-keys.repository.js'

/** Throws unless `caller` may issue `input`. */
export function checkIssue(caller: Identity, input: CreateApiKey): void {
  if (caller.office !== null && input.officeCode !== caller.office) {
    throw officeNotPermitted(caller.office, 'body/officeCode', 'issue a key for another post office or for the whole network')
  }
  const missing = input.scopes.map((scope, i) => ({ scope, i })).filter(({ scope }) => !caller.scopes.includes(scope))
  if (missing.length > 0) {
    throw GatewayErrors.GATEWAY_SCOPE_NOT_HELD(`This caller does not hold ${missing.map((m) => `\`${m.scope}\``).join(', ')}; a key can be given only scopes its issuer holds.`, {
      errors: missing.map(({ i }) => ({ field: `body/scopes/${i}`, message: 'must be a scope this caller holds' }))
    })
  }
}

/** Whether `caller` may see the key at all: an office-bound caller sees only its office's keys. */
export function canSee(caller: Identity, row: ApiKeyRow): boolean {
  return caller.office === null || row.officeCode === caller.office
}

/** Throws unless `caller`, who can see the key, may revoke it. */
export function checkRevoke(caller: Identity, row: ApiKeyRow): void {
  if (row.configured) {
    throw GatewayErrors.GATEWAY_KEY_CONFIGURED(`API key ${row.id} comes from the gateway's configuration; it can be replaced or removed only there.`, { allowed: [] })
  }
  const missing = row.scopes.filter((scope) => !caller.scopes.includes(scope))
  if (missing.length > 0) {
    throw GatewayErrors.GATEWAY_SCOPE_NOT_HELD(`API key ${row.id} holds ${missing.map((s) => `\`${s}\``).join(', ')}, which this caller does not; only a caller holding all of a key's scopes may revoke it.`)
  }
}
