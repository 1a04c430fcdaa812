// Every background job, and when it runs: the one list `serve` and `worker` register (docs/ARCHITECTURE.md,
// "Background jobs"). Handlers call the modules' services as a named system actor, never a fake user.
import { KEEP_SESSIONS_DAYS } from '../cli/purge-sessions.command'
import { Actor } from '../platform/actor'
import type { Services } from '../services'

export interface ScheduledJob {
  /** The pg-boss queue name, and the audit actor's name. */
  name: string
  /** Minute hour day-of-month month day-of-week, in Europe/London time. */
  cron: string
  description: string
  run(services: Services, actor: Actor): Promise<unknown>
}

export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  {
    name: 'allocation-release-sweep',
    cron: '0 2 * * *',
    description: 'custody cases whose release is now within the window enter the allocation queue',
    run: async (services, actor) => ({
      entered: await services.allocation.enqueueApproachingReleases(actor),
    }),
  },
  {
    name: 'sessions-purge',
    cron: '5 * * * *',
    description: `web sessions over for more than ${KEEP_SESSIONS_DAYS} days, stale sign-in throttles and unfinished single sign-ons are deleted`,
    run: (services, actor) => services.signIn.purgeSessions(actor, { olderThanDays: KEEP_SESSIONS_DAYS }),
  },
]

export function jobActor(job: ScheduledJob): Actor {
  return Actor.system(`job:${job.name}`, 'job')
}
