// `npm test`: the whole suite on the embedded database, then again on a throwaway PostgreSQL cluster.
// Node 20's test runner has no global set-up, so this wrapper builds the migrated templates that each
// test file clones (test/harness.ts) and passes them down through the environment.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { migrateToLatest } from '../src/platform/db/migrate'
import { openDatabase } from '../src/platform/db/open'
import { findPostgresBin, startPostgresCluster } from './postgres-cluster'

export const TEMPLATE_DATABASE = 'openprobation_template'

const filter = process.argv.slice(2)
const files = findTestFiles(['src', 'test']).filter(
  (f) => filter.length === 0 || filter.some((p) => f.includes(p)),
)
const engines = (process.env.TEST_ENGINES ?? 'embedded,postgres').split(',')
let failed = false

if (engines.includes('embedded')) failed = !(await embeddedPass()) || failed
if (engines.includes('postgres')) failed = !(await postgresPass()) || failed
process.exit(failed ? 1 : 0)

async function embeddedPass(): Promise<boolean> {
  const template = fs.mkdtempSync(path.join(os.tmpdir(), 'openprobation-template-'))
  try {
    const database = await openDatabase({ dataDir: template, command: 'test template' })
    await migrateToLatest(database.db)
    await database.close()
    return runSuite('embedded', { OP_TEST_ENGINE: 'embedded', OP_TEST_TEMPLATE_DIR: template })
  } finally {
    fs.rmSync(template, { recursive: true, force: true })
  }
}

async function postgresPass(): Promise<boolean> {
  const bin = findPostgresBin()
  if (!bin) {
    const message =
      'PostgreSQL binaries not found (/usr/lib/postgresql/*/bin): the PostgreSQL pass is SKIPPED.'
    if (process.env.CI === 'true') {
      process.stderr.write(`\n!!! ${message} It is mandatory in CI.\n`)
      return false
    }
    process.stderr.write(
      `\n${'!'.repeat(100)}\n!!! ${message}\n!!! Install PostgreSQL 15 (apt-get install -y postgresql) to run it.\n${'!'.repeat(100)}\n`,
    )
    return true
  }
  const cluster = await startPostgresCluster(bin)
  const stop = () => cluster.stop()
  process.once('SIGINT', stop)
  try {
    const admin = new pg.Client({ connectionString: `${cluster.baseUrl}postgres` })
    await admin.connect()
    await admin.query(`create database ${TEMPLATE_DATABASE}`)
    await admin.end()
    const database = await openDatabase({
      databaseUrl: `${cluster.baseUrl}${TEMPLATE_DATABASE}`,
      dataDir: '',
      command: 'test',
    })
    await migrateToLatest(database.db)
    await database.close()
    return runSuite('postgres', { OP_TEST_ENGINE: 'postgres', OP_TEST_POSTGRES_URL: cluster.baseUrl })
  } finally {
    process.removeListener('SIGINT', stop)
    stop()
  }
}

function runSuite(engine: string, env: Record<string, string>): boolean {
  process.stdout.write(`\n=== OpenProbation tests on the ${engine} database (${files.length} files) ===\n`)
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
    { stdio: 'inherit', env: { ...process.env, ...env, LOG_SILENT: '1' } },
  )
  return result.status === 0
}

function findTestFiles(roots: string[]): string[] {
  return roots
    .flatMap((root) =>
      fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => path.join(root, f)),
    )
    .filter((f) => f.endsWith('.test.ts'))
    .sort()
}
