// Starts the background jobs of this process: `serve` (always on the embedded database, on PostgreSQL
// unless --no-jobs) and `worker` (PostgreSQL only) call this with the services they opened.

import { type JobRunner, type JobRunnerOptions, startJobRunner } from '../platform/jobs/runner'
import { logger } from '../platform/logger'
import type { Services } from '../services'
import { jobActor, SCHEDULED_JOBS, type ScheduledJob } from './schedule'

export async function startJobs(
  services: Services,
  options: Omit<JobRunnerOptions, 'database'> & { jobs?: readonly ScheduledJob[] } = {},
): Promise<JobRunner> {
  const jobs = options.jobs ?? SCHEDULED_JOBS
  const runner = await startJobRunner({ ...options, database: services.database })
  try {
    for (const job of jobs) {
      const actor = jobActor(job)
      await runner.register(job.name, () => job.run(services, actor))
      await runner.schedule(job.name, job.cron)
    }
    // A job taken off the list must stop being sent, by this process or any other.
    const dropped = await runner.unscheduleOthers(jobs.map((job) => job.name))
    if (dropped.length > 0) logger.log('info', 'background jobs no longer scheduled', { dropped })
  } catch (error) {
    await runner.stop()
    throw error
  }
  logger.log('info', 'background jobs started', {
    jobs: jobs.map((job) => `${job.name} (${job.cron})`),
    database: services.database.engine,
  })
  return runner
}
