// What every module service is built from.

import type { Clock } from '../platform/clock'
import type { Db } from '../platform/db/open'
import type { AuditLog } from './audit'

export interface ServiceDeps {
  db: Db
  clock: Clock
  audit: AuditLog
}
