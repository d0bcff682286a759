import type { CreateOffice, Office, UpdateOffice } from '@postcare/contracts'
import { iso, preconditionFailed, versionedUpdate } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { DirectoryErrors, pgCode } from '../errors.js'
import { officesRepository, type OfficeFilter, type OfficeRow } from './offices.repository.js'
import { decodeCursor, toPage } from '@postcare/platform'

export function toOffice(row: OfficeRow): Office {
  return {
    code: row.code,
    name: row.name,
    districtCode: row.districtCode,
    regionClass: row.regionClass,
    address: row.address,
    status: row.status,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt)
  }
}

/** Allowed commands per office status, for 409 answers that name them. */
const allowed: Record<OfficeRow['status'], string[]> = { open: ['close'], closed: ['reopen'] }

export function officesService(db: Kysely<Database>) {
  const repo = officesRepository(db)
  const notFound = (code: string) => () => DirectoryErrors.DIRECTORY_OFFICE_NOT_FOUND(`No office ${code}.`)
  return {
    async list(filter: OfficeFilter, limit: number, cursor?: string) {
      const after = decodeCursor(cursor, ['string'])
      const rows = await repo.list(filter, limit, after?.[0] as string | undefined)
      return toPage(rows, limit, (r) => [r.code], toOffice)
    },
    async get(code: string): Promise<Office> {
      const row = await repo.get(code)
      if (!row) throw notFound(code)()
      return toOffice(row)
    },
    async create(input: CreateOffice, trx: Kysely<Database> = db): Promise<Office> {
      if (!input.code.startsWith(input.districtCode)) {
        throw DirectoryErrors.DIRECTORY_OFFICE_DISTRICT_MISMATCH(`Office ${input.code} must start with ${input.districtCode}.`)
      }
      try {
        return toOffice(await officesRepository(trx).insert({ ...input }))
      } catch (err) {
        if (pgCode(err) === '23505') throw DirectoryErrors.DIRECTORY_OFFICE_EXISTS(`Office ${input.code} already exists.`)
        if (pgCode(err) === '23503') throw DirectoryErrors.DIRECTORY_UNKNOWN_DISTRICT(`District ${input.districtCode} does not exist.`, { errors: [{ field: 'body/districtCode', message: 'is not a known district' }] })
        throw err
      }
    },
    async update(code: string, version: number, patch: UpdateOffice): Promise<Office> {
      return toOffice(await versionedUpdate<OfficeRow>(db, 'offices', { code }, version, { ...patch }, notFound(code)))
    },
    async transition(code: string, version: number, command: 'close' | 'reopen', closedOn?: string): Promise<Office> {
      const current = await repo.get(code)
      if (!current) throw notFound(code)()
      // The precondition is judged before the command (RFC 9110 §13.2.2): a caller whose ETag is
      // stale learns that first, whatever the state has become since.
      if (current.version !== version) preconditionFailed(current.version)
      if (!allowed[current.status].includes(command)) {
        throw DirectoryErrors.DIRECTORY_ILLEGAL_TRANSITION(`Office ${code} is ${current.status}; allowed: ${allowed[current.status].join(', ')}.`, {
          allowed: allowed[current.status]
        })
      }
      const patch = command === 'close' ? { status: 'closed', closedOn } : { status: 'open', closedOn: null }
      return toOffice(await versionedUpdate<OfficeRow>(db, 'offices', { code }, version, patch, notFound(code)))
    }
  }
}
export type OfficesService = ReturnType<typeof officesService>
