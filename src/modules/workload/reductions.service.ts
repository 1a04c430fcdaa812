// Reductions of a practitioner's hours: list (with status from the dates), add, change, delete. Each
// write and its audit entry share a transaction, which also recalculates the practitioner's figure.
import type { Actor } from '../../platform/actor'
import { NotFoundError, StaleVersionError, ValidationError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { reductionHours, reductionStatus } from './practitioner.rules'
import { resolveReduction } from './reductions.rules'
import { loadReference } from './workload.facts'
import * as repo from './workload.repository'
import { reductionDelete, reductionInput, reductionUpdate } from './workload.schema'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function createReductionsService({ db, clock, audit, workloadChanged }: ServiceDeps) {
  const target = (r: { id: string; staffCode: string }) => ({ type: 'workload_reduction', id: r.id })

  async function staffOf(trx: repo.Executor, code: string) {
    const [staff] = await repo.staffFacts(trx, [code.trim().toUpperCase()])
    if (!staff) throw new NotFoundError('staff', code)
    return staff
  }

  function view(r: repo.ReductionRow, contractedHours: number, today: string) {
    return { ...r, effectiveHours: reductionHours(r, contractedHours), status: reductionStatus(r, today) }
  }

  async function save(actor: Actor, staffCode: string, raw: unknown, existingId?: string) {
    requirePermission(actor, 'workload:manage')
    const input = existingId ? parseInput(reductionUpdate, raw) : parseInput(reductionInput, raw)
    return db.transaction().execute(async (trx) => {
      const current =
        existingId && UUID.test(existingId) ? await repo.findReduction(trx, existingId) : undefined
      if (existingId && !current) throw new NotFoundError('workload_reduction', existingId)
      const staff = await staffOf(trx, current?.staffCode ?? staffCode)
      if (current && 'version' in input && input.version !== current.version)
        throw new StaleVersionError(input.version as number, current)
      const ref = await loadReference(trx, clock.today())
      const merged = {
        reasonCode: input.reasonCode ?? current?.reasonCode ?? '',
        hours: input.hours ?? (input.percent === undefined ? (current?.hours ?? undefined) : undefined),
        percent: input.percent ?? (input.hours === undefined ? (current?.percent ?? undefined) : undefined),
        startDate: input.startDate ?? current?.startDate ?? '',
        endDate: input.endDate ?? current?.endDate,
      }
      const reason = ref.reductionReasons.find((r) => r.code === merged.reasonCode)
      const resolved = resolveReduction(reason, merged, staff.contractedHours)
      if (resolved.problems.length) throw new ValidationError(resolved.problems)
      const row = {
        reason_code: merged.reasonCode,
        hours: resolved.hours,
        percent: resolved.percent,
        start_date: merged.startDate,
        end_date: resolved.endDate,
        notes: input.notes ?? current?.notes ?? null,
      }
      const id = current?.id ?? newId()
      if (current) await repo.updateReduction(trx, id, { ...row, version: current.version + 1 })
      else await repo.insertReduction(trx, { id, staff_code: staff.code, created_by: actor.name, ...row })
      const saved = view(
        (await repo.findReduction(trx, id)) as repo.ReductionRow,
        staff.contractedHours,
        clock.today(),
      )
      await audit.record(
        trx,
        actor,
        current ? 'workload_reduction.updated' : 'workload_reduction.added',
        target(saved),
        saved,
      )
      await workloadChanged?.(
        trx,
        actor,
        { staffCodes: [staff.code] },
        current ? 'reduction changed' : 'reduction added',
      )
      return saved
    })
  }

  return {
    async listReductions(actor: Actor, staffCode: string) {
      requirePermission(actor, 'workload:read')
      if (actor.staffCode !== staffCode.trim().toUpperCase()) requirePermission(actor, 'workload:team')
      const staff = await staffOf(db, staffCode)
      return (await repo.reductionsOf(db, staff.code)).map((r) =>
        view(r, staff.contractedHours, clock.today()),
      )
    },
    addReduction: (actor: Actor, staffCode: string, raw: unknown) => save(actor, staffCode, raw),
    updateReduction: (actor: Actor, id: string, raw: unknown) => save(actor, '', raw, id),
    async deleteReduction(actor: Actor, id: string, raw: unknown) {
      requirePermission(actor, 'workload:manage')
      const input = parseInput(reductionDelete, raw ?? {})
      return db.transaction().execute(async (trx) => {
        const current = UUID.test(id) ? await repo.findReduction(trx, id) : undefined
        if (!current) throw new NotFoundError('workload_reduction', id)
        if (current.version !== input.version) throw new StaleVersionError(input.version, current)
        await repo.updateReduction(trx, id, { deleted_at: clock.now(), version: current.version + 1 })
        await audit.record(trx, actor, 'workload_reduction.deleted', target(current), current)
        await workloadChanged?.(trx, actor, { staffCodes: [current.staffCode] }, 'reduction deleted')
        return { id, deleted: true }
      })
    },
  }
}
