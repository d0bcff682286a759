import type { CreatePublicHoliday, PublicHoliday } from '@postcare/contracts'
import { decodeCursor, iso, isoOrNull, preconditionFailed, toPage, versionedUpdate } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { DirectoryErrors, pgCode } from '../errors.js'
import { holidaysRepository, type HolidayFilter, type HolidayRow } from './holidays.repository.js'

export function toHoliday(row: HolidayRow): PublicHoliday {
  return {
    id: row.id,
    date: row.date,
    name: row.name,
    status: row.status,
    retiredAt: isoOrNull(row.retiredAt),
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt)
  }
}

export function holidaysService(db: Kysely<Database>) {
  const repo = holidaysRepository(db)
  const notFound = (id: string) => () => DirectoryErrors.DIRECTORY_HOLIDAY_NOT_FOUND(`No public holiday ${id}.`)
  return {
    async list(filter: HolidayFilter, limit: number, cursor?: string) {
      const after = decodeCursor(cursor, ['date', 'uuid'])
      const rows = await repo.list(filter, limit, after ? { date: after[0] as string, id: after[1] as string } : undefined)
      return toPage(rows, limit, (r) => [r.date, r.id], toHoliday)
    },
    async get(id: string): Promise<PublicHoliday> {
      const row = await repo.get(id)
      if (!row) throw notFound(id)()
      return toHoliday(row)
    },
    async create(input: CreatePublicHoliday, trx: Kysely<Database> = db): Promise<PublicHoliday> {
      try {
        return toHoliday(await holidaysRepository(trx).insert({ date: input.date, name: input.name }))
      } catch (err) {
        if (pgCode(err) === '23505') {
          throw DirectoryErrors.DIRECTORY_HOLIDAY_EXISTS(`${input.date} is already a public holiday; retire that one first to rename it.`, {
            errors: [{ field: 'body/date', message: 'is already a public holiday' }]
          })
        }
        throw err
      }
    },
    /** A retired holiday is a working day again; it stays listed (`status=retired`) to explain deadlines computed with it. */
    async retire(id: string, version: number): Promise<PublicHoliday> {
      const current = await repo.get(id)
      if (!current) throw notFound(id)()
      if (current.version !== version) preconditionFailed(current.version)
      if (current.status === 'retired') throw DirectoryErrors.DIRECTORY_ILLEGAL_TRANSITION(`The holiday on ${current.date} is already retired.`, { allowed: [] })
      return toHoliday(await versionedUpdate<HolidayRow>(db, 'publicHolidays', { id }, version, { status: 'retired', retiredAt: new Date() }, notFound(id)))
    }
  }
}
export type HolidaysService = ReturnType<typeof holidaysService>
