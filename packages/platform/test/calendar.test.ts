/**
 * The operator's calendar (packages/platform/src/calendar): local days in zones east and west of
 * UTC and across daylight-saving changes, financial years, the one period parser, working days
 * with holidays and suspensions at a place, and business hours.
 */
import t from 'tap'
import {
  AppError, ConfigError, businessClock, canonicalTimeZone, fixedCalendar, financialYearOf, instantAt, loadCalendarSettings, localDay, operatorCalendar,
  parseBusinessHours, parseFinancialYear, resolvePeriod, startOfDay, workingDays, type SuspensionInfo
} from '../src/index.js'

const HK = 'Asia/Hong_Kong'
const NY = 'America/New_York'

t.test('an instant belongs to its local day: 07:30 on 1 April in Hong Kong is 23:30 UTC the day before', async (t) => {
  t.equal(localDay('2013-03-31T23:30:00Z', HK), '2013-04-01')
  t.equal(localDay('2013-03-31T23:30:00Z', 'UTC'), '2013-03-31')
  t.equal(localDay('2013-03-31T15:59:59.999Z', HK), '2013-03-31', 'the last millisecond of 31 March in Hong Kong')
  t.equal(localDay('2013-03-31T16:00:00Z', HK), '2013-04-01', 'and its midnight')
  t.equal(localDay('2013-04-01T03:30:00Z', NY), '2013-03-31', '23:30 on 31 March in New York is 1 April in UTC')
  t.equal(localDay('2013-04-01T04:00:00Z', NY), '2013-04-01')
})

t.test('a local day is the same whatever zone the process runs in', async (t) => {
  const original = process.env.TZ
  t.teardown(() => {
    if (original === undefined) delete process.env.TZ
    else process.env.TZ = original
  })
  for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
    process.env.TZ = zone
    t.equal(localDay('2026-11-29T23:30:00Z', HK), '2026-11-30', `TZ=${zone}`)
    t.equal(startOfDay('2026-11-30', HK).toISOString(), '2026-11-29T16:00:00.000Z', `TZ=${zone}`)
  }
})

t.test('a day starts at its first instant, across daylight-saving changes', async (t) => {
  const cases: Array<[string, string, string]> = [
    [HK, '2026-04-01', '2026-03-31T16:00:00.000Z'],
    [NY, '2026-03-08', '2026-03-08T05:00:00.000Z'], // the day clocks go forward at 02:00: still EST at midnight
    [NY, '2026-03-09', '2026-03-09T04:00:00.000Z'],
    [NY, '2026-11-01', '2026-11-01T04:00:00.000Z'],
    [NY, '2026-11-02', '2026-11-02T05:00:00.000Z'],
    ['America/Santiago', '2026-09-06', '2026-09-06T04:00:00.000Z'], // midnight is skipped: the day starts at 01:00
    ['Asia/Beirut', '2026-10-25', '2026-10-24T22:00:00.000Z'], // midnight comes twice: the day starts at the second, after 23:00 repeats
    ['Pacific/Honolulu', '2199-12-31', '2199-12-31T10:00:00.000Z'],
    [HK, '1800-01-01', '1799-12-31T16:23:18.000Z'] // local mean time, +07:36:42
  ]
  for (const [zone, day, start] of cases) {
    const at = startOfDay(day, zone)
    t.equal(at.toISOString(), start, `${day} in ${zone}`)
    t.equal(localDay(at, zone), day, 'is that day')
    t.not(localDay(new Date(at.getTime() - 1), zone), day, 'and a millisecond before is not')
  }
  t.equal(instantAt('2026-03-08', 150, NY).toISOString(), '2026-03-08T07:00:00.000Z', '02:30 does not exist that night: the instant the clock jumps to 03:00')
  t.equal(instantAt('2026-11-01', 90, NY).toISOString(), '2026-11-01T05:30:00.000Z', '01:30 happens twice: the first')
})

t.test('time zones are IANA names, in their canonical spelling', async (t) => {
  t.equal(canonicalTimeZone('asia/hong_kong'), HK)
  t.equal(canonicalTimeZone('Etc/UTC'), 'UTC')
  t.equal(canonicalTimeZone('+08:00'), null, 'an offset is not a zone')
  t.equal(canonicalTimeZone('Mars/Olympus_Mons'), null)
})

t.test('the financial year of a day and of an instant', async (t) => {
  t.equal(financialYearOf('2013-03-31', 4), '2012/13')
  t.equal(financialYearOf('2013-04-01', 4), '2013/14')
  t.equal(financialYearOf('1999-12-31', 4), '1999/00')
  t.equal(financialYearOf('2013-06-30', 7), '2012/13')
  const hk = operatorCalendar({ timeZone: HK, financialYearStartMonth: 4, businessHours: { opensAt: 540, closesAt: 1020 } }, fixedCalendar())
  t.equal(hk.financialYearOfInstant('2013-03-31T23:30:00Z'), '2013/14', 'a complaint at 07:30 on 1 April in Hong Kong is in the new year')
  t.equal(hk.financialYearOfInstant('2013-03-31T15:30:00Z'), '2012/13', 'one at 23:30 on 31 March in the old')
  t.equal(hk.financialYearOfDay('2013-04-01'), '2013/14')
  t.equal(parseFinancialYear('2012/13'), 2012)
  t.equal(parseFinancialYear('2099/00'), 2099)
  t.equal(parseFinancialYear('2012/14'), null)
})

function problem(fn: () => unknown): { code: string; status: number; errors: Array<{ field: string; message: string }> } {
  try {
    fn()
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, status: err.statusCode, errors: (err.extra?.errors ?? []) as Array<{ field: string; message: string }> }
    throw err
  }
  throw new Error('no problem raised')
}

t.test('one period parser: from/to, financialYear, or the current financial year in local time', async (t) => {
  const fy4 = { financialYearStartMonth: 4 }
  t.same(resolvePeriod({ financialYear: '2013/14' }, { today: '2026-01-01', ...fy4 }), {
    period: { from: '2013-04-01', to: '2014-03-31' }, previous: { from: '2012-04-01', to: '2013-03-31' }, financialYear: '2013/14'
  })
  t.same(resolvePeriod({}, { today: '2026-04-01', ...fy4 }).period, { from: '2026-04-01', to: '2027-03-31' }, 'the default on 1 April is the new year')
  t.same(resolvePeriod({}, { today: '2026-03-31', ...fy4 }).period, { from: '2025-04-01', to: '2026-03-31' })
  t.same(resolvePeriod({ from: '2013-01-01', to: '2013-12-31' }, { today: '2026-01-01', ...fy4 }).previous, { from: '2012-01-01', to: '2012-12-31' }, 'whole months compare with as many months before')
  t.same(resolvePeriod({ from: '2013-09-05', to: '2013-09-14' }, { today: '2026-01-01', ...fy4 }).previous, { from: '2013-08-26', to: '2013-09-04' }, 'days with as many days before')
  const hk = operatorCalendar({ timeZone: HK, financialYearStartMonth: 4, businessHours: { opensAt: 540, closesAt: 1020 } }, fixedCalendar())
  const utc = operatorCalendar({ timeZone: 'UTC', financialYearStartMonth: 4, businessHours: { opensAt: 540, closesAt: 1020 } }, fixedCalendar())
  const now = new Date('2026-03-31T23:30:00Z')
  t.equal(hk.resolvePeriod({}, now).financialYear, '2026/27', 'at 07:30 on 1 April in Hong Kong the current year is the new one')
  t.equal(utc.resolvePeriod({}, now).financialYear, '2025/26', 'in UTC it is still 31 March')

  const bad: Array<[Record<string, string>, string]> = [
    [{ financialYear: '2013/15' }, 'query/financialYear'],
    [{ financialYear: '2013/14', from: '2013-01-01' }, 'query/financialYear'],
    [{ from: '2013-01-01' }, 'query/to'],
    [{ to: '2013-01-01' }, 'query/from'],
    [{ from: '2013-02-30', to: '2013-03-01' }, 'query/from'],
    [{ from: '2013-03-01', to: '2013-02-30' }, 'query/to'],
    [{ from: '2013-03-02', to: '2013-03-01' }, 'query/to'],
    [{ from: '2000-01-01', to: '2013-01-01' }, 'query/to']
  ]
  for (const [query, field] of bad) {
    const p = problem(() => resolvePeriod(query, { today: '2026-01-01', ...fy4 }))
    t.match(p, { code: 'INVALID_PERIOD', status: 400, errors: [{ field }] }, `${JSON.stringify(query)} names ${field}`)
  }
})

// 2026: Fri 25 Dec and Mon 28 Dec are holidays; KLN is suspended on Wed 16 Dec (typhoon), office NTR002 on Thu 17 Dec.
const suspensions: SuspensionInfo[] = [
  { from: '2026-12-16', to: '2026-12-16', kind: 'typhoon_signal_8', districtCodes: ['KLN'], officeCodes: [] },
  { from: '2026-12-17', to: '2026-12-17', kind: 'office_closure', districtCodes: [], officeCodes: ['NTR002'] },
  { from: '2027-01-05', to: '2027-01-05', kind: 'black_rainstorm', districtCodes: [], officeCodes: [] }
]
const days = workingDays(fixedCalendar({ holidays: ['2026-12-25', '2026-12-28', '2027-01-01'], suspensions }))
const kowloon = { officeCode: 'KLN001', districtCode: 'KLN' }
const fanling = { officeCode: 'NTR002', districtCode: 'NTR' }
const sheungShui = { officeCode: 'NTR001', districtCode: 'NTR' }

t.test('working days skip weekends, public holidays and the suspensions of the place', async (t) => {
  t.equal(await days.isWorkingDay('2026-12-19', kowloon), false, 'Saturday')
  t.equal(await days.isWorkingDay('2026-12-25', kowloon), false, 'a public holiday')
  t.equal(await days.isWorkingDay('2026-12-16', kowloon), false, 'a typhoon day in Kowloon')
  t.equal(await days.isWorkingDay('2026-12-16', sheungShui), true, 'is a working day in another district')
  t.equal(await days.isWorkingDay('2026-12-17', fanling), false, 'an office closure')
  t.equal(await days.isWorkingDay('2026-12-17', sheungShui), true, 'is not one for its neighbour')
  t.equal(await days.isWorkingDay('2027-01-05', sheungShui), false, 'a territory-wide warning stops every clock')
  t.equal(await days.addWorkingDays('2026-12-15', 2, kowloon), '2026-12-18', 'two working days from Tue 15 Dec skip the typhoon day in Kowloon')
  t.equal(await days.addWorkingDays('2026-12-15', 2, sheungShui), '2026-12-17', 'but not in Sheung Shui')
  t.equal(await days.addWorkingDays('2026-12-23', 3, sheungShui), '2026-12-30', 'across Christmas: 24, 29, 30')
  t.equal(await days.addWorkingDays('2026-12-31', 2, sheungShui), '2027-01-06', 'into the next year: 4, then 6 (5 is the rainstorm)')
  t.equal(await days.addWorkingDays('2026-12-19', 0, kowloon), '2026-12-19', 'zero days is the same day')
  t.equal(await days.workingDaysBetween('2026-12-14', '2026-12-21', kowloon), 4, 'Mon to Mon in Kowloon: 15, 17, 18, 21')
  t.equal(await days.workingDaysBetween('2026-12-14', '2026-12-21', sheungShui), 5)
  t.equal(await days.workingDaysBetween('2026-12-21', '2026-12-14', sheungShui), 0, 'backwards is nothing')
  await t.rejects(days.addWorkingDays('2026-12-15', -1, kowloon), RangeError)
})

t.test('a clock that can find no working day gives up after ten years instead of looping', async (t) => {
  const closed = workingDays(fixedCalendar({ suspensions: Array.from({ length: 12 }, (_, i) => ({ from: `${2030 + i}-01-01`, to: `${2030 + i}-12-31`, kind: 'other', districtCodes: [], officeCodes: [] })) }))
  await t.rejects(closed.addWorkingDays('2030-01-01', 1, kowloon), RangeError)
})

t.test('business hours count opening hours of working days only', async (t) => {
  const hours = parseBusinessHours('09:00-17:00')!
  const hk = businessClock(HK, hours, days)
  // Fri 2026-12-11 16:00 HK (08:00Z) + 2 h: one hour on Friday, one on Monday 14 Dec from 09:00.
  t.equal((await hk.addBusinessHours(new Date('2026-12-11T08:00:00Z'), 2, kowloon)).toISOString(), '2026-12-14T02:00:00.000Z', 'Friday 16:00 + 2 h is Monday 10:00')
  t.equal((await hk.addBusinessHours(new Date('2026-12-12T03:00:00Z'), 1, kowloon)).toISOString(), '2026-12-14T02:00:00.000Z', 'a start on Saturday counts from Monday 09:00')
  t.equal((await hk.addBusinessHours(new Date('2026-12-15T08:00:00Z'), 2, kowloon)).toISOString(), '2026-12-17T02:00:00.000Z', 'the typhoon day in Kowloon has no hours')
  t.equal((await hk.addBusinessHours(new Date('2026-12-15T08:00:00Z'), 2, sheungShui)).toISOString(), '2026-12-16T02:00:00.000Z', 'Sheung Shui worked that day')
  t.equal((await hk.addBusinessHours(new Date('2026-12-14T01:00:00Z'), 8, kowloon)).toISOString(), '2026-12-14T09:00:00.000Z', 'a whole day ends at closing')
  t.equal((await hk.addBusinessHours(new Date('2026-12-14T01:00:00Z'), 0, kowloon)).toISOString(), '2026-12-14T01:00:00.000Z')
  // New York goes to daylight time on Sunday 8 March 2026: Friday 16:00 EST + 2 h is Monday 10:00 EDT.
  const ny = businessClock(NY, hours, workingDays(fixedCalendar()))
  t.equal((await ny.addBusinessHours(new Date('2026-03-06T21:00:00Z'), 2, {})).toISOString(), '2026-03-09T14:00:00.000Z', 'across the change to daylight time')
  await t.rejects(hk.addBusinessHours(new Date('2026-12-14T01:00:00Z'), -1, kowloon), RangeError)
  t.same(parseBusinessHours('08:30-24:00'), { opensAt: 510, closesAt: 1440 })
  for (const bad of ['17:00-09:00', '9:00-17:00', '09:00-09:00', '09:00-25:00', '']) t.equal(parseBusinessHours(bad), null, `${JSON.stringify(bad)} is refused`)
})

t.test('the calendar settings: a zone is required, and every bad one is named', async (t) => {
  const problems = (env: Record<string, string>) => {
    try {
      loadCalendarSettings(env)
      return []
    } catch (err) {
      if (err instanceof ConfigError) return err.problems
      throw err
    }
  }
  t.match(loadCalendarSettings({ POSTCARE_TIME_ZONE: 'asia/hong_kong' }), { timeZone: HK, financialYearStartMonth: 4, businessHours: { opensAt: 540, closesAt: 1020 } }, 'defaults, and the canonical name')
  t.match(problems({}), [/^POSTCARE_TIME_ZONE: must be set/], 'no default: UTC would bring the wrong days back')
  t.match(problems({ POSTCARE_TIME_ZONE: 'Hong Kong' }), [/^POSTCARE_TIME_ZONE: "Hong Kong" is not an IANA time zone/])
  t.match(problems({ POSTCARE_TIME_ZONE: 'UTC', POSTCARE_FINANCIAL_YEAR_START_MONTH: '13' }), [/^POSTCARE_FINANCIAL_YEAR_START_MONTH/])
  t.match(problems({ POSTCARE_TIME_ZONE: 'UTC', POSTCARE_BUSINESS_HOURS: '17:00-09:00' }), [/^POSTCARE_BUSINESS_HOURS/])
})
