// Ownership of an assessment in progress between custody and community (USER-NEEDS: "we cannot request
// control of the assessment because a box is ticked that only the help desk can remove"). The practitioner
// who needs it requests ownership inside the system; the holder or a manager approves or declines; the
// requester may withdraw. States: pending -> approved | declined | withdrawn; one pending at a time.
import type { Actor } from '../../platform/actor'
import { DomainError, NotFoundError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { can, requirePermission, requireRecordAccess } from '../access'
import type { ServiceDeps } from '../deps'
import { presentAssessment } from './assessment.present'
import * as repo from './assessment.repository'
import { ownershipDecisionInput, ownershipRequestInput } from './assessment.schema'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function createOwnershipService({ db, clock, audit }: ServiceDeps) {
  async function open(trx: Parameters<typeof repo.findAssessment>[0], actor: Actor, id: string) {
    const row = UUID.test(id) ? await repo.findAssessment(trx, id, true) : undefined
    if (!row) throw new NotFoundError('assessment', id)
    await requireRecordAccess(trx, actor, { personId: row.person_id, what: 'assessment', id })
    if (row.status === 'completed')
      throw new DomainError(
        'assessment.locked',
        'A completed assessment has no owner to move: start a reassessment',
      )
    return { row, crn: await repo.personCrn(trx, row.person_id) }
  }
  const shown = async (trx: Parameters<typeof repo.findAssessment>[0], id: string, crn: string) =>
    presentAssessment(
      (await repo.findAssessment(trx, id)) as repo.AssessmentRow,
      crn,
      await repo.ownershipRequests(trx, id),
    )

  return {
    async requestOwnership(actor: Actor, id: string, raw: unknown) {
      requirePermission(actor, 'assessment:write')
      const input = parseInput(ownershipRequestInput, raw)
      return db.transaction().execute(async (trx) => {
        const { row, crn } = await open(trx, actor, id)
        if (row.owner_id === actor.id)
          throw new DomainError('assessment.already_owner', 'You already hold this assessment')
        const pending = (await repo.ownershipRequests(trx, id)).find((r) => r.status === 'pending')
        if (pending)
          throw new DomainError(
            'assessment.ownership_pending',
            `${pending.requested_by_name} has already asked for this assessment; it awaits a decision`,
          )
        const requestId = newId()
        await repo.insertOwnershipRequest(trx, {
          id: requestId,
          assessment_id: id,
          requested_by_id: actor.id,
          requested_by_name: actor.name,
          setting: input.setting,
          reason: input.reason,
          status: 'pending',
          requested_at: clock.now(),
          decided_by_id: null,
          decided_by_name: null,
          decided_at: null,
          decision_note: null,
        })
        await audit.record(
          trx,
          actor,
          'assessment.ownership_requested',
          { type: 'assessment', id, crn },
          {
            requestId,
            setting: input.setting,
            holder: row.owner_name,
          },
        )
        return shown(trx, id, crn)
      })
    },

    /** The holder or a manager approves or declines the pending request; the requester may withdraw it. */
    async decideOwnership(actor: Actor, id: string, raw: unknown) {
      requirePermission(actor, 'assessment:write')
      const input = parseInput(ownershipDecisionInput, raw)
      return db.transaction().execute(async (trx) => {
        const { row, crn } = await open(trx, actor, id)
        const pending = (await repo.ownershipRequests(trx, id)).find((r) => r.status === 'pending')
        if (!pending)
          throw new DomainError('assessment.no_ownership_request', 'No ownership request awaits a decision')
        const isRequester = actor.id === pending.requested_by_id
        const mayDecide =
          actor.kind === 'system' || actor.id === row.owner_id || can(actor, 'assessment:countersign')
        if (
          input.decision === 'withdraw' ? !isRequester && actor.kind !== 'system' : !mayDecide || isRequester
        )
          throw new DomainError(
            'assessment.ownership_not_yours',
            input.decision === 'withdraw'
              ? 'Only the practitioner who asked can withdraw the request'
              : `The holder (${row.owner_name}) or a manager decides this request`,
          )
        const status = { approve: 'approved', decline: 'declined', withdraw: 'withdrawn' }[input.decision]
        await repo.updateOwnershipRequest(trx, pending.id, {
          status,
          decided_by_id: actor.id,
          decided_by_name: actor.name,
          decided_at: clock.now(),
          decision_note: input.note ?? null,
        })
        if (status === 'approved')
          await repo.updateAssessment(trx, id, row.version, {
            owner_id: pending.requested_by_id,
            owner_name: pending.requested_by_name,
            owner_setting: pending.setting,
          })
        await audit.record(
          trx,
          actor,
          `assessment.ownership_${status}`,
          { type: 'assessment', id, crn },
          {
            requestId: pending.id,
            from: row.owner_name,
            to: status === 'approved' ? pending.requested_by_name : row.owner_name,
          },
        )
        return shown(trx, id, crn)
      })
    },
  }
}
