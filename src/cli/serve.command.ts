import type { Command } from 'commander'
import { logger } from '../platform/logger'
import { createApp } from '../server'
import { openServices } from './context'
import { prepareDemo } from './demo'
import { startSessionPurge } from './purge-sessions.command'

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('run the web app and the API (applies pending migrations first)')
    .option('--demo', 'on an empty database, load the demo data set and print the demo sign-ins')
    .action(async (options: { demo?: boolean }) => {
      const services = await openServices('serve')
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
      const purge = startSessionPurge(services)
      logger.log('info', 'OpenProbation is running', {
        url: `http://localhost:${port}`,
        database: services.database.engine,
      })
      await new Promise<void>((resolve) => {
        const stop = () => {
          server.close()
          server.closeAllConnections()
          resolve()
        }
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
      await purge.stop()
      await services.database.close()
      logger.log('info', 'OpenProbation stopped')
    })
}
