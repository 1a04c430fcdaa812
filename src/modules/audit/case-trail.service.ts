// Who has read or changed a case: its audit trail, newest first, a page at a time, for managers and
// administrators (audit:read). Entries are shown without their data: a snapshot may hold details the
// reader may not see (a register that needs vetting), and the record's history shows what changed.
// Reading the trail is itself audited, in the same transaction.
import type { Actor } from '../../platform/actor'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { findCaseRef } from '../people'
import { caseEntries } from './case-trail.repository'

export const TRAIL_PAGE_SIZE = 50

export interface TrailEntry {
  id: number
  occurredAt: string
  actor: { kind: string; id: string; name: string }
  source: string
  requestId: string | null
  action: string
  target: { type: string; id: string }
}

export interface TrailPage {
  crn: string
  page: number
  entries: TrailEntry[]
  hasNext: boolean
}

export function createCaseTrailService({ db, audit }: ServiceDeps) {
  return {
    async caseAuditTrail(actor: Actor, crn: string, page = 1): Promise<TrailPage> {
      requirePermission(actor, 'audit:read')
      const at = Number.isInteger(page) && page > 0 ? page : 1
      return db.transaction().execute(async (trx) => {
        const person = await findCaseRef(trx, actor, crn.trim().toUpperCase())
        // Read before this read is recorded, so the page shows the trail as it was when asked.
        const rows = await caseEntries(trx, person.crn, {
          offset: (at - 1) * TRAIL_PAGE_SIZE,
          limit: TRAIL_PAGE_SIZE + 1,
        })
        await audit.record(
          trx,
          actor,
          'audit_trail.read',
          { type: 'person', id: person.id, crn: person.crn },
          {
            page: at,
          },
        )
        return {
          crn: person.crn,
          page: at,
          hasNext: rows.length > TRAIL_PAGE_SIZE,
          entries: rows.slice(0, TRAIL_PAGE_SIZE).map((r) => ({
            id: Number(r.id),
            occurredAt: r.occurred_at.toISOString(),
            actor: { kind: r.actor_kind, id: r.actor_id, name: r.actor_name },
            source: r.source,
            requestId: r.request_id,
            action: r.action,
            target: { type: r.target_type, id: r.target_id },
          })),
        }
      })
    },
  }
}

export type CaseTrailService = ReturnType<typeof createCaseTrailService>
