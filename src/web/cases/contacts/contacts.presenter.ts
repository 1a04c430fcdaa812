// The contact log of a case as table rows with the actions each contact allows, and each order's
// compliance (failures, warnings, the proposed next step with its reasons). Pure: today is passed in.
import type { Contact } from '../../../modules/contacts'
import type { EnforcementAction, OrderCompliance } from '../../../modules/enforcement'
import { formatDate, words } from '../format'

export const DECISION_LABELS: Record<string, string> = {
  warning_issued: 'Issue a warning letter',
  breach_initiated: 'Start breach proceedings',
  recall_requested: 'Request recall',
  no_further_action: 'No further action',
  nothing_to_decide: 'Nothing to decide',
  breach_concluded: 'Breach or recall concluded',
}
export const DONE_LABELS: Record<string, string> = {
  warning_issued: 'Warning issued',
  breach_initiated: 'Breach started',
  recall_requested: 'Recall requested',
  no_further_action: 'No further action',
  breach_concluded: 'Breach or recall concluded',
}

const time = (c: Contact) => (c.startTime ? `${c.startTime}${c.endTime ? `-${c.endTime}` : ''}` : '')

function statusOf(c: Contact, today: string): { text: string; classes: string } {
  if (c.status === 'rescheduled') return { text: 'Rescheduled', classes: 'govuk-tag--grey' }
  if (c.status === 'cancelled') return { text: 'Cancelled', classes: 'govuk-tag--grey' }
  if (c.outcome) {
    const good = ['attended_complied', 'acceptable_absence', 'sent_home_service_issues'].includes(
      c.outcome.code,
    )
    return { text: c.outcome.label, classes: good ? 'govuk-tag--green' : 'govuk-tag--red' }
  }
  if (c.type.needsOutcome && c.date <= today) return { text: 'Outcome needed', classes: 'govuk-tag--orange' }
  if (c.type.appointment) return { text: 'Booked', classes: 'govuk-tag--blue' }
  return { text: 'Recorded', classes: 'govuk-tag--grey' }
}

export function contactRows(contacts: Contact[], today: string, canWrite: boolean, crn: string) {
  return [...contacts].reverse().map((c) => {
    const live = c.status === 'booked' && !c.outcome
    const base = `/cases/${crn}/contacts/${c.id}`
    const actions: { href: string; text: string }[] = []
    if (canWrite && live && c.type.needsOutcome && c.date <= today)
      actions.push({ href: `${base}/outcome`, text: 'Record outcome' })
    if (canWrite && live && c.type.appointment)
      actions.push({ href: `${base}/reschedule`, text: 'Reschedule' })
    if (live && c.type.appointment && c.date >= today)
      actions.push({ href: `${base}/letter`, text: 'Letter' })
    return {
      id: c.id,
      date: formatDate(c.date),
      time: time(c),
      type: c.type.label,
      staffCode: c.staffCode,
      location: c.location ?? '',
      status: statusOf(c, today),
      notes: c.sensitive ? 'Sensitive: open the chronology to read' : (c.notes ?? ''),
      rescheduleReason: c.rescheduleReason,
      actions,
    }
  })
}

export function complianceRows(compliance: OrderCompliance[], actions: EnforcementAction[], crn: string) {
  return compliance.map((o) => ({
    eventNumber: o.eventNumber,
    disposal: words(o.disposalType) || 'No sentence recorded',
    failures: o.failuresToComply,
    acceptableAbsences: o.acceptableAbsences,
    breachInProgress: o.breachInProgress,
    proposal: {
      action: o.proposal.action,
      label: DECISION_LABELS[o.proposal.action] ?? words(o.proposal.action),
      reasons: o.proposal.reasons,
    },
    decisions: actions
      .filter((a) => a.eventId === o.eventId)
      .map((a) => ({
        label: DONE_LABELS[a.decision] ?? words(a.decision),
        on: formatDate(a.decidedOn),
        respondBy: a.responseDueOn ? formatDate(a.responseDueOn) : null,
        override: a.override,
        letterHref: a.decision === 'warning_issued' ? `/cases/${crn}/enforcement/${a.id}/letter` : null,
        packHref: a.breachPackId ? `/cases/${crn}/breach-packs/${a.breachPackId}` : null,
      })),
  }))
}
