import t from 'tap'
import { dayOf, workingCalendar } from '../../src/pledges/calendar.js'

// 2026-12-25 (Fri) and 2026-12-26 (Sat) are holidays; 2027-01-01 (Fri) too.
const calendar = workingCalendar(['2026-12-25', '2026-12-26', '2027-01-01'])

t.test('two working days from a Monday is the Wednesday', async (t) => {
  t.equal(calendar.addWorkingDays('2026-11-23', 2), '2026-11-25')
})

t.test('two working days from a Thursday skip the weekend to the Monday', async (t) => {
  t.equal(calendar.addWorkingDays('2026-11-26', 2), '2026-11-30')
})

t.test('an item received on a Saturday counts from the following Monday', async (t) => {
  t.equal(calendar.addWorkingDays('2026-11-28', 1), '2026-11-30')
  t.equal(calendar.addWorkingDays('2026-11-28', 2), '2026-12-01')
})

t.test('a public holiday on a weekday is skipped like a weekend', async (t) => {
  t.equal(calendar.addWorkingDays('2026-12-24', 1), '2026-12-28')
})

t.test('ten working days across Christmas and New Year skip both holidays and weekends', async (t) => {
  // From Wed 23 Dec: 24, 28, 29, 30, 31, 4, 5, 6, 7, 8 January.
  t.equal(calendar.addWorkingDays('2026-12-23', 10), '2027-01-08')
})

t.test('zero working days is the same day', async (t) => {
  t.equal(calendar.addWorkingDays('2026-11-28', 0), '2026-11-28')
})

t.test('a negative number of days is refused', async (t) => {
  t.throws(() => calendar.addWorkingDays('2026-11-23', -1), RangeError)
})

t.test('working days between two dates exclude the start and include the end', async (t) => {
  t.equal(calendar.workingDaysBetween('2026-11-23', '2026-11-30'), 5)
  t.equal(calendar.workingDaysBetween('2026-12-24', '2026-12-28'), 1)
  t.equal(calendar.workingDaysBetween('2026-11-23', '2026-11-23'), 0)
})

t.test('the same date is a working day or not regardless of the time zone of the process', async (t) => {
  // Node applies a change of TZ at once; the two zones are 25 hours apart, so a calendar that read
  // local time anywhere would see Sunday 29 November as Saturday or Monday in one of them.
  const original = process.env.TZ
  t.teardown(() => {
    if (original === undefined) delete process.env.TZ
    else process.env.TZ = original
  })
  // Local day of the month at 2026-11-29T12:00Z in each zone: proof that the zone is in force.
  const localDay: Record<string, number> = { 'Pacific/Kiritimati': 30, 'Pacific/Pago_Pago': 29, UTC: 29 }
  for (const [zone, day] of Object.entries(localDay)) {
    process.env.TZ = zone
    t.equal(new Date('2026-11-29T12:00:00Z').getDate(), day, `${zone} is in force`)
    t.equal(calendar.isWorkingDay('2026-11-29'), false, `Sunday is not a working day in ${zone}`)
    t.equal(calendar.isWorkingDay('2026-11-30'), true, `Monday is a working day in ${zone}`)
    t.equal(calendar.addWorkingDays('2026-11-27', 1), '2026-11-30', `one working day after Friday is Monday in ${zone}`)
    t.equal(dayOf('2026-11-29T23:30:00Z'), '2026-11-29', `an instant's day is its UTC day in ${zone}`)
  }
})

t.test('adding working days and counting them back agree over a year', async (t) => {
  for (let n = 0; n < 260; n += 7) {
    t.equal(calendar.workingDaysBetween('2026-11-23', calendar.addWorkingDays('2026-11-23', n)), n)
  }
})
