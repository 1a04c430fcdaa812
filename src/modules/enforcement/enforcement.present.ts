// Between stored rows, other modules' records and the facts the enforcement rules take.
import type { Contact } from '../contacts'
import type { Event } from '../sentences'
import type { ActionRow } from './enforcement.repository'
import type { ActionFacts, Decision, OrderFacts, OutcomeFacts, Proposal } from './enforcement.rules'
import type { EnforcementAction } from './enforcement.schema'

export const orderFacts = (e: Event): OrderFacts => ({
  eventId: e.id,
  eventNumber: e.eventNumber,
  disposal: e.disposal,
})

export const outcomeFacts = (c: Contact): OutcomeFacts => ({
  contactId: c.id,
  eventId: c.eventId,
  date: c.date,
  outcome: c.outcome?.code ?? null,
  status: c.status,
})

export const actionFacts = (a: ActionRow): ActionFacts => ({
  id: a.id,
  eventId: a.event_id,
  action: a.action as Decision,
  decidedOn: a.decided_on,
  contactIds: a.contact_ids,
  responseDueOn: a.response_due_on,
})

export function toAction(a: ActionRow, breachPackId: string | null = null): EnforcementAction {
  return {
    id: a.id,
    crn: a.crn,
    eventId: a.event_id,
    decision: a.action as Decision,
    decidedOn: a.decided_on,
    responseDueOn: a.response_due_on,
    contactIds: a.contact_ids,
    proposedAction: a.proposed_action,
    override: a.override,
    rationale: a.rationale,
    staffCode: a.staff_code,
    decidedBy: a.decided_by,
    policyVersion: a.policy_version,
    proposal: a.proposal as Proposal,
    breachPackId,
    createdAt: a.created_at.toISOString(),
  }
}
