// The tier of each case: calculated from the record (tier-inputs.rules.ts), kept as history when its
// inputs or result change, recalculated inside the transaction of every register, event or predictor
// correction write (ServiceDeps.caseChanged), and overridable: a practitioner proposes, a senior
// probation officer approves or rejects, and an approved override is flagged for review when an
// input changes. Reads recalculate too, so changes made elsewhere (sex, date of birth) are caught.
import type { Transaction } from 'kysely'
import type { Actor } from '../../platform/actor'
import type { Database } from '../../platform/db/schema'
import { DomainError, NotFoundError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { requirePermission, requireRecordAccess } from '../access'
import { assessmentForTier } from '../assessment'
import type { ServiceDeps } from '../deps'
import { findCaseRef } from '../people'
import { currentPredictors } from '../predictors'
import { eventsOfPerson } from '../sentences'
import {
  canonical,
  changesBetween,
  overrideInput,
  reviewInput,
  toCalculation,
  toOverride,
} from './tier.present'
import * as repo from './tier.repository'
import { createTierCounts } from './tier-counts.service'
import { tierInputsFromRecord } from './tier-inputs.rules'
import { predictorFigures } from './tier-predictors.rules'
import { calculateTier } from './tiering.rules'

type Trx = Transaction<Database>
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const personTarget = (p: { id: string; crn: string }) => ({ type: 'person', id: p.id, crn: p.crn })

export function createTierService(deps: ServiceDeps) {
  const { db, clock, audit, workloadChanged } = deps
  async function recalculate(trx: Trx, actor: Actor, personId: string, trigger: string) {
    await repo.lockPerson(trx, personId)
    const crn = await repo.personCrn(trx, personId)
    if (!crn) throw new NotFoundError('person', personId)
    const today = clock.today()
    const scored = (await currentPredictors(trx, [personId], today)).get(personId)
    if (!scored) throw new NotFoundError('person', crn)
    const events = await eventsOfPerson(trx, personId)
    const record = {
      registers: await repo.liveRegisters(trx, personId),
      events: events.map((e) => ({ eventNumber: e.eventNumber, offences: e.offences, disposal: e.disposal })),
      predictors: predictorFigures(scored.inputs, scored.predictors),
      assessment: await assessmentForTier(trx, personId),
    }
    const built = tierInputsFromRecord(record, today)
    const result = built.status === 'calculated' ? calculateTier(built.input) : null
    const latest = await repo.latestCalculation(trx, personId)
    const { calculationDate: _, ...inputs } = built.input as typeof built.input & { calculationDate: string }
    const changes = latest ? changesBetween(latest.inputs, inputs) : []
    const sameResult = latest && canonical(latest.result) === canonical(result)
    if (latest && changes.length === 0 && sameResult && latest.status === built.status)
      return toCalculation(latest)
    const id = newId()
    await repo.insertCalculation(trx, {
      id,
      personId,
      calculatedAt: clock.now(),
      calculationDate: today,
      trigger,
      status: built.status,
      inputs,
      sources: built.status === 'needs_sex' ? { ...built.sources, message: built.message } : built.sources,
      result,
      changes,
    })
    await audit.record(trx, actor, 'tier.calculated', personTarget({ id: personId, crn }), {
      trigger,
      v2: result?.v2.tier ?? null,
      v3: result?.v3.tier ?? null,
      changes,
    })
    // Workload points follow the tier: recalculate the practitioner's figure when either tier moved.
    type Tiers = { v2?: { tier?: string }; v3?: { tier?: string | null } }
    const before = latest?.result as Tiers | null | undefined
    if (before?.v2?.tier !== result?.v2.tier || before?.v3?.tier !== result?.v3.tier)
      await workloadChanged?.(trx, actor, { personIds: [personId] }, 'tier changed')
    if (changes.length > 0)
      await flagOverrides(
        trx,
        actor,
        personId,
        crn,
        changes.map((c) => c.field),
      )
    return toCalculation((await repo.latestCalculation(trx, personId)) as NonNullable<typeof latest>)
  }

  /** An approved override stands until an input changes; then it needs review. */
  async function flagOverrides(trx: Trx, actor: Actor, personId: string, crn: string, fields: string[]) {
    for (const o of await repo.openOverrides(trx, personId)) {
      if (o.status !== 'approved') continue
      const reason = `inputs changed: ${fields.join(', ')}`
      await repo.updateOverride(trx, o.id, {
        status: 'needs_review',
        flagged_at: clock.now(),
        flagged_reason: reason,
      })
      await audit.record(
        trx,
        actor,
        'tier_override.needs_review',
        { type: 'tier_override', id: o.id, crn },
        { reason },
      )
    }
  }

  async function personOf(trx: Trx, actor: Actor, raw: string) {
    return findCaseRef(trx, actor, raw.trim().toUpperCase())
  }

  async function view(trx: Trx, actor: Actor, person: { id: string; crn: string }) {
    const calculation = await recalculate(trx, actor, person.id, 'read')
    const overrides = (await repo.openOverrides(trx, person.id)).map((o) =>
      toOverride({ ...o, crn: person.crn }),
    )
    const approved = (model: 'v2' | 'v3') =>
      overrides.find((o) => o.model === model && o.status === 'approved')
    return {
      crn: person.crn,
      ...calculation,
      effective: {
        v2: approved('v2')?.proposedTier ?? calculation.result?.v2.tier ?? null,
        v3: approved('v3')?.proposedTier ?? calculation.result?.v3.tier ?? null,
      },
      overrides,
    }
  }

  async function review(actor: Actor, id: string, raw: unknown, decision: 'approved' | 'rejected') {
    // Reviewing an override is a senior probation officer's decision (DECISIONS 18); the operator may too.
    requirePermission(actor, 'tier:review')
    const input = parseInput(reviewInput(decision === 'rejected'), raw ?? {})
    return db.transaction().execute(async (trx) => {
      const row = UUID.test(id) ? await repo.findOverride(trx, id, { forUpdate: true }) : undefined
      if (!row) throw new NotFoundError('tier_override', id)
      await requireRecordAccess(trx, actor, { personId: row.person_id, what: 'tier_override', id: row.id })
      if (row.status !== 'proposed')
        throw new DomainError(
          'tier_override.not_proposed',
          `Tier override ${id} is ${row.status}, not proposed`,
        )
      if (actor.kind === 'user' && row.proposed_by_id === actor.id)
        throw new DomainError(
          'tier_override.own_proposal',
          'A proposal is reviewed by someone other than its proposer',
        )
      if (decision === 'approved')
        for (const o of await repo.openOverrides(trx, row.person_id))
          if (o.id !== row.id && o.model === row.model && o.status !== 'proposed')
            await repo.updateOverride(trx, o.id, { status: 'superseded' })
      await repo.updateOverride(trx, row.id, {
        status: decision,
        reviewed_by_id: actor.id,
        reviewed_by_name: actor.name,
        reviewed_at: clock.now(),
        review_note: input.note ?? null,
      })
      const updated = toOverride((await repo.findOverride(trx, row.id)) as NonNullable<typeof row>)
      const action = decision === 'approved' ? 'tier_override.approved' : 'tier_override.rejected'
      await audit.record(trx, actor, action, { type: 'tier_override', id: row.id, crn: row.crn }, updated)
      if (decision === 'approved')
        await workloadChanged?.(trx, actor, { personIds: [row.person_id] }, 'tier override approved')
      return updated
    })
  }

  return {
    /** Called by register, event and predictor writes inside their transaction (via deps.caseChanged). */
    recalculateTier: recalculate,

    /** The current tier with both models, reasons, inputs with sources and overrides (audited read). */
    async currentTier(actor: Actor, crn: string) {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const person = await personOf(trx, actor, crn)
        const current = await view(trx, actor, person)
        await audit.record(trx, actor, 'tier.read', personTarget(person))
        return current
      })
    },

    /** Every calculation, newest first, each with what changed and why (audited read). */
    async tierHistory(actor: Actor, crn: string, limit = 100) {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const person = await personOf(trx, actor, crn)
        await recalculate(trx, actor, person.id, 'read')
        const rows = await repo.calculationHistory(trx, person.id, limit)
        await audit.record(trx, actor, 'tier.read', personTarget(person), { view: 'history' })
        return rows.map(toCalculation)
      })
    },

    async proposeOverride(actor: Actor, crn: string, raw: unknown) {
      requirePermission(actor, 'person:write')
      const input = parseInput(overrideInput, raw)
      return db.transaction().execute(async (trx) => {
        const person = await personOf(trx, actor, crn)
        const calculation = await recalculate(trx, actor, person.id, 'override proposed')
        const open = (await repo.openOverrides(trx, person.id)).find(
          (o) => o.model === input.model && o.status === 'proposed',
        )
        if (open)
          throw new DomainError(
            'tier_override.already_proposed',
            `${person.crn} already has a proposed ${input.model} override awaiting review`,
            [{ path: 'model', message: `override ${open.id} awaits review` }],
          )
        const id = newId()
        await repo.insertOverride(trx, {
          id,
          person_id: person.id,
          calculation_id: calculation.id,
          model: input.model,
          calculated_tier: calculation.result?.[input.model].tier ?? null,
          proposed_tier: input.tier,
          rationale: input.rationale,
          proposed_by_id: actor.id,
          proposed_by_name: actor.name,
          proposed_at: clock.now(),
          status: 'proposed',
          reviewed_by_id: null,
          reviewed_by_name: null,
          reviewed_at: null,
          review_note: null,
          flagged_at: null,
          flagged_reason: null,
        })
        const created = toOverride(
          (await repo.findOverride(trx, id)) as NonNullable<Awaited<ReturnType<typeof repo.findOverride>>>,
        )
        await audit.record(
          trx,
          actor,
          'tier_override.proposed',
          { type: 'tier_override', id, crn: person.crn },
          created,
        )
        return created
      })
    },

    ...createTierCounts(deps),
    approveOverride: (actor: Actor, id: string, raw: unknown = {}) => review(actor, id, raw, 'approved'),
    rejectOverride: (actor: Actor, id: string, raw: unknown) => review(actor, id, raw, 'rejected'),
  }
}

export type TierService = ReturnType<typeof createTierService>
