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

export interface Database {
  districts: DistrictTable
  offices: OfficeTable
  staff: StaffTable
}
