import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

export interface DistrictTable {
  code: string
  name: string
  area: string
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

export interface OfficeTable {
  code: string
  name: string
  districtCode: string
  regionClass: 'urban' | 'rural' | 'coastal' | 'island_remote'
  address: string
  status: Generated<'open' | 'closed'>
  openedOn: string
  closedOn: string | null
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

export interface StaffTable {
  id: string
  name: string
  grade: string
  officeCode: string
  active: Generated<boolean>
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

export interface PublicHolidayTable {
  id: Generated<string>
  date: string
  name: string
  status: Generated<'active' | 'retired'>
  retiredAt: Date | null
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

export interface ServiceSuspensionTable {
  id: Generated<string>
  fromDay: string
  toDay: string
  kind: 'typhoon_signal_8' | 'black_rainstorm' | 'office_closure' | 'other'
  reason: string
  districtCodes: string[]
  officeCodes: string[]
  status: Generated<'active' | 'cancelled'>
  cancelledAt: Date | null
  cancelReason: string | null
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

export interface Database {
  districts: DistrictTable
  offices: OfficeTable
  staff: StaffTable
  publicHolidays: PublicHolidayTable
  serviceSuspensions: ServiceSuspensionTable
}
