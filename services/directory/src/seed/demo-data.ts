/**
 * A deterministic demo network shaped like a real one: 18 districts, about 3,400 post offices
 * in every region class (dense urban districts, rural and coastal New Territories, outlying
 * islands) and their staff. The same seed always gives the same rows, so figures in demos and
 * benchmarks are repeatable.
 */
import type { RegionClass } from '@postcare/contracts'

export const DEMO_OFFICE_COUNT = 3400

type Mix = Partial<Record<RegionClass, number>>

const districts: Array<{ code: string; name: string; area: string; mix: Mix }> = [
  { code: 'CNW', name: 'Central and Western', area: 'Hong Kong Island', mix: { urban: 0.95, coastal: 0.05 } },
  { code: 'WCH', name: 'Wan Chai', area: 'Hong Kong Island', mix: { urban: 1 } },
  { code: 'EST', name: 'Eastern', area: 'Hong Kong Island', mix: { urban: 0.9, coastal: 0.1 } },
  { code: 'STH', name: 'Southern', area: 'Hong Kong Island', mix: { urban: 0.5, coastal: 0.4, island_remote: 0.1 } },
  { code: 'YTM', name: 'Yau Tsim Mong', area: 'Kowloon', mix: { urban: 1 } },
  { code: 'SSP', name: 'Sham Shui Po', area: 'Kowloon', mix: { urban: 1 } },
  { code: 'KLC', name: 'Kowloon City', area: 'Kowloon', mix: { urban: 1 } },
  { code: 'WTS', name: 'Wong Tai Sin', area: 'Kowloon', mix: { urban: 1 } },
  { code: 'KTG', name: 'Kwun Tong', area: 'Kowloon', mix: { urban: 0.95, coastal: 0.05 } },
  { code: 'KWT', name: 'Kwai Tsing', area: 'New Territories', mix: { urban: 0.85, coastal: 0.1, island_remote: 0.05 } },
  { code: 'TSW', name: 'Tsuen Wan', area: 'New Territories', mix: { urban: 0.6, rural: 0.25, coastal: 0.15 } },
  { code: 'TMN', name: 'Tuen Mun', area: 'New Territories', mix: { urban: 0.55, rural: 0.2, coastal: 0.25 } },
  { code: 'YLG', name: 'Yuen Long', area: 'New Territories', mix: { urban: 0.4, rural: 0.5, coastal: 0.1 } },
  { code: 'NTH', name: 'North', area: 'New Territories', mix: { urban: 0.25, rural: 0.65, coastal: 0.05, island_remote: 0.05 } },
  { code: 'TPO', name: 'Tai Po', area: 'New Territories', mix: { urban: 0.35, rural: 0.4, coastal: 0.2, island_remote: 0.05 } },
  { code: 'SHT', name: 'Sha Tin', area: 'New Territories', mix: { urban: 0.85, rural: 0.15 } },
  { code: 'SKG', name: 'Sai Kung', area: 'New Territories', mix: { urban: 0.3, rural: 0.25, coastal: 0.35, island_remote: 0.1 } },
  { code: 'ISL', name: 'Islands', area: 'New Territories', mix: { coastal: 0.3, rural: 0.1, island_remote: 0.6 } }
]

/** mulberry32: small, fast, deterministic. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const placeParts = ['Tai', 'Wo', 'Shek', 'Kwai', 'Lam', 'Sheung', 'Ha', 'Po', 'Tin', 'Fu', 'Hang', 'Mei', 'Chung', 'Wan', 'Kok', 'Tung', 'Sai', 'Lok', 'Shan', 'Hing', 'On', 'Yan', 'Ma', 'Chai']
const kinds = ['Road', 'Street', 'Estate', 'Village', 'Centre', 'Plaza', 'Court', 'Terrace']
const surnames = ['Chan', 'Wong', 'Lee', 'Cheung', 'Lau', 'Ng', 'Ho', 'Leung', 'Lam', 'Tang', 'Kwok', 'Yip', 'Tsang', 'Choi', 'Mak', 'Fung', 'Kim', 'Park', 'Smith', 'Patel']
const givenNames = ['Ka Yan', 'Wing Sze', 'Chi Ming', 'Siu Fung', 'Mei Ling', 'Ho Yin', 'Tsz Ching', 'Kwok Wai', 'Min-jun', 'Seo-yeon', 'Alice', 'David', 'Grace', 'Samuel', 'Priya', 'Tom']

export interface DemoNetwork {
  districts: Array<{ code: string; name: string; area: string }>
  offices: Array<{ code: string; name: string; districtCode: string; regionClass: RegionClass; address: string; openedOn: string }>
  staff: Array<{ id: string; name: string; grade: string; officeCode: string }>
}

function pickClass(mix: Mix, r: number): RegionClass {
  let acc = 0
  for (const [cls, w] of Object.entries(mix) as Array<[RegionClass, number]>) {
    acc += w
    if (r < acc) return cls
  }
  return Object.keys(mix)[0] as RegionClass
}

export function demoNetwork(seed = 20121231, officeCount = DEMO_OFFICE_COUNT): DemoNetwork {
  const rand = prng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T
  const offices: DemoNetwork['offices'] = []
  const staff: DemoNetwork['staff'] = []
  const perDistrict = Math.floor(officeCount / districts.length)
  let extra = officeCount - perDistrict * districts.length
  let staffNo = 0
  for (const d of districts) {
    const n = perDistrict + (extra-- > 0 ? 1 : 0)
    for (let i = 1; i <= n; i++) {
      const code = `${d.code}${String(i).padStart(3, '0')}`
      const place = `${pick(placeParts)} ${pick(placeParts)}`
      const regionClass = pickClass(d.mix, rand())
      const year = 1960 + Math.floor(rand() * 60)
      const month = 1 + Math.floor(rand() * 12)
      offices.push({
        code,
        name: `${place} Post Office`,
        districtCode: d.code,
        regionClass,
        address: `${1 + Math.floor(rand() * 300)} ${place} ${pick(kinds)}, ${d.name}`,
        openedOn: `${year}-${String(month).padStart(2, '0')}-01`
      })
      const grades = ['postmaster', 'counter_clerk', ...(rand() < 0.6 ? ['counter_clerk'] : []), ...(rand() < 0.7 ? ['postman'] : []), ...(rand() < 0.05 ? ['account_manager'] : [])]
      for (const grade of grades) {
        staffNo++
        staff.push({ id: `S${String(staffNo).padStart(6, '0')}`, name: `${pick(surnames)} ${pick(givenNames)}`, grade, officeCode: code })
      }
    }
  }
  // The senior officials who chair the liaison groups, at the General Post Office (the first
  // office of Central and Western); fixed numbers, so the liaison demo can name them.
  staff.push(...seniorOfficials.map((o) => ({ ...o, officeCode: 'CNW001' })))
  return { districts: districts.map(({ code, name, area }) => ({ code, name, area })), offices, staff }
}

/** The senior officials of the demo network, up to the Postmaster General. */
export const seniorOfficials = [
  { id: 'S900001', name: 'Leung Wai Man', grade: 'postmaster_general' },
  { id: 'S900002', name: 'Cheung Mei Ling', grade: 'deputy_postmaster_general' },
  { id: 'S900003', name: 'Wong Chi Ming', grade: 'assistant_postmaster_general' },
  { id: 'S900004', name: 'Lau Siu Fung', grade: 'assistant_postmaster_general' },
  { id: 'S900005', name: 'Tang Ho Yin', grade: 'chief_postmaster' }
] as const
