// Recording an outcome on one page: the outcome and the enforcement decision it calls for, in one
// submission and one transaction. Before the form is sent, the page shows what the policy would propose
// if the outcome were a failure to comply, with its reasons, so the practitioner decides on the spot.
import type { Actor } from '../../platform/actor'
import { ValidationError } from '../../platform/errors'
import { parseInput } from '../../platform/validation'
import { requirePermission } from '../access'
import { type Contact, contactForCaller, recordOutcomeInTransaction } from '../contacts'
import type { ServiceDeps } from '../deps'
import { findCaseRef } from '../people'
import { orderFacts } from './enforcement.present'
import * as repo from './enforcement.repository'
import { type Proposal, proposeNextStep } from './enforcement.rules'
import { type EnforcementAction, outcomeDecisionInput } from './enforcement.schema'
import { caseFacts, decideInTransaction } from './enforcement.service'

export interface OutcomePreview {
  contact: Contact
  order: { eventId: string; eventNumber: number; disposalType: string | null } | null
  /** What the policy proposes if this appointment is recorded as a failure to comply; null without an order. */
  ifFailure: Proposal | null
}

export interface OutcomeDecision {
  contact: Contact
  /** The proposal after the outcome; null when the appointment belongs to no order. */
  proposal: Proposal | null
  /** The decision recorded with it; null when the outcome called for none. */
  action: EnforcementAction | null
}

export function createOutcomeDecisionService(deps: ServiceDeps) {
  const { db, clock, audit } = deps
  return {
    async previewOutcome(actor: Actor, contactId: string): Promise<OutcomePreview> {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const contact = await contactForCaller(trx, actor, contactId)
        await audit.record(trx, actor, 'contact.read', { type: 'contact', id: contact.id, crn: contact.crn })
        if (!contact.eventId) return { contact, order: null, ifFailure: null }
        const facts = await caseFacts(trx, actor, contact.crn)
        const event = facts.events.find((e) => e.id === contact.eventId)
        if (!event) return { contact, order: null, ifFailure: null }
        // As if recorded as failed to attend: every failure to comply counts alike in the policy.
        const outcomes = facts.outcomes.map((o) =>
          o.contactId === contact.id ? { ...o, outcome: 'failed_to_attend' as const } : o,
        )
        return {
          contact,
          order: {
            eventId: event.id,
            eventNumber: event.eventNumber,
            disposalType: event.disposal?.type ?? null,
          },
          ifFailure: proposeNextStep(orderFacts(event), outcomes, facts.actions, clock.today()),
        }
      })
    },

    /**
     * Records the outcome; when it is a failure the policy must act on, the decision is required with it
     * (a rationale only when it differs from the proposal). Both, or neither, are saved.
     */
    async recordOutcomeWithDecision(actor: Actor, contactId: string, raw: unknown): Promise<OutcomeDecision> {
      requirePermission(actor, 'person:write')
      const input = parseInput(outcomeDecisionInput, raw)
      return db.transaction().execute(async (trx) => {
        const before = await contactForCaller(trx, actor, contactId)
        // The person's enforcement lock first, as recordDecision takes it, so two decisions never cross.
        if (before.eventId) await repo.lockPerson(trx, (await findCaseRef(trx, actor, before.crn)).id)
        const contact = await recordOutcomeInTransaction(deps, trx, actor, contactId, input.outcome)
        if (!contact.eventId) return { contact, proposal: null, action: null }
        const facts = await caseFacts(trx, actor, contact.crn)
        const event = facts.events.find((e) => e.id === contact.eventId)
        if (!event) return { contact, proposal: null, action: null }
        const proposal = proposeNextStep(orderFacts(event), facts.outcomes, facts.actions, clock.today())
        if (!proposal.pending.some((f) => f.contactId === contact.id))
          return { contact, proposal, action: null }
        const given = input.decision
        if (!given)
          throw new ValidationError([
            {
              path: 'decision.decision',
              message: `is required: this is a failure to comply and the policy proposes ${proposal.action.replace(/_/g, ' ')}`,
            },
          ])
        const rationale =
          given.rationale ??
          (given.decision === proposal.action
            ? `As the enforcement policy proposes: ${proposal.reasons.join('; ')}`
            : null)
        if (!rationale)
          throw new ValidationError([
            {
              path: 'decision.rationale',
              message: 'is required when your decision differs from the proposal',
            },
          ])
        const action = await decideInTransaction(deps, trx, actor, facts, {
          eventId: event.id,
          decision: given.decision,
          rationale: rationale.slice(0, 4000),
          responseDueOn: given.responseDueOn,
          // The one deciding, else the practitioner who held the appointment.
          staffCode: actor.staffCode ?? contact.staffCode,
        })
        return { contact, proposal, action }
      })
    },
  }
}
