import type { Command } from 'commander'
import { readConfig } from '../platform/config'
import { migrateToLatest } from '../platform/db/migrate'
import { openDatabase } from '../platform/db/open'

export function registerMigrate(program: Command) {
  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async () => {
      const config = readConfig()
      const database = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        command: 'migrate',
      })
      try {
        const applied = await migrateToLatest(database.db)
        process.stdout.write(
          applied.length ? `Applied ${applied.join(', ')}\n` : 'The database is up to date\n',
        )
      } finally {
        await database.close()
      }
    })
}
