// Whether a member of staff holds a clearance today, for other modules' checks (registers that need
// vetting). Takes the caller's executor, so it can be read inside the caller's transaction.

import * as repo from './organisation.repository'
import { hasCurrentVetting } from './organisation.rules'

type Executor = Parameters<typeof repo.findStaff>[0]

export async function staffClearance(
  db: Executor,
  staffCode: string,
  clearance: string,
  today: string,
): Promise<{ current: boolean; reason: string }> {
  const row = await repo.findStaff(db, staffCode)
  if (!row || row.deleted_at) return { current: false, reason: `no live staff record ${staffCode}` }
  return hasCurrentVetting(
    { vetting: row.vetting, vettingExpiresOn: row.vetting_expires_on },
    clearance,
    today,
  )
}
