// Housekeeping of sign-in data: `openprobation purge-sessions`, and the same purge run by `serve` on a
// timer. Ended and expired web sessions, sign-in throttles that no longer hold anyone back and single
// sign-ons that never came back would otherwise stay for ever; the audit trail keeps the sign-ins.
import type { Command } from 'commander'
import { Actor } from '../platform/actor'
import { logger } from '../platform/logger'
import type { Services } from '../services'
import { withServices } from './context'

/** Sessions that ended within this many days are kept, to look into a recent sign-in if need be. */
export const KEEP_SESSIONS_DAYS = 30
export const PURGE_EVERY_MS = 60 * 60_000

export function registerPurgeSessions(program: Command) {
  program
    .command('purge-sessions')
    .description(
      `delete web sessions over for more than --older-than-days (default ${KEEP_SESSIONS_DAYS}), stale sign-in throttles and unfinished single sign-ons`,
    )
    .option('--older-than-days <days>', 'keep sessions that ended more recently', String(KEEP_SESSIONS_DAYS))
    .action(async (options: { olderThanDays: string }) => {
      await withServices('purge-sessions', async ({ services, actor }) => {
        const olderThanDays = /^\d+$/.test(options.olderThanDays) ? Number(options.olderThanDays) : Number.NaN
        const purged = await services.signIn.purgeSessions(actor, { olderThanDays })
        process.stdout.write(
          `Deleted ${purged.sessions} web sessions, ${purged.throttles} sign-in throttles and ${purged.oidcAttempts} unfinished single sign-ons\n`,
        )
      })
    })
}

/**
 * `serve`'s purge: once at start, then every `everyMs`, on an unref'd timer so it never keeps the process
 * alive. A failure is logged and tried again next time. `stop` waits for a purge under way.
 */
export function startSessionPurge(services: Services, everyMs = PURGE_EVERY_MS) {
  const actor = Actor.system('session-purge', 'job')
  let running: Promise<void> = Promise.resolve()
  const run = () => {
    running = running
      .then(() => services.signIn.purgeSessions(actor, { olderThanDays: KEEP_SESSIONS_DAYS }))
      .then((purged) => {
        if (purged.sessions + purged.throttles + purged.oidcAttempts > 0)
          logger.log('info', 'purged old sign-in data', { ...purged })
      })
      .catch((error: unknown) => logger.log('error', 'session purge failed', { error: String(error) }))
  }
  const timer = setInterval(run, everyMs)
  timer.unref()
  run()
  return {
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
