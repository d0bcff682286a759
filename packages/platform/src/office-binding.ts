/**
 * Office binding: a caller whose identity names an office (a counter terminal's key, a staff
 * token with an office) acts for that office only, on writes as on reads. Two rules are checked
 * here for every route, mechanically, before any handler runs:
 *  - a route marked `config.network` acts on the whole network (reference data, administration,
 *    network-wide figures): an office-bound caller is refused;
 *  - every `officeCode` in the validated body (at any depth: each row of an import) must be the
 *    caller's office. (A list filtered by another office simply finds nothing.) Contracts call the field that says which office a record belongs to
 *    `officeCode`, everywhere, so this one rule covers every route that takes one.
 * A record addressed by its id is the owning service's to load with the caller's office, answering
 * 404 for another office's; the security suite checks that over every route.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { PlatformErrors } from './errors.js'
import type { Identity } from './identity.js'

export const OFFICE_FIELD = 'officeCode'

/** The path of the first `officeCode` in `value` that is not `office`. */
function foreignOffice(value: unknown, office: string, root: string): string | undefined {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: root }]
  while (stack.length > 0) {
    const { value: node, path } = stack.pop()!
    if (!node || typeof node !== 'object') continue
    if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push({ value: item, path: `${path}/${i}` }))
      continue
    }
    for (const [key, item] of Object.entries(node)) {
      if (key === OFFICE_FIELD && typeof item === 'string' && item !== office) return `${path}/${key}`
      if (item && typeof item === 'object') stack.push({ value: item, path: `${path}/${key}` })
    }
  }
  return undefined
}

/** 403 for an office-bound caller naming another office (or acting network-wide). */
export function officeNotPermitted(office: string, field?: string, what = 'act for another post office') {
  return PlatformErrors.OFFICE_NOT_PERMITTED(
    `This caller is bound to post office ${office} and may not ${what}.`,
    field ? { errors: [{ field, message: `must be ${office}, the office this caller is bound to` }] } : undefined
  )
}

/** Refuses a network-wide route to an office-bound caller. Runs once the identity is known. */
export function checkNetworkRoute(request: FastifyRequest, identity: Identity): void {
  if (identity.office !== null && request.routeOptions.config?.network) {
    throw officeNotPermitted(identity.office, undefined, 'use a network-wide operation')
  }
}

export function registerOfficeBinding(app: FastifyInstance): void {
  // preHandler: after validation, so the values checked are the ones the handler will see.
  app.addHook('preHandler', async (request) => {
    const office = request.identity?.office
    if (!office) return
    const field = foreignOffice(request.body, office, 'body')
    if (field) throw officeNotPermitted(office, field)
  })
}
