import { MAX_SUSPENSION_DAYS, type CreateServiceSuspension, type ServiceSuspension } from '@postcare/contracts'
import { daysBetween, decodeCursor, iso, isoOrNull, preconditionFailed, toPage, versionedUpdate } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { DirectoryErrors } from '../errors.js'
import { suspensionsRepository, type SuspensionFilter, type SuspensionRow } from './suspensions.repository.js'

export function toSuspension(row: SuspensionRow): ServiceSuspension {
  return {
    id: row.id,
    from: row.fromDay,
    to: row.toDay,
    kind: row.kind,
    reason: row.reason,
    territoryWide: row.districtCodes.length === 0 && row.officeCodes.length === 0,
    districtCodes: row.districtCodes,
    officeCodes: row.officeCodes,
    status: row.status,
    cancelledAt: isoOrNull(row.cancelledAt),
    cancelReason: row.cancelReason,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt)
  }
}

export function suspensionsService(db: Kysely<Database>) {
  const repo = suspensionsRepository(db)
  const notFound = (id: string) => () => DirectoryErrors.DIRECTORY_SUSPENSION_NOT_FOUND(`No service suspension ${id}.`)
  return {
    async list(filter: SuspensionFilter, limit: number, cursor?: string) {
      const after = decodeCursor(cursor, ['date', 'uuid'])
      const rows = await repo.list(filter, limit, after ? { from: after[0] as string, id: after[1] as string } : undefined)
      return toPage(rows, limit, (r) => [r.fromDay, r.id], toSuspension)
    },
    async get(id: string): Promise<ServiceSuspension> {
      const row = await repo.get(id)
      if (!row) throw notFound(id)()
      return toSuspension(row)
    },
    /** Declares a suspension; every district and office it names must be in the directory. */
    async create(input: CreateServiceSuspension, trx: Kysely<Database> = db): Promise<ServiceSuspension> {
      // Both are real days (the schema's date format); the span is checked here.
      const to = input.to ?? input.from
      if (to < input.from) throw DirectoryErrors.DIRECTORY_INVALID_SUSPENSION('to is before from.', { errors: [{ field: 'body/to', message: 'is before from' }] })
      if (daysBetween(input.from, to) + 1 > MAX_SUSPENSION_DAYS) {
        throw DirectoryErrors.DIRECTORY_INVALID_SUSPENSION(`A suspension covers at most ${MAX_SUSPENSION_DAYS} days; declare a longer closure again.`, {
          errors: [{ field: 'body/to', message: `is more than ${MAX_SUSPENSION_DAYS} days after from` }]
        })
      }
      const districtCodes = input.districtCodes ?? []
      const officeCodes = input.officeCodes ?? []
      const r = suspensionsRepository(trx)
      const unknownDistricts = await r.unknown('districts', districtCodes)
      const unknownOffices = await r.unknown('offices', officeCodes)
      const errors: Array<{ field: string; message: string }> = [
        ...districtCodes.flatMap((c, i) => (unknownDistricts.has(c) ? [{ field: `body/districtCodes/${i}`, message: 'is not a known district' }] : [])),
        ...officeCodes.flatMap((c, i) => (unknownOffices.has(c) ? [{ field: `body/officeCodes/${i}`, message: 'is not a known office' }] : []))
      ]
      if (unknownDistricts.size > 0) throw DirectoryErrors.DIRECTORY_UNKNOWN_DISTRICT(`No district ${[...unknownDistricts].join(', ')}.`, { errors })
      if (unknownOffices.size > 0) throw DirectoryErrors.DIRECTORY_UNKNOWN_OFFICE(`No office ${[...unknownOffices].join(', ')}.`, { errors })
      return toSuspension(await r.insert({ fromDay: input.from, toDay: to, kind: input.kind, reason: input.reason, districtCodes, officeCodes }))
    },
    /** Declared in error: its days are working days again. */
    async cancel(id: string, version: number, reason: string): Promise<ServiceSuspension> {
      const current = await repo.get(id)
      if (!current) throw notFound(id)()
      if (current.version !== version) preconditionFailed(current.version)
      if (current.status === 'cancelled') throw DirectoryErrors.DIRECTORY_ILLEGAL_TRANSITION(`The suspension from ${current.fromDay} is already cancelled.`, { allowed: [] })
      return toSuspension(await versionedUpdate<SuspensionRow>(db, 'serviceSuspensions', { id }, version, { status: 'cancelled', cancelledAt: new Date(), cancelReason: reason }, notFound(id)))
    }
  }
}
export type SuspensionsService = ReturnType<typeof suspensionsService>
