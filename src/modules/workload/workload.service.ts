// Use cases of workload: a practitioner's figure with its breakdown and history, team / delivery unit /
// region roll-ups, the what-if, and the real-time recalculation other modules call inside their own
// transactions (ServiceDeps.workloadChanged) that upserts today's snapshot of each practitioner touched.
import type { Transaction } from 'kysely'
import type { Actor } from '../../platform/actor'
import type { Database } from '../../platform/db/schema'
import { NotFoundError } from '../../platform/errors'
import { parseInput } from '../../platform/validation'
import { can, caseVisibility, requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { projectCapacity } from './capacity'
import { type PractitionerWorkload, practitionerWorkload } from './practitioner.rules'
import { rollUp } from './rollup.rules'
import { type Scope, snapshotsOf, unitStaff, upsertSnapshots } from './snapshot.repository'
import { loadFacts } from './workload.facts'
import * as repo from './workload.repository'
import { whatIfInput } from './workload.schema'

type Trx = Transaction<Database>
type Executor = repo.Executor

export function createWorkloadFiguresService({ db, clock }: ServiceDeps) {
  /** Figures of these practitioners (all when null), computed and stored as today's snapshot. */
  async function compute(trx: Executor, who: readonly string[] | null, trigger: string, byCase = false) {
    const today = clock.today()
    const { ref, practitioners } = await loadFacts(trx, who, today, { byCase })
    const figures = practitioners.map((p) => practitionerWorkload(ref, p, today))
    await upsertSnapshots(trx, figures, today, clock.now(), trigger)
    return { ref, figures }
  }

  /** Anyone may see their own figure; others' need workload:team. */
  function requireReadOf(actor: Actor, staffCode: string) {
    requirePermission(actor, 'workload:read')
    if (actor.staffCode !== staffCode) requirePermission(actor, 'workload:team')
  }

  /** Cases the caller may not see in full are listed without their CRN; without person:read, no CRNs. */
  async function present(
    trx: Executor,
    actor: Actor,
    figure: PractitionerWorkload,
    personIds: Map<string, string>,
  ) {
    const ids = figure.breakdown.flatMap((l) => (l.crn ? [personIds.get(l.crn) ?? ''] : []))
    const visible = can(actor, 'person:read') ? await caseVisibility(trx, actor, ids) : new Set<string>()
    return {
      ...figure,
      breakdown: figure.breakdown.map((l) => {
        if (!l.crn || visible.has(personIds.get(l.crn) ?? '')) return l
        const { crn: _, ...rest } = l
        return { ...rest, reason: rest.reason, label: `${rest.label} (case not shown)` }
      }),
    }
  }

  async function staffOrNotFound(trx: Executor, code: string) {
    const [staff] = await repo.staffFacts(trx, [code.trim().toUpperCase()])
    if (!staff) throw new NotFoundError('staff', code)
    return staff
  }

  async function unitWorkload(actor: Actor, scope: Scope, code: string) {
    requirePermission(actor, 'workload:team')
    return db.transaction().execute(async (trx) => {
      const unit = await unitStaff(trx, scope, code.trim().toUpperCase())
      if (!unit) throw new NotFoundError(scope === 'pdu' ? 'probation_delivery_unit' : scope, code)
      const { ref, figures } = await compute(trx, unit.staffCodes, `${scope} read`)
      return {
        scope,
        code: code.trim().toUpperCase(),
        name: unit.name,
        ...rollUp(ref, figures),
        practitioners: figures.map(({ breakdown: _, reasons: __, ...f }) => f),
      }
    })
  }

  return {
    /** ServiceDeps.workloadChanged: recalculates and stores the figures of the practitioners touched. */
    async recalculate(
      trx: Trx,
      _actor: Actor,
      changed: { staffCodes?: readonly string[]; personIds?: readonly string[] },
      trigger: string,
    ) {
      const codes = new Set(changed.staffCodes ?? [])
      for (const code of await repo.currentManagers(trx, changed.personIds ?? [])) codes.add(code)
      if (codes.size === 0) return []
      return (await compute(trx, [...codes], trigger)).figures
    },

    /** Every practitioner in the country, set-based: one pass of the rules over a few queries. */
    async recalculateAll(actor: Actor) {
      requirePermission(actor, 'reference:write')
      return db.transaction().execute(async (trx) => {
        await repo.roomForNationalRecalculation(trx)
        return (await compute(trx, null, 'national recalculation')).figures.length
      })
    },

    /** A practitioner's figure, breakdown, reductions and daily history. */
    async staffWorkload(actor: Actor, code: string) {
      requireReadOf(actor, code.trim().toUpperCase())
      return db.transaction().execute(async (trx) => {
        const staff = await staffOrNotFound(trx, code)
        const today = clock.today()
        const [figure] = (await compute(trx, [staff.code], 'read', true)).figures
        const cases = await repo.caseFacts(trx, [staff.code], today)
        const ids = new Map(cases.map((c) => [c.crn ?? '', c.personId ?? '']))
        const shown = await present(trx, actor, figure as PractitionerWorkload, ids)
        return { ...shown, history: await snapshotsOf(trx, staff.code, 90) }
      })
    },

    /** "Allocating this case takes Sam from 92.4% to 104.1%." */
    async whatIf(actor: Actor, code: string, raw: unknown) {
      requireReadOf(actor, code.trim().toUpperCase())
      const input = parseInput(whatIfInput, raw ?? {})
      return db.transaction().execute(async (trx) => {
        const staff = await staffOrNotFound(trx, code)
        const added = { tier: input.tier ?? null, caseType: input.caseType, t2a: input.t2a }
        const projection = (await projectCapacity(trx, [staff.code], added, clock.today())).get(staff.code)
        if (!projection) throw new NotFoundError('staff', code)
        return {
          ...projection,
          summary: `Allocating this case takes ${staff.name} from ${projection.capacityPercent}% to ${projection.capacityPercentAfter}%`,
        }
      })
    },

    teamWorkload: (actor: Actor, code: string) => unitWorkload(actor, 'team', code),
    pduWorkload: (actor: Actor, code: string) => unitWorkload(actor, 'pdu', code),
    regionWorkload: (actor: Actor, code: string) => unitWorkload(actor, 'region', code),
  }
}
