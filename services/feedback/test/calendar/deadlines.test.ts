/**
 * Pledge deadlines are working days of the item's local day of receipt, at its office: weekends,
 * the directory's public holidays, and a service suspension for the item's district (but not for
 * another district) are skipped, in a zone east and a zone west of UTC.
 */
import type { SuspensionInfo } from '@postcare/platform'
import t from 'tap'
import { caller, complaint } from '../helper.js'
import { local, zonedApp, zones } from './zoned.js'

// Fri 25 and Mon 28 December 2026 are public holidays; Kowloon (KLN) is under typhoon signal 8 on Tue 15 December.
const holidays = ['2026-12-25', '2026-12-28', '2027-01-01']
const suspensions: SuspensionInfo[] = [{ from: '2026-12-15', to: '2026-12-15', kind: 'typhoon_signal_8', districtCodes: ['KLN'], officeCodes: [] }]

for (const zone of zones) {
  t.test(`in ${zone}`, async (t) => {
    const { app, clock } = await zonedApp(t, zone, { holidays, suspensions })
    clock.set('2027-02-01T09:00:00Z')
    const headers = await caller()
    const deadlines = async (officeCode: string, receivedAt: string) => {
      const res = await app.inject({ method: 'POST', url: '/v1/feedback/items', headers, payload: complaint({ officeCode, receivedAt: local(zone, receivedAt) }) })
      t.equal(res.statusCode, 201, res.statusCode === 201 ? `received ${receivedAt} at ${officeCode}` : res.body)
      return res.json().deadlines as { acknowledgeBy: string; replyBy: string }
    }

    t.test('the clock starts on the local day of receipt, across a weekend', async (t) => {
      // 00:30 on Friday 11 December local: in Hong Kong still Thursday in UTC, so a UTC clock would say Monday.
      t.match(await deadlines('NTR001', '2026-12-11 00:30'), { acknowledgeBy: '2026-12-15' }, 'Friday + 2 working days is Tuesday')
      // 23:30 on Thursday 10 December local: in New York already Friday in UTC, so a UTC clock would say Tuesday.
      t.match(await deadlines('NTR001', '2026-12-10 23:30'), { acknowledgeBy: '2026-12-14' }, 'Thursday + 2 working days is Monday')
    })

    t.test('public holidays from the directory are skipped', async (t) => {
      t.match(await deadlines('NTR001', '2026-12-24 12:00'), { acknowledgeBy: '2026-12-30', replyBy: '2027-01-12' }, 'Thursday 24 December: 25, 26, 27, 28 are not working days; nor is 1 January')
    })

    t.test('a suspension stops the clocks of its district only', async (t) => {
      t.match(await deadlines('KLN001', '2026-12-14 10:00'), { acknowledgeBy: '2026-12-17', replyBy: '2026-12-31' }, 'in Kowloon the typhoon day does not count')
      t.match(await deadlines('NTR001', '2026-12-14 10:00'), { acknowledgeBy: '2026-12-16', replyBy: '2026-12-30' }, 'in Sheung Shui it does')
    })
  })
}
