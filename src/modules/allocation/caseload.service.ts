// "My cases": the signed-in practitioner's caseload, from their current allocations. Cases hidden from
// them by a restriction or exclusion list are left out (and not counted); each case listed is a read of
// it, so each is audited, as search results are.
import type { Actor } from '../../platform/actor'
import { onlyVisibleCases, requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { currentCaseload } from './caseload.repository'

export interface CaseloadEntry {
  crn: string
  name: string
  dateOfBirth: string | null
  teamCode: string
  allocatedAt: string
}

export function createCaseloadService({ db, audit }: ServiceDeps) {
  return {
    /** The caller's own current cases, by surname; none when the user is not linked to a staff record. */
    async myCases(actor: Actor): Promise<CaseloadEntry[]> {
      requirePermission(actor, 'person:read')
      const staffCode = actor.staffCode
      if (!staffCode) return []
      return db.transaction().execute(async (trx) => {
        const rows = await onlyVisibleCases(
          trx,
          actor,
          await currentCaseload(trx, staffCode),
          (r) => r.person_id,
        )
        await audit.recordMany(
          trx,
          actor,
          'person.read',
          rows.map((r) => ({ type: 'person', id: r.person_id, crn: r.crn, data: { view: 'caseload' } })),
        )
        return rows.map((r) => ({
          crn: r.crn,
          name: `${r.first_name} ${r.surname}`,
          dateOfBirth: r.date_of_birth,
          teamCode: r.team_code,
          allocatedAt: r.started_at.toISOString(),
        }))
      })
    },
  }
}

export type CaseloadService = ReturnType<typeof createCaseloadService>
