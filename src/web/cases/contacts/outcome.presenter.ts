// The outcome form: every outcome and absence reason, the enforcement step a failure would call for
// (from the policy, with its reasons) and the decisions open on this order. Pure.
import { ABSENCE_REASONS, OUTCOMES } from '../../../modules/contacts'
import type { OutcomePreview } from '../../../modules/enforcement'
import { formatDate } from '../format'
import { field } from './case-page'
import { DECISION_LABELS } from './contacts.presenter'

export interface OutcomeValues {
  outcome: string
  absenceReason: string
  hoursCredited: string
  notes: string
  sensitive: boolean
  decision: string
  rationale: string
}

export const OUTCOME_LABELS = {
  outcome: { label: 'Outcome', id: 'outcome' },
  absenceReason: { label: 'Reason for the absence', id: 'absenceReason' },
  hoursCredited: { label: 'Hours credited', id: 'hoursCredited' },
  notes: { label: 'Notes', id: 'notes' },
  decision: { label: 'Enforcement decision', id: 'decision' },
  'decision.decision': { label: 'Enforcement decision', id: 'decision' },
  'decision.rationale': { label: 'Rationale', id: 'rationale' },
  'decision.responseDueOn': { label: 'Response date', id: 'decision' },
  responseDueOn: { label: 'Response date', id: 'decision' },
  contactIds: { label: 'Enforcement decision', id: 'decision' },
  // The same fields as the combined input names them.
  'outcome.outcome': { label: 'Outcome', id: 'outcome' },
  'outcome.absenceReason': { label: 'Reason for the absence', id: 'absenceReason' },
  'outcome.hoursCredited': { label: 'Hours credited', id: 'hoursCredited' },
  'outcome.notes': { label: 'Notes', id: 'notes' },
}

export function outcomeValues(preview: OutcomePreview, body?: Record<string, unknown>): OutcomeValues {
  if (body)
    return {
      outcome: field(body, 'outcome'),
      absenceReason: field(body, 'absenceReason'),
      hoursCredited: field(body, 'hoursCredited'),
      notes: field(body, 'notes'),
      sensitive: body.sensitive === 'yes',
      decision: field(body, 'decision'),
      rationale: field(body, 'rationale'),
    }
  const proposed = preview.ifFailure?.action
  return {
    outcome: '',
    absenceReason: '',
    hoursCredited: '',
    notes: preview.contact.notes ?? '',
    sensitive: preview.contact.sensitive,
    // The proposal is chosen already: following it is one click; it is ignored if the outcome is not a failure.
    decision: proposed && proposed !== 'nothing_to_decide' ? proposed : '',
    rationale: '',
  }
}

/** The service input made from the form: the decision goes with it only when one was chosen. */
export function outcomeInputOf(v: OutcomeValues, version: number) {
  return {
    outcome: {
      version,
      outcome: v.outcome,
      absenceReason: v.outcome === 'acceptable_absence' ? v.absenceReason || null : null,
      ...(v.hoursCredited ? { hoursCredited: Number(v.hoursCredited) } : {}),
      notes: v.notes || null,
      sensitive: v.sensitive,
    },
    ...(v.decision
      ? { decision: { decision: v.decision, ...(v.rationale ? { rationale: v.rationale } : {}) } }
      : {}),
  }
}

export function outcomeForm(preview: OutcomePreview, v: OutcomeValues) {
  const p = preview.ifFailure
  const route = p?.route
  const decisions = [
    'warning_issued',
    route === 'recall' ? 'recall_requested' : 'breach_initiated',
    'no_further_action',
  ]
  return {
    outcomes: Object.entries(OUTCOMES).map(([value, o]) => ({
      value,
      text: o.label,
      checked: v.outcome === value,
    })),
    absenceReasons: [
      { value: '', text: 'Choose a reason' },
      ...Object.entries(ABSENCE_REASONS).map(([value, r]) => ({
        value,
        text: r.label,
        selected: v.absenceReason === value,
      })),
    ],
    creditsHours: preview.contact.type.creditsUnpaidWork,
    enforcement:
      p && p.action !== 'nothing_to_decide'
        ? {
            proposal: DECISION_LABELS[p.action] ?? p.action,
            respondBy: p.responseDueOn ? formatDate(p.responseDueOn) : null,
            reasons: p.reasons,
            policyVersion: p.policyVersion,
            decisions: decisions.map((d) => ({
              value: d,
              text: `${DECISION_LABELS[d]}${d === p.action ? ' (proposed)' : ''}`,
              checked: v.decision === d,
            })),
          }
        : null,
  }
}
