// Opens the database: embedded PGlite in DATA_DIR by default, or a PostgreSQL server through
// DATABASE_URL. Both are reached through node-postgres, so every query is the same on both.
import { PGlite } from '@electric-sql/pglite'
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { createPgConfig } from '@electric-sql/pglite/node-postgres'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { type DataDirLock, lockDataDir } from './lock'
import type { Database } from './schema'

export type Db = Kysely<Database>
export type Engine = 'embedded' | 'postgres'

export interface DatabaseHandle {
  db: Db
  engine: Engine
  close(): Promise<void>
}

export interface OpenOptions {
  databaseUrl?: string | undefined
  dataDir: string
  /** The command opening the database, named in the lock file for anyone who finds it locked. */
  command: string
  /** Connections in the pool on PostgreSQL (the embedded engine always has one). */
  poolSize?: number
}

// Dates stay as the ISO strings they are (no time-zone shifts through JS Date); counts come back as
// numbers; numeric stays a string so that decimal arithmetic stays exact.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value)
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 })
    const db: Db = new Kysely({ dialect: new PostgresDialect({ pool }) })
    return { db, engine: 'postgres', close: () => db.destroy() }
  }
  const lock = lockDataDir(options.dataDir, options.command)
  try {
    return await openEmbedded(options.dataDir, lock)
  } catch (error) {
    lock.release()
    throw error
  }
}

async function openEmbedded(dataDir: string, lock: DataDirLock): Promise<DatabaseHandle> {
  const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm, fuzzystrmatch } })
  // One connection that never idles out: PGlite is single-user, and Kysely's transactions need every
  // query of one request on the same connection, queued behind any other request's.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, idleTimeoutMillis: 0 })
  const db: Db = new Kysely({ dialect: new PostgresDialect({ pool }) })
  return {
    db,
    engine: 'embedded',
    async close() {
      try {
        await db.destroy()
        await pglite.close()
      } finally {
        lock.release()
      }
    },
  }
}
