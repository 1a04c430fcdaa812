// `openprobation worker`: runs the background jobs and nothing else, beside any number of `serve`
// processes on the same PostgreSQL database (docs/DECISIONS.md 4). pg-boss hands each job to one process.
import type { Command } from 'commander'
import { startJobs } from '../jobs/start'
import { readConfig } from '../platform/config'
import { DomainError } from '../platform/errors'
import { logger } from '../platform/logger'
import { openServices } from './context'

export function registerWorker(program: Command) {
  program
    .command('worker')
    .description('run the background jobs only (PostgreSQL; applies pending migrations first)')
    .action(async () => {
      const config = readConfig()
      if (!config.databaseUrl) {
        throw new DomainError(
          'jobs.worker_needs_postgres',
          'worker needs PostgreSQL (DATABASE_URL): on the embedded database `openprobation serve` runs the ' +
            'background jobs itself, since only one process may open the data directory',
        )
      }
      const services = await openServices('worker', config)
      try {
        const jobs = await startJobs(services, { databaseUrl: config.databaseUrl })
        // Listening for the signals before saying so: a supervisor may stop the process as soon as it reads it.
        const stopped = new Promise<void>((resolve) => {
          process.once('SIGINT', resolve)
          process.once('SIGTERM', resolve)
        })
        logger.log('info', 'OpenProbation worker is running', { database: services.database.engine })
        await stopped
        await jobs.stop()
        logger.log('info', 'OpenProbation worker stopped')
      } finally {
        await services.database.close()
      }
    })
}
