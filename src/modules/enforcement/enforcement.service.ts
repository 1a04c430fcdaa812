// Use cases of enforcement: compliance per order (failures counted, warnings, the proposed next step with
// its reasons), recording the practitioner's decision (an override when it differs from the proposal),
// and the overrides a senior probation officer reviews. A breach or recall opens a draft breach pack.
import type { Actor } from '../../platform/actor'
import { ValidationError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { onlyVisibleCases, requirePermission } from '../access'
import { contactsOfPerson } from '../contacts'
import type { ServiceDeps } from '../deps'
import { findCaseRef } from '../people'
import { eventsOfPerson } from '../sentences'
import { settleDecision } from './decisions.rules'
import { actionFacts, orderFacts, outcomeFacts, toAction } from './enforcement.present'
import * as repo from './enforcement.repository'
import { type ActionFacts, openBreach, type Proposal, proposeNextStep } from './enforcement.rules'
import {
  type DecisionInput,
  decisionInput,
  type EnforcementAction,
  type OrderCompliance,
  overridesQuery,
} from './enforcement.schema'

type Executor = Parameters<typeof repo.findAction>[0]

/** Everything enforcement reads about a case, in one place. */
export async function caseFacts(trx: Executor, actor: Actor, crn: string) {
  const person = await findCaseRef(trx, actor, crn)
  const [events, contacts, actionRows, packs] = [
    await eventsOfPerson(trx, person.id),
    await contactsOfPerson(trx, person.id),
    await repo.listActionsOfPerson(trx, person.id),
    await repo.listPacksOfPerson(trx, person.id),
  ]
  return {
    person,
    events,
    contacts,
    actionRows,
    packs,
    outcomes: contacts.map(outcomeFacts),
    actions: actionRows.map(actionFacts),
  }
}

type CaseFacts = Awaited<ReturnType<typeof caseFacts>>

/**
 * Records a decision on one order of a case inside the caller's transaction (the person locked and the
 * facts read in it), settled against the proposal the record gives now; a breach or recall opens a
 * draft pack. No permission check: the caller's use case made it.
 */
export async function decideInTransaction(
  { clock, audit }: Pick<ServiceDeps, 'clock' | 'audit'>,
  trx: Executor,
  actor: Actor,
  facts: CaseFacts,
  input: DecisionInput,
): Promise<EnforcementAction> {
  const ref = facts.person
  const event = facts.events.find((e) => e.id === input.eventId)
  if (!event) throw new ValidationError([{ path: 'eventId', message: 'is not one of this person’s events' }])
  const proposal: Proposal = proposeNextStep(orderFacts(event), facts.outcomes, facts.actions, clock.today())
  const own: ActionFacts[] = facts.actions.filter((a) => a.eventId === event.id)
  const decidedOn = input.decidedOn ?? clock.today()
  const settled = settleDecision({ ...input, decidedOn }, proposal, own, clock.today())
  if (settled.problems.length > 0) throw new ValidationError(settled.problems)
  const id = newId()
  const staffCode = input.staffCode ?? actor.staffCode
  await repo.insertAction(trx, {
    id,
    person_id: ref.id,
    event_id: event.id,
    action: input.decision,
    decided_on: decidedOn,
    response_due_on: settled.responseDueOn,
    contact_ids: settled.contactIds,
    proposed_action: proposal.action,
    proposal: JSON.stringify(proposal),
    policy_version: proposal.policyVersion,
    override: settled.override,
    rationale: input.rationale,
    staff_code: staffCode,
    decided_by: actor.name,
    created_at: clock.now(),
  })
  let packId: string | null = null
  if (input.decision === 'breach_initiated' || input.decision === 'recall_requested') {
    packId = newId()
    await repo.insertPack(trx, {
      id: packId,
      person_id: ref.id,
      event_id: event.id,
      enforcement_action_id: id,
      kind: input.decision === 'recall_requested' ? 'recall' : 'breach',
      practitioner_staff_code: staffCode,
      created_at: clock.now(),
      updated_at: clock.now(),
    })
  }
  const action = toAction((await repo.findAction(trx, id)) as repo.ActionRow, packId)
  await audit.record(
    trx,
    actor,
    `enforcement.${input.decision}`,
    { type: 'enforcement_action', id, crn: ref.crn },
    action,
  )
  return action
}

export function createEnforcementService(deps: ServiceDeps) {
  const { db, clock, audit } = deps
  function compliance(facts: Awaited<ReturnType<typeof caseFacts>>): OrderCompliance[] {
    return facts.events.map((event) => {
      const proposal = proposeNextStep(orderFacts(event), facts.outcomes, facts.actions, clock.today())
      const own = facts.actions.filter((a) => a.eventId === event.id)
      return {
        eventId: event.id,
        eventNumber: event.eventNumber,
        disposalType: event.disposal?.type ?? null,
        failuresToComply: proposal.failures.length,
        acceptableAbsences: facts.contacts.filter(
          (c) => c.eventId === event.id && c.status === 'booked' && c.outcome?.code === 'acceptable_absence',
        ).length,
        warnings: own
          .filter((a) => a.action === 'warning_issued')
          .map((a) => ({ id: a.id, decidedOn: a.decidedOn, responseDueOn: a.responseDueOn })),
        breachInProgress: openBreach(own) !== undefined,
        proposal,
      }
    })
  }

  return {
    /** Per order: failures to comply counted, acceptable absences, warnings, and the next step proposed. */
    async complianceOf(actor: Actor, crn: string): Promise<OrderCompliance[]> {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const facts = await caseFacts(trx, actor, crn)
        await audit.record(trx, actor, 'compliance.read', {
          type: 'person',
          id: facts.person.id,
          crn: facts.person.crn,
        })
        return compliance(facts)
      })
    },

    async listActions(actor: Actor, crn: string): Promise<EnforcementAction[]> {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const facts = await caseFacts(trx, actor, crn)
        await audit.record(trx, actor, 'enforcement.read', {
          type: 'person',
          id: facts.person.id,
          crn: facts.person.crn,
        })
        return facts.actionRows.map((a) =>
          toAction(a, facts.packs.find((p) => p.enforcement_action_id === a.id)?.id ?? null),
        )
      })
    },

    /** Records the practitioner's decision against the proposal the record gives at this moment. */
    async recordDecision(actor: Actor, crn: string, raw: unknown): Promise<EnforcementAction> {
      requirePermission(actor, 'person:write')
      const input = parseInput(decisionInput, raw)
      return db.transaction().execute(async (trx) => {
        const ref = await findCaseRef(trx, actor, crn)
        await repo.lockPerson(trx, ref.id)
        return decideInTransaction(deps, trx, actor, await caseFacts(trx, actor, crn), input)
      })
    },

    /** Decisions that went against the proposal, newest first, for the senior probation officer. */
    async listOverrides(actor: Actor, rawFilter: unknown = {}): Promise<EnforcementAction[]> {
      requirePermission(actor, 'enforcement:review')
      const filter = parseInput(overridesQuery, rawFilter ?? {})
      return db.transaction().execute(async (trx) => {
        // Across cases: decisions on cases hidden from the reviewer are left out.
        const rows = await repo.listOverrides(trx, filter.since)
        const actions = (await onlyVisibleCases(trx, actor, rows, (r) => r.person_id)).map((a) => toAction(a))
        await audit.recordMany(
          trx,
          actor,
          'enforcement.read',
          actions.map((a) => ({ type: 'enforcement_action', id: a.id, crn: a.crn })),
        )
        return actions
      })
    },
  }
}
