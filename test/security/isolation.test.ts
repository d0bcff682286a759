/**
 * Item 11: a caller bound to office B never sees office A's records: 404 on every item route
 * and every change, and none of A's rows in lists or exports. Records are made by A's terminal
 * through every create of a collection whose body names an office, nested ones included (a survey's
 * responses and invitations, under a survey made ready to take them).
 */
import t from 'tap'
import { fillPath, sample, servicesUnderTest, startService, type RouteInfo, type ServiceUnderTest } from '../reliability/harness.js'
import { makeRecord, paramNames, readyPath, withOffice, type Made } from '../reliability/records.js'

const OFFICE_A = 'KLN001'
const OFFICE_B = 'NTR001'

/**
 * The directory is reference data every office reads (DESIGN.md): its staff and offices are not
 * office-scoped records, so it is left out, by name, rather than by accident.
 */
const REFERENCE_DATA = new Set(['directory'])

for (const service of servicesUnderTest) {
  t.test(`${service}: a terminal of office ${OFFICE_B} gets 404 for office ${OFFICE_A}'s records and never sees them in lists`, async (t) => {
    if (REFERENCE_DATA.has(service)) {
      t.comment(`isolation: ${service}: SKIPPED: reference data readable by every office, not office-scoped`)
      return
    }
    const s = await startService(t, service)
    const asA = await s.caller({ office: OFFICE_A })
    const asB = await s.caller({ office: OFFICE_B })
    // Records of office A, made by its terminal, from every create of a collection whose body names
    // an office: top-level (feedback items) and under a parent (a survey's responses and
    // invitations, the parent first made ready to take them).
    const made: Made[] = []
    const skipped: string[] = []
    for (const create of s.routes.filter((r) => r.method === 'POST' && namesOfficeAtTop(r) && isCollection(s, r))) {
      const parent = paramNames(create.url).length ? await readyPath(s, create) : { params: {} }
      if (typeof parent === 'string') {
        skipped.push(`${create.operationId}: ${parent}`)
        continue
      }
      const record = await makeRecord(s, create, parent.params, { headers: asA, seed: 1, shape: (b) => withOffice(b, create.body, OFFICE_A) })
      if (typeof record === 'string' || record.json.officeCode !== OFFICE_A || !record.id) skipped.push(`${create.operationId}: ${typeof record === 'string' ? record : 'made without office'}`)
      else made.push(record)
    }
    for (const why of skipped) t.comment(`isolation: SKIPPED ${why}`)
    if (made.length === 0) {
      t.comment(`isolation: ${service}: no office-scoped create accepted a generated body; nothing to check`)
      return
    }
    let probes = 0
    for (const { create, params, collection, id } of made) {
      // Item routes: one parameter more than the create, the record's id.
      const depth = paramNames(create.url).length + 1
      for (const route of s.routes.filter((r) => r.url.startsWith(`${create.url}/:`) && paramNames(r.url).length === depth)) {
        const url = fillPath(route.url, { ...params, [paramNames(route.url)[depth - 1]!]: id })
        const payload = route.body ? { payload: (sample(route.body, 3) ?? {}) as object } : {}
        const res = await s.app.inject({ method: route.method as 'GET', url, headers: { ...asB, 'if-match': '"1"' }, ...payload })
        probes++
        t.ok(res.statusCode === 404 || (res.statusCode >= 400 && res.statusCode < 404 && !res.body.includes(id)), `${route.operationId} of office ${OFFICE_A}'s record as office ${OFFICE_B}: ${res.statusCode}`)
        t.notOk(res.statusCode < 300, `${route.operationId}: no success across offices`)
      }
      const lists = s.routes.filter((r) => r.method === 'GET' && r.url.startsWith(create.url) && paramNames(r.url).length === depth - 1)
      for (const list of lists) {
        const url = fillPath(list.url, params)
        const res = await s.app.inject({ method: 'GET', url, headers: asB })
        probes++
        t.notOk(res.body.includes(id), `${list.operationId} as office ${OFFICE_B} does not show office ${OFFICE_A}'s record (${res.statusCode})`)
        const own = await s.app.inject({ method: 'GET', url, headers: asA })
        if (url === collection) t.ok(own.body.includes(id), `${list.operationId} as office ${OFFICE_A} shows its own record`)
      }
    }
    t.comment(`isolation: ${service}: ${made.length} office-${OFFICE_A} records (${made.map((m) => m.create.operationId).join(', ')}), ${probes} cross-office requests as ${OFFICE_B}: none visible`)
  })
}

/** A create whose body says which office the record belongs to (`officeCode` at its top level). */
function namesOfficeAtTop(route: RouteInfo): boolean {
  return !!route.body?.properties && 'officeCode' in (route.body.properties as object)
}

/** A create of a collection: the service lists it or reads its items. */
function isCollection(s: ServiceUnderTest, create: RouteInfo): boolean {
  return s.routes.some((r) => r.method === 'GET' && (r.url === create.url || r.url.startsWith(`${create.url}/:`)))
}
