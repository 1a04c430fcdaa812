import type { Command } from 'commander'
import { startJobs } from '../jobs/start'
import { readConfig } from '../platform/config'
import { DomainError } from '../platform/errors'
import type { JobRunner } from '../platform/jobs/runner'
import { logger } from '../platform/logger'
import { createApp } from '../server'
import { openServices } from './context'
import { prepareDemo } from './demo'

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('run the web app, the API and the background jobs (applies pending migrations first)')
    .option('--demo', 'on an empty database, load the demo data set and print the demo sign-ins')
    .option('--no-jobs', 'PostgreSQL only: leave the background jobs to `openprobation worker` processes')
    .action(async (options: { demo?: boolean; jobs: boolean }) => {
      const config = readConfig()
      // Only the process owning the embedded data directory can run its jobs (docs/DECISIONS.md 4).
      if (!options.jobs && !config.databaseUrl) {
        throw new DomainError(
          'jobs.needed_on_embedded',
          '--no-jobs needs PostgreSQL (DATABASE_URL): on the embedded database no other process can run the background jobs',
        )
      }
      const services = await openServices('serve', config)
      try {
        if (options.demo) await prepareDemo(services)
      } catch (error) {
        await services.database.close()
        throw error
      }
      const port = Number(process.env.PORT ?? 3000)
      const server = createApp(services).listen(port)
      await new Promise<void>((resolve, reject) => {
        server.once('listening', resolve)
        server.once('error', reject)
      }).catch(async (error: NodeJS.ErrnoException) => {
        await services.database.close()
        if (error.code === 'EADDRINUSE')
          throw new Error(`port ${port} is already in use; set PORT to another`)
        throw error
      })
      let jobs: JobRunner | undefined
      try {
        if (options.jobs) jobs = await startJobs(services, { databaseUrl: config.databaseUrl })
      } catch (error) {
        server.close()
        await services.database.close()
        throw error
      }
      // Listening for the signals before saying so: a supervisor may stop the process as soon as it reads it.
      const stopped = new Promise<void>((resolve) => {
        const stop = () => {
          server.close()
          server.closeAllConnections()
          resolve()
        }
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
      logger.log('info', 'OpenProbation is running', {
        url: `http://localhost:${port}`,
        database: services.database.engine,
      })
      await stopped
      await jobs?.stop()
      await services.database.close()
      logger.log('info', 'OpenProbation stopped')
    })
}
