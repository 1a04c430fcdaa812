// What every module service is built from.

import type { Transaction } from 'kysely'
import type { Actor } from '../platform/actor'
import type { Clock } from '../platform/clock'
import type { Db } from '../platform/db/open'
import type { Database } from '../platform/db/schema'
import type { AuditLog } from './audit'

/**
 * Called by a write, inside its transaction, when it may change what is derived from a person's
 * record (the tier). A callback rather than an import, so modules that tiering reads never import it.
 */
export type CaseChanged = (
  trx: Transaction<Database>,
  actor: Actor,
  personId: string,
  trigger: string,
) => Promise<unknown>

export interface ServiceDeps {
  db: Db
  clock: Clock
  audit: AuditLog
  /** Wired in src/services.ts to tiering's recalculateTier; absent in a module built alone. */
  caseChanged?: CaseChanged
}
