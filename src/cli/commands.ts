// Every command of the `openprobation` binary, one file each.
import type { Command } from 'commander'
import { registerCalculate } from './calculate.command'
import { registerContacts } from './contacts.command'
import { registerExport } from './export.command'
import { registerImport } from './import.command'
import { registerMigrate } from './migrate.command'
import { registerPurgeSessions } from './purge-sessions.command'
import { registerSearch } from './search.command'
import { registerSeed } from './seed.command'
import { registerServe } from './serve.command'
import { registerToken } from './token.command'
import { registerUser } from './user.command'
import { registerWorker } from './worker.command'

export const commands: ((program: Command) => void)[] = [
  registerServe,
  registerWorker,
  registerMigrate,
  registerUser,
  registerToken,
  registerCalculate,
  registerImport,
  registerSeed,
  registerExport,
  registerSearch,
  registerContacts,
  registerPurgeSessions,
]
