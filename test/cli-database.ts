// Beside test/cli.ts: open the database a CLI test's environment points at (to set up or check records
// between runs of the binary), and start the binary without waiting for it (to kill it part-way).
import { type ChildProcess, spawn } from 'node:child_process'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { systemClock } from '../src/platform/clock'
import { openDatabase } from '../src/platform/db/open'
import { createServices, type Services } from '../src/services'

const BIN = fileURLToPath(new URL('../bin/openprobation.js', import.meta.url))

/** Opens the database of a CLI environment (from freshCliDatabaseEnv), runs `use`, and closes it. */
export async function withCliDatabase<T>(
  env: Record<string, string>,
  use: (services: Services) => Promise<T>,
): Promise<T> {
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? '',
    command: 'test',
    poolSize: 2,
  })
  try {
    return await use(createServices(database, systemClock))
  } finally {
    await database.close()
  }
}

/** Starts the binary and returns at once; output is collected into the returned buffers. */
export function startCli(
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; output: { stdout: string; stderr: string } } {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: os.tmpdir(),
    env: { ...process.env, LOG_SILENT: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output = { stdout: '', stderr: '' }
  child.stdout?.on('data', (chunk) => {
    output.stdout += chunk
  })
  child.stderr?.on('data', (chunk) => {
    output.stderr += chunk
  })
  return { child, output }
}
