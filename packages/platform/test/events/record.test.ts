/**
 * An event holds ids, references, codes and times, never personal data: a type whose schema could
 * carry free text is refused when the service loads, and data that does not match its type (a
 * name, an e-mail address, a phone number, an address, an identity card number, a sentence) is
 * refused when recorded, failing the change's transaction.
 */
import { randomBytes } from 'node:crypto'
import { personal } from '@postcare/contracts'
import { sql } from 'kysely'
import t from 'tap'
import Type from 'typebox'
import { defineEvents, EventField, InvalidEventError, recordEvent, type EventDefinition } from '../../src/events/index.js'
import { asCaller } from '../../src/testing/index.js'
import { events, parcelService, testConfig } from './helper.js'

const define = (data: unknown, type = 'thing.happened', subject = 'thing') => () => defineEvents({ [type]: { subject, description: 'x', data: data as EventDefinition['data'] } })
const closed = (properties: Record<string, unknown>) => Type.Object(properties as never, { additionalProperties: false })

t.test('a type whose data could hold free text or personal data is refused when the service loads', async (t) => {
  const refused: Array<[string, unknown, RegExp]> = [
    ['a free string', closed({ note: Type.String({ maxLength: 2000 }) }), /note is a free string/],
    ['a string with a pattern of its own', closed({ name: Type.String({ pattern: '^[A-Za-z ]+$' }) }), /name is a free string/],
    ['a field marked personal', closed({ ref: personal(EventField.reference(), 'identifier') }), /ref is marked as personal data/],
    ['a $ref', closed({ office: { $ref: 'OfficeCode' } }), /office is a \$ref/],
    ['an open object', Type.Object({ officeCode: EventField.officeCode() }), /data is an open object/],
    ['an open object inside', closed({ inner: Type.Object({}) }), /inner is an open object/],
    ['a free string in an array', closed({ tags: Type.Array(Type.String(), { maxItems: 5 }) }), /tags\[\] is a free string/],
    ['an array without maxItems', closed({ ids: Type.Array(EventField.id()) }), /ids is an array without maxItems/],
    ['a number without bounds', closed({ n: Type.Number() }), /n is a number without a minimum and a maximum/],
    ['a free string beside null', closed({ note: Type.Union([Type.Null(), Type.String()]) }), /note is a free string/],
    ['anything', closed({ x: Type.Unknown() }), /x has no type an event may hold/],
    ['data that is not an object', Type.String(), /data must be an object schema/]
  ]
  for (const [what, data, message] of refused) t.throws(define(data), message, what)
  t.throws(define(closed({}), 'Happened'), /must be <subject>.<change>/)
  t.throws(define(closed({}), 'thing.happened', 'Thing Type'), /subject "Thing Type" must be a snake_case word/)
  t.throws(define(closed({ note: Type.String() })), InvalidEventError)
  t.doesNotThrow(
    define(closed({
      id: EventField.id(), reference: EventField.reference(), officeCode: EventField.officeCode(), district: EventField.districtCode(), category: EventField.code(),
      status: EventField.oneOf(['open', 'closed']), literal: Type.Literal('x'), at: EventField.instant(), on: EventField.date(), count: EventField.count(),
      flag: Type.Boolean(), score: Type.Number({ minimum: 0, maximum: 10 }), previous: Type.Union([EventField.oneOf(['open']), Type.Null()]),
      caseIds: Type.Array(EventField.id(), { maxItems: 20 }), deadline: closed({ kind: EventField.oneOf(['reply']), dueAt: EventField.instant() })
    })),
    'ids, references, codes, enums, times, bounded numbers, booleans, null, bounded arrays and closed objects'
  )
})

/** Values like the erasure suite's canaries: each only a person's data could be. */
function canaries() {
  const hex = () => randomBytes(5).toString('hex')
  return {
    name: `Canary Name ${hex()}`,
    email: `canary.${hex()}@example.org`,
    phone: '+852 9123 4567',
    address: `Flat ${hex()}, 1 Canary Road`,
    idCard: 'Z123456(7)',
    sentence: `my neighbour ${hex()} stole my parcel`
  }
}

t.test('personal data and free text in an event are refused at record time, and the change fails with them', async (t) => {
  const service = await parcelService(t, await testConfig(t))
  const db = service.app.db
  const c = canaries()
  const record = (data: Record<string, unknown>, subjectId = '1') =>
    db.transaction().execute((trx) => recordEvent(trx, events, { type: 'parcel.registered', subjectId, data: { officeCode: 'KLN001', reference: 'PCL-2026-000001', size: 'small', ...data } as never }))
  for (const [kind, value] of Object.entries(c)) {
    await t.rejects(record({ reference: value }), InvalidEventError, `${kind} as a reference`)
    await t.rejects(record({ officeCode: value }), InvalidEventError, `${kind} as an office code`)
    await t.rejects(record({ size: value }), InvalidEventError, `${kind} as a size`)
    await t.rejects(record({ note: value }), /must NOT have additional properties/, `${kind} in a field the type does not declare`)
    await t.rejects(record({}, value), /subjectId must be/, `${kind} as the subject id`)
  }
  await t.rejects(
    db.transaction().execute((trx) => recordEvent(trx, events, { type: 'parcel.lost' as never, subjectId: '1', data: {} as never })),
    /no event type "parcel.lost"/
  )
  await t.rejects(recordEvent(db, events, { type: 'parcel.registered', subjectId: '1', data: { officeCode: 'KLN001', reference: 'PCL-2026-000001', size: 'small' } }), /must run in the transaction/)

  // Through the service: the change that tried is rolled back whole.
  const res = await service.app.inject({ method: 'POST', url: '/v1/directory/parcels', headers: await asCaller('directory'), payload: { reference: c.name } })
  t.equal(res.statusCode, 500, 'a service that records what its type refuses has a bug: nothing is written')
  t.notMatch(res.body, c.name, 'and the answer does not repeat the value')
  const counts = await sql<{ parcels: number; events: number }>`select (select count(*) from parcels)::int as parcels, (select count(*) from outbox_events)::int as events`.execute(db)
  t.same(counts.rows[0], { parcels: 0, events: 0 })

  // What the erasure suite's scan does, over the events table: no canary anywhere in it.
  await db.transaction().execute((trx) => recordEvent(trx, events, { type: 'parcel.registered', subjectId: '2', data: { officeCode: 'ISL001', reference: 'PCL-2026-000002', size: 'large' } }))
  const { rows } = await sql<{ row: string }>`select e::text as row from outbox_events e`.execute(db)
  t.equal(rows.length, 1)
  for (const value of Object.values(c)) t.notOk(rows.some((r) => r.row.includes(value)), `no ${value} in outbox_events`)
})

t.test('data over 8 KB is refused', async (t) => {
  const big = defineEvents({ 'batch.closed': { subject: 'batch', description: 'x', data: closed({ ids: Type.Array(EventField.id(), { maxItems: 1000 }) }) } })
  const service = await parcelService(t, await testConfig(t))
  const ids = Array.from({ length: 300 }, () => crypto.randomUUID())
  await t.rejects(service.app.db.transaction().execute((trx) => recordEvent(trx, big, { type: 'batch.closed', subjectId: '1', data: { ids } as never })), /over 8192 bytes/)
})
