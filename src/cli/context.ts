// Opens the database for a CLI command (applying pending migrations first, docs/DECISIONS.md 3),
// builds the services, runs the command and always closes the database, so PGlite never lingers.
import { type Actor, Actor as Actors } from '../platform/actor'
import { systemClock } from '../platform/clock'
import { type Config, readConfig } from '../platform/config'
import { migrateToLatest } from '../platform/db/migrate'
import { type DatabaseHandle, openDatabase } from '../platform/db/open'
import { createServices, type Services } from '../services'

export interface CliContext {
  config: Config
  services: Services
  actor: Actor
}

export async function openServices(command: string, config = readConfig()): Promise<Services> {
  const database: DatabaseHandle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    command,
  })
  try {
    await migrateToLatest(database.db)
  } catch (error) {
    await database.close()
    throw error
  }
  return createServices(database, systemClock)
}

export async function withServices<T>(command: string, run: (context: CliContext) => Promise<T>): Promise<T> {
  const config = readConfig()
  const services = await openServices(command, config)
  try {
    return await run({ config, services, actor: Actors.system(`cli:${command}`, 'cli') })
  } finally {
    await services.database.close()
  }
}

/** Reads all of standard input as text (for passwords and calculator input). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
