// A fresh database for the background-job tests on either engine, with the DATABASE_URL the job runner
// needs on PostgreSQL (its own pool). Closed before the database is removed.
import type { ChildProcess } from 'node:child_process'
import { after } from 'node:test'
import type { Clock } from '../src/platform/clock'
import { type DatabaseHandle, openDatabase } from '../src/platform/db/open'
import { createServices, type Services } from '../src/services'
import { freshCliDatabaseEnv } from './cli'

export interface JobsDatabase {
  database: DatabaseHandle
  databaseUrl: string | undefined
  services: Services
}

/** Call inside a describe: its `after` hooks close the database, then remove it. */
export async function jobsDatabase(clock: Clock): Promise<JobsDatabase> {
  let close = async () => {}
  // Registered before freshCliDatabaseEnv's own hook, so it runs first (hooks run in order).
  after(() => close())
  const env = await freshCliDatabaseEnv()
  const databaseUrl = env.DATABASE_URL || undefined
  const database = await openDatabase({
    databaseUrl,
    dataDir: env.DATA_DIR as string,
    command: 'test',
    poolSize: 3,
  })
  close = () => database.close()
  return { database, databaseUrl, services: createServices(database, clock) }
}

/** Waits for a job to finish; answers its last state. */
export async function finished(
  stateOf: (name: string, id: string) => Promise<string | null>,
  name: string,
  id: string,
): Promise<string | null> {
  const until = Date.now() + 20_000
  for (;;) {
    const state = await stateOf(name, id)
    if (state === 'completed' || state === 'failed' || state === 'retry' || Date.now() > until) return state
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Waits until a started CLI process (test/cli-database.ts startCli) has written `pattern` to stderr. */
export async function waitForLog(
  child: ChildProcess,
  output: { stderr: string },
  pattern: RegExp,
  timeoutMs = 60_000,
): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!pattern.test(output.stderr)) {
    if (child.exitCode !== null) throw new Error(`the process ended (${child.exitCode}): ${output.stderr}`)
    if (Date.now() > until) throw new Error(`no ${pattern} in time: ${output.stderr}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Sends SIGTERM and answers the exit code; kills it (and fails) if it lingers. */
export async function terminate(child: ChildProcess, timeoutMs = 30_000): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode)
    else child.once('exit', (code) => resolve(code))
  })
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const code = await exited
  clearTimeout(timer)
  if (child.signalCode === 'SIGKILL') throw new Error('the process did not stop after SIGTERM')
  return code
}
