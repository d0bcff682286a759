/**
 * The limit for bulk loads: raw multi-row INSERTs of 1,000 rows per statement, in one
 * transaction, straight from pg. Rows per second is what an import through an API is held to.
 */
import type pg from 'pg'

export async function multiRowInsertRate(admin: pg.Pool, rows: number): Promise<{ rows: number; ms: number; rowsPerSecond: number }> {
  const client = await admin.connect()
  try {
    await client.query('truncate bench.members')
    const t0 = performance.now()
    await client.query('begin')
    for (let start = 0; start < rows; start += 1000) {
      const n = Math.min(1000, rows - start)
      const values: unknown[] = []
      const tuples: string[] = []
      for (let i = 0; i < n; i++) {
        const k = start + i
        const b = values.length
        tuples.push(`($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5})`)
        values.push(`M${String(k).padStart(8, '0')}`, `Member ${k}`, `member${k}@example.com`, k % 2 ? 'e_club' : 'postal_plus_sme', '2026-01-01')
      }
      await client.query(`insert into bench.members (number, name, email, programme, joined_on) values ${tuples.join(', ')}`, values)
    }
    await client.query('commit')
    const ms = performance.now() - t0
    return { rows, ms, rowsPerSecond: (rows * 1000) / ms }
  } finally {
    client.release()
  }
}
