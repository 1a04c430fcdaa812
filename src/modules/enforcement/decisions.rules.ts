// What a practitioner's enforcement decision must satisfy, and whether it overrides the proposal.
// Pure: the proposal and the order's actions are passed in.
import type { ErrorDetail } from '../../platform/errors'
import { addDays } from '../contacts'
import {
  type ActionFacts,
  type Decision,
  ENFORCEMENT_POLICY,
  openBreach,
  type Proposal,
} from './enforcement.rules'

export interface DecisionFacts {
  decision: Decision
  decidedOn: string
  responseDueOn?: string | undefined
  contactIds?: string[] | undefined
}

export interface Settled {
  contactIds: string[]
  responseDueOn: string | null
  /** The decision differs from what the policy proposed: recorded and shown to the senior probation officer. */
  override: boolean
  problems: ErrorDetail[]
}

export function settleDecision(
  facts: DecisionFacts,
  proposal: Proposal,
  orderActions: ActionFacts[],
  today: string,
): Settled {
  const problems: ErrorDetail[] = []
  const { decision } = facts
  if (facts.decidedOn > today) problems.push({ path: 'decidedOn', message: 'must not be in the future' })
  if (!proposal.route) problems.push({ path: 'eventId', message: 'the event has no sentence to enforce' })
  if (decision === 'breach_initiated' && proposal.route === 'recall')
    problems.push({ path: 'decision', message: 'a licence is enforced by recall, not breach' })
  if (decision === 'recall_requested' && proposal.route === 'breach')
    problems.push({
      path: 'decision',
      message: 'only a licence is enforced by recall; this order is breached',
    })
  if (decision === 'breach_concluded' && !openBreach(orderActions))
    problems.push({ path: 'decision', message: 'no breach or recall is in progress on this order' })
  const counted = new Set(proposal.failures.map((f) => f.contactId))
  const contactIds =
    facts.contactIds ?? (decision === 'breach_concluded' ? [] : proposal.pending.map((f) => f.contactId))
  contactIds.forEach((id, i) => {
    if (!counted.has(id))
      problems.push({ path: `contactIds.${i}`, message: 'is not a failure to comply counted on this order' })
  })
  let responseDueOn: string | null = null
  if (decision === 'warning_issued') {
    responseDueOn =
      facts.responseDueOn ??
      proposal.responseDueOn ??
      addDays(facts.decidedOn, ENFORCEMENT_POLICY.responseDays)
    if (responseDueOn <= facts.decidedOn)
      problems.push({ path: 'responseDueOn', message: 'must be after the date of the warning' })
  } else if (facts.responseDueOn)
    problems.push({ path: 'responseDueOn', message: 'is only given for a warning' })
  const override = decision !== 'breach_concluded' && decision !== proposal.action
  return { contactIds, responseDueOn, override, problems }
}
