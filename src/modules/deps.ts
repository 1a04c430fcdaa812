// What every module service is built from.

import type { Transaction } from 'kysely'
import type { Actor } from '../platform/actor'
import type { Clock } from '../platform/clock'
import type { Db } from '../platform/db/open'
import type { PersonOwnedRows } from '../platform/db/person-rows'
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

/**
 * Called inside a write's transaction when a practitioner's workload may have changed: a case allocated,
 * transferred or closed, a tier changed, hours or reductions changed. Give the staff codes when known,
 * or the people whose cases changed (their current practitioners are looked up). Wired to workload.
 */
export type WorkloadChanged = (
  trx: Transaction<Database>,
  actor: Actor,
  changed: { staffCodes?: readonly string[]; personIds?: readonly string[] },
  trigger: string,
) => Promise<unknown>

export interface ServiceDeps {
  db: Db
  clock: Clock
  audit: AuditLog
  /** Wired in src/services.ts to tiering's recalculateTier; absent in a module built alone. */
  caseChanged?: CaseChanged
  /** Wired in src/services.ts to workload's recalculation; absent in a module built alone. */
  workloadChanged?: WorkloadChanged
  /** Every module's rows that follow a person through a merge (their index's `personOwnedRows`). */
  personOwnedRows?: readonly PersonOwnedRows[]
}
