import type { CreateStaff, Staff, UpdateStaff } from '@postcare/contracts'
import { decodeCursor, iso, toPage, versionedUpdate } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { DirectoryErrors, pgCode } from '../errors.js'
import { staffRepository, type StaffFilter, type StaffRow } from './staff.repository.js'

export function toStaff(row: StaffRow): Staff {
  return {
    id: row.id,
    name: row.name,
    grade: row.grade as Staff['grade'],
    officeCode: row.officeCode,
    active: row.active,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt)
  }
}

function unknownOffice(code: string | undefined) {
  return DirectoryErrors.DIRECTORY_UNKNOWN_OFFICE(`Office ${code} does not exist.`, { errors: [{ field: 'body/officeCode', message: 'is not a known office' }] })
}

export function staffService(db: Kysely<Database>) {
  const repo = staffRepository(db)
  const notFound = (id: string) => () => DirectoryErrors.DIRECTORY_STAFF_NOT_FOUND(`No staff member ${id}.`)
  return {
    async list(filter: StaffFilter, limit: number, cursor?: string) {
      const after = decodeCursor(cursor, ['string'])
      return toPage(await repo.list(filter, limit, after?.[0] as string | undefined), limit, (r) => [r.id], toStaff)
    },
    async get(id: string): Promise<Staff> {
      const row = await repo.get(id)
      if (!row) throw notFound(id)()
      return toStaff(row)
    },
    async create(input: CreateStaff, trx: Kysely<Database> = db): Promise<Staff> {
      try {
        return toStaff(await staffRepository(trx).insert(input))
      } catch (err) {
        if (pgCode(err) === '23505') throw DirectoryErrors.DIRECTORY_STAFF_EXISTS(`Staff member ${input.id} already exists.`)
        if (pgCode(err) === '23503') throw unknownOffice(input.officeCode)
        throw err
      }
    },
    async update(id: string, version: number, patch: UpdateStaff): Promise<Staff> {
      try {
        return toStaff(await versionedUpdate<StaffRow>(db, 'staff', { id }, version, { ...patch }, notFound(id)))
      } catch (err) {
        if (pgCode(err) === '23503') throw unknownOffice(patch.officeCode)
        throw err
      }
    }
  }
}
export type StaffService = ReturnType<typeof staffService>
