// One process owns an embedded data directory (docs/DECISIONS.md, 4). The lock file names its holder,
// so a second process can say exactly who to stop.
import fs from 'node:fs'
import path from 'node:path'
import { DomainError } from '../errors'

export const LOCK_FILE = 'openprobation.lock'

interface LockHolder {
  pid: number
  command: string
  startedAt: string
}

export interface DataDirLock {
  release(): void
}

export function lockDataDir(dataDir: string, command: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, LOCK_FILE)
  const holder: LockHolder = { pid: process.pid, command, startedAt: new Date().toISOString() }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(holder), { flag: 'wx' })
      let released = false
      return {
        release() {
          if (released) return
          released = true
          if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true })
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const current = readHolder(file)
      if (current && current.pid !== process.pid && isAlive(current.pid)) {
        throw new DomainError(
          'database.locked',
          `The data directory ${dataDir} is in use by process ${current.pid} ("openprobation ${current.command}", ` +
            `started ${current.startedAt}). Stop that process first (Ctrl+C in its terminal, or kill ${current.pid}), ` +
            'or use a PostgreSQL server through DATABASE_URL to run several processes at once.',
        )
      }
      // The holder has gone (a crash or kill): the lock is stale, so take it over.
      fs.rmSync(file, { force: true })
    }
  }
  throw new DomainError('database.locked', `Could not lock the data directory ${dataDir}`)
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder
  } catch {
    return undefined
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
