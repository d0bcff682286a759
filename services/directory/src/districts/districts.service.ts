import type { CreateDistrict, District, UpdateDistrict } from '@postcare/contracts'
import { decodeCursor, iso, toPage, versionedUpdate } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { DirectoryErrors, pgCode } from '../errors.js'
import { districtsRepository, type DistrictRow } from './districts.repository.js'

export function toDistrict(row: DistrictRow): District {
  return { code: row.code, name: row.name, area: row.area, version: row.version, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) }
}

export function districtsService(db: Kysely<Database>) {
  const repo = districtsRepository(db)
  const notFound = (code: string) => () => DirectoryErrors.DIRECTORY_DISTRICT_NOT_FOUND(`No district ${code}.`)
  return {
    async list(limit: number, cursor?: string) {
      const after = decodeCursor(cursor, ['string'])
      return toPage(await repo.list(limit, after?.[0] as string | undefined), limit, (r) => [r.code], toDistrict)
    },
    async get(code: string): Promise<District> {
      const row = await repo.get(code)
      if (!row) throw notFound(code)()
      return toDistrict(row)
    },
    async create(input: CreateDistrict, trx: Kysely<Database> = db): Promise<District> {
      try {
        return toDistrict(await districtsRepository(trx).insert(input))
      } catch (err) {
        if (pgCode(err) === '23505') throw DirectoryErrors.DIRECTORY_DISTRICT_EXISTS(`District ${input.code} already exists.`)
        throw err
      }
    },
    async update(code: string, version: number, patch: UpdateDistrict): Promise<District> {
      return toDistrict(await versionedUpdate<DistrictRow>(db, 'districts', { code }, version, { ...patch }, notFound(code)))
    }
  }
}
export type DistrictsService = ReturnType<typeof districtsService>
