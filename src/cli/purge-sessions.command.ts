// Housekeeping of sign-in data: `openprobation purge-sessions`, and the same purge run hourly as a
// background job (src/jobs/schedule.ts). Ended and expired web sessions, sign-in throttles that no longer
// hold anyone back and single sign-ons that never came back would otherwise stay for ever; the audit trail
// keeps the sign-ins.
import type { Command } from 'commander'
import { withServices } from './context'

/** Sessions that ended within this many days are kept, to look into a recent sign-in if need be. */
export const KEEP_SESSIONS_DAYS = 30

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
