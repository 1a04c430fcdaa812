// One set of frozen migrations (db/migrations), applied by `serve`, `migrate` and every CLI command
// that opens the database.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { FileMigrationProvider, type MigrationResultSet, Migrator } from 'kysely'
import { DomainError } from '../errors'
import type { Db } from './open'

const MIGRATIONS_DIR = fileURLToPath(new URL('../../../db/migrations', import.meta.url))

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and typed loosely on purpose
    db: db as any,
    provider: new FileMigrationProvider({ fs, path, migrationFolder: MIGRATIONS_DIR }),
  })
  const result: MigrationResultSet = await migrator.migrateToLatest()
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new DomainError('database.migration_failed', `Migration ${failed} failed: ${String(result.error)}`)
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
