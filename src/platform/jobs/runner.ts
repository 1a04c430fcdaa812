// The background job runner: a small wrapper over pg-boss 10, which keeps its queues in the `pgboss`
// schema of the app's own database (installed and upgraded by pg-boss at start, apart from the app's
// migrations). On PostgreSQL it has a pool of its own, so any number of processes may work the queues;
// on the embedded database it shares the one PGlite connection (embedded-sql.ts).
import pg from 'pg'
import PgBoss from 'pg-boss'
import type { DatabaseHandle } from '../db/open'
import { logger } from '../logger'
import { embeddedExecutor, InFlight, type SqlExecutor } from './embedded-sql'

export type JobHandler = (data: unknown) => Promise<unknown>

export interface JobRunnerOptions {
  database: DatabaseHandle
  /** PostgreSQL: the runner's own pool connects here. Ignored on the embedded database. */
  databaseUrl?: string | undefined
  /**
   * How often each queue is polled for new jobs (pg-boss's minimum is 0.5). The jobs are scheduled
   * housekeeping nobody waits for, so the default polls rarely, sparing PGlite's one connection.
   */
  pollingIntervalSeconds?: number
  /** How long `stop` waits for handlers under way before pg-boss marks their jobs failed (to retry). */
  stopTimeoutMs?: number
}

export interface JobRunner {
  /** Creates the queue if need be and works its jobs with `handler`, one at a time per process. */
  register(name: string, handler: JobHandler): Promise<void>
  /** Sends the queue a job at each time `cron` names (Europe/London); once per time across all processes. */
  schedule(name: string, cron: string): Promise<void>
  /** Removes every schedule whose name is not in `keep` (a job dropped from the list stops running). */
  unscheduleOthers(keep: readonly string[]): Promise<string[]>
  schedules(): Promise<{ name: string; cron: string; timezone: string }[]>
  /** Queues one job now; answers its id. */
  send(name: string, data?: object): Promise<string>
  /** The job's state: created, retry, active, completed, cancelled or failed. */
  stateOf(name: string, id: string): Promise<string | null>
  /** Stops polling, waits for handlers under way, and closes the runner's connections. */
  stop(): Promise<void>
}

export const SCHEDULE_TIME_ZONE = 'Europe/London'
const POOL_SIZE = 4

export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const inFlight = new InFlight()
  const { executor, close } = executorFor(options, inFlight)
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 5
  const boss = new PgBoss({
    db: executor,
    schema: 'pgboss',
    deleteAfterDays: 7,
  })
  let stopping = false
  boss.on('error', (error: Error) => {
    if (!stopping) logger.log('error', 'background jobs: pg-boss error', { error: error.message })
  })
  try {
    await boss.start()
  } catch (error) {
    await close()
    throw error
  }
  return {
    async register(name, handler) {
      // A failed (or expired) job is tried again twice, a minute apart, then kept as failed for a week.
      await boss.createQueue(name, { name, retryLimit: 2, retryDelay: 60 })
      await boss.work(name, { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => {
        if (!job) return
        const started = Date.now()
        try {
          const result = await inFlight.track(handler(job.data))
          logger.log('info', 'job done', { job: name, id: job.id, ms: Date.now() - started, result })
          return result
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          logger.log('error', 'job failed', { job: name, id: job.id, error: message })
          throw error
        }
      })
    },
    async schedule(name, cron) {
      await boss.schedule(name, cron, {}, { tz: SCHEDULE_TIME_ZONE })
    },
    async unscheduleOthers(keep) {
      const stale = (await boss.getSchedules()).map((s) => s.name).filter((name) => !keep.includes(name))
      for (const name of stale) await boss.unschedule(name)
      return stale
    },
    async schedules() {
      // pg-boss's rows carry the time zone, which its types leave out.
      const rows = (await boss.getSchedules()) as (PgBoss.Schedule & { timezone?: string })[]
      return rows.map(({ name, cron, timezone }) => ({ name, cron, timezone: timezone ?? 'UTC' }))
    },
    async send(name, data = {}) {
      const id = await boss.send(name, data)
      if (!id) throw new Error(`the job queue ${name} refused the job`)
      return id
    },
    async stateOf(name, id) {
      return (await boss.getJobById(name, id))?.state ?? null
    },
    async stop() {
      if (stopping) return
      stopping = true
      await boss.stop({ graceful: true, timeout: options.stopTimeoutMs ?? 10_000, close: false })
      // pg-boss's polling loops may still be finishing a statement or a job fetched just before the stop.
      await inFlight.settled(options.stopTimeoutMs ?? 10_000)
      inFlight.closed = true
      await close()
    },
  }
}

function executorFor(
  options: JobRunnerOptions,
  inFlight: InFlight,
): { executor: SqlExecutor; close: () => Promise<void> } {
  if (options.database.engine === 'embedded') {
    // The app closes the database; the runner only stops using it.
    return { executor: embeddedExecutor(options.database.db, inFlight), close: async () => {} }
  }
  if (!options.databaseUrl) throw new Error('the job runner on PostgreSQL needs the DATABASE_URL')
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: POOL_SIZE,
    application_name: 'openprobation-jobs',
  })
  pool.on('error', (error) =>
    logger.log('error', 'background jobs: connection error', { error: error.message }),
  )
  return {
    executor: {
      executeSql(text, values) {
        if (inFlight.closed) return Promise.reject(new Error('the job runner has stopped'))
        return inFlight.track(pool.query(text, values as unknown[]))
      },
    },
    close: () => pool.end(),
  }
}
