// pg-boss's SQL on the embedded database. PGlite has ONE connection, shared with the app through the
// one-connection pool of db/open.ts; going through the same Kysely instance queues every pg-boss statement
// behind the app's open transaction (and the app's behind pg-boss's), so the two never interleave.
import { CompiledQuery } from 'kysely'
import type { Db } from '../db/open'

export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>
}

/**
 * Each call reserves the connection for itself. pg-boss sends multi-statement strings that open and commit
 * their own transaction (`BEGIN; ...; COMMIT;`): one that fails part-way would leave the shared session
 * in an aborted transaction, breaking the app's next query, so a failure is always followed by ROLLBACK
 * on the same connection (a mere warning when no transaction is open). Arrays among the values are
 * encoded by node-postgres, as on a server.
 */
export function embeddedExecutor(db: Db, tracker: InFlight): SqlExecutor {
  return {
    executeSql(text, values = []) {
      if (tracker.closed) return Promise.reject(new Error('the job runner has stopped'))
      return tracker.track(
        db.connection().execute(async (connection) => {
          try {
            return await connection.executeQuery(CompiledQuery.raw(text, values))
          } catch (error) {
            await connection.executeQuery(CompiledQuery.raw('ROLLBACK')).catch(() => undefined)
            throw error
          }
        }),
      )
    },
  }
}

/** Work under way (statements and handlers), so that stopping can wait until none is left. */
export class InFlight {
  closed = false
  #count = 0

  async track<T>(work: Promise<T>): Promise<T> {
    this.#count++
    try {
      return await work
    } finally {
      this.#count--
    }
  }

  /**
   * Resolves once nothing has been under way for one turn of the event loop: pg-boss starts a job's
   * handler, and the statement completing it, within microtasks of the statement before, so a quiet
   * turn means its loops have really finished.
   */
  async settled(timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs
    let quietTurns = 0
    while (quietTurns < 2 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 10))
      quietTurns = this.#count === 0 ? quietTurns + 1 : 0
    }
  }
}
