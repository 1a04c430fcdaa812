// Court reports a practitioner is writing (standard or fast delivery): each counts in their points for the
// 30 days from its request (docs/workload.md). Recorded by managers, audited, and recalculated at once.
import type { Actor } from '../../platform/actor'
import { NotFoundError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { z } from '../../platform/zod'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { findCaseRef } from '../people'
import * as repo from './workload.repository'
import { isoDate } from './workload.schema'

export const courtReportInput = z
  .strictObject({
    type: z.enum(['standard', 'fast'], { message: 'must be standard or fast' }),
    requestedOn: isoDate,
    crn: z.string().optional().openapi({ description: 'the case the report is for, when on record' }),
  })
  .openapi('CourtReportInput')

export function createCourtReportsService({ db, audit, workloadChanged }: ServiceDeps) {
  return {
    async recordCourtReport(actor: Actor, staffCode: string, raw: unknown) {
      requirePermission(actor, 'workload:manage')
      const input = parseInput(courtReportInput, raw)
      return db.transaction().execute(async (trx) => {
        const [staff] = await repo.staffFacts(trx, [staffCode.trim().toUpperCase()])
        if (!staff) throw new NotFoundError('staff', staffCode)
        const person = input.crn ? await findCaseRef(trx, actor, input.crn.trim().toUpperCase()) : null
        const report = {
          id: newId(),
          staffCode: staff.code,
          type: input.type,
          requestedOn: input.requestedOn,
          crn: person?.crn ?? null,
        }
        await repo.insertCourtReport(trx, { ...report, personId: person?.id ?? null, createdBy: actor.name })
        await audit.record(
          trx,
          actor,
          'workload_court_report.recorded',
          { type: 'workload_court_report', id: report.id },
          report,
        )
        await workloadChanged?.(trx, actor, { staffCodes: [staff.code] }, 'court report recorded')
        return report
      })
    },
  }
}
