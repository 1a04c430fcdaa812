// The database a benchmark runs on: a fresh embedded data directory, or a fresh database in a
// throwaway PostgreSQL cluster (the same one the tests use).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { systemClock } from '../src/platform/clock'
import { migrateToLatest } from '../src/platform/db/migrate'
import { type DatabaseHandle, type Engine, openDatabase } from '../src/platform/db/open'
import { createServices, type Services } from '../src/services'
import { findPostgresBin, type PostgresCluster, startPostgresCluster } from '../test/postgres-cluster'

export interface BenchDatabase {
  services: Services
  close(): Promise<void>
}

let cluster: PostgresCluster | undefined

export async function openBenchDatabase(engine: Engine): Promise<BenchDatabase> {
  let database: DatabaseHandle
  let cleanup = () => {}
  if (engine === 'postgres') {
    const base = await postgresBaseUrl()
    const name = `bench_${Date.now()}`
    const admin = new pg.Client({ connectionString: `${base}postgres` })
    await admin.connect()
    await admin.query(`create database ${name}`)
    await admin.end()
    database = await openDatabase({
      databaseUrl: `${base}${name}`,
      dataDir: '',
      command: 'bench',
      poolSize: 10,
    })
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openprobation-bench-'))
    database = await openDatabase({ dataDir: dir, command: 'bench' })
    cleanup = () => fs.rmSync(dir, { recursive: true, force: true })
  }
  await migrateToLatest(database.db)
  const services = createServices(database, systemClock)
  return {
    services,
    async close() {
      await database.close()
      cleanup()
    },
  }
}

async function postgresBaseUrl(): Promise<string> {
  if (process.env.BENCH_POSTGRES_URL) return process.env.BENCH_POSTGRES_URL
  if (!cluster) {
    const bin = findPostgresBin()
    if (!bin) throw new Error('PostgreSQL binaries not found: install postgresql or set BENCH_POSTGRES_URL')
    cluster = await startPostgresCluster(bin)
    process.once('exit', () => cluster?.stop())
  }
  return cluster.baseUrl
}

export function stopBenchCluster(): void {
  cluster?.stop()
  cluster = undefined
}
