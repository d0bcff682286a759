/**
 * Item 11: a caller bound to office B never sees office A's records: 404 on every item route
 * and every change, and none of A's rows in lists or exports. Records are made by generated creates
 * on every top-level collection whose body names an office.
 */
import t from 'tap'
import { fillPath, sample, servicesUnderTest, startService, UnsupportedSchema } from '../reliability/harness.js'

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
    // Records of office A, from every create whose body carries officeCode.
    const made: Array<{ collection: string; id: string }> = []
    for (const create of s.routes.filter((r) => r.method === 'POST' && !r.url.includes(':') && (r.body?.properties as object | undefined) && 'officeCode' in (r.body!.properties as object))) {
      for (let seed = 1; seed < 12; seed++) {
        const body = sample(create.body, seed)
        if (body instanceof UnsupportedSchema) break
        const res = await s.app.inject({ method: 'POST', url: create.url, headers: asA, payload: body as object })
        if (res.statusCode < 300) {
          const json = res.json() as Record<string, unknown>
          if (json.officeCode === OFFICE_A && typeof json.id === 'string') {
            made.push({ collection: create.url, id: json.id })
            break
          }
        }
      }
    }
    if (made.length === 0) {
      t.comment(`isolation: ${service}: no office-scoped create accepted a generated body; nothing to check`)
      return
    }
    let probes = 0
    for (const { collection, id } of made) {
      for (const route of s.routes.filter((r) => r.url.startsWith(`${collection}/:`) && (r.url.match(/:/g) ?? []).length === 1)) {
        const url = fillPath(route.url, { [route.url.match(/:(\w+)/)![1]!]: id })
        const payload = route.body ? { payload: (sample(route.body, 3) ?? {}) as object } : {}
        const res = await s.app.inject({ method: route.method as 'GET', url, headers: { ...asB, 'if-match': '"1"' }, ...payload })
        probes++
        t.ok(res.statusCode === 404 || (res.statusCode >= 400 && res.statusCode < 404 && !res.body.includes(id)), `${route.operationId} of office ${OFFICE_A}'s record as office ${OFFICE_B}: ${res.statusCode}`)
        t.notOk(res.statusCode < 300, `${route.operationId}: no success across offices`)
      }
      const lists = s.routes.filter((r) => r.method === 'GET' && r.url.startsWith(collection) && !r.url.includes(':'))
      for (const list of lists) {
        const res = await s.app.inject({ method: 'GET', url: `${list.url}`, headers: asB })
        probes++
        t.notOk(res.body.includes(id), `${list.operationId} as office ${OFFICE_B} does not show office ${OFFICE_A}'s record (${res.statusCode})`)
        const own = await s.app.inject({ method: 'GET', url: list.url, headers: asA })
        if (list.url === collection) t.ok(own.body.includes(id), `${list.operationId} as office ${OFFICE_A} shows its own record`)
      }
    }
    t.comment(`isolation: ${service}: ${made.length} office-${OFFICE_A} records, ${probes} cross-office requests as ${OFFICE_B}: none visible`)
  })
}
