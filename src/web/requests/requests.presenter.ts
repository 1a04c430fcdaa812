// Requests as the pages show them: state tags, overdue flags, evidence as links into the case pages,
// the timeline in words, and the raising form's values and problems. Pure.
import type { EvidenceChoice, Request } from '../../modules/requests'
import type { ErrorDetail } from '../../platform/errors'
import { formatDate, formatDateTime } from '../cases/format'

const STATE_TAGS: Record<string, { text: string; classes: string }> = {
  raised: { text: 'Raised', classes: 'govuk-tag--blue' },
  accepted: { text: 'Accepted', classes: 'govuk-tag--turquoise' },
  declined: { text: 'Declined', classes: 'govuk-tag--red' },
  done: { text: 'Done', classes: 'govuk-tag--green' },
  withdrawn: { text: 'Withdrawn', classes: 'govuk-tag--grey' },
}
const ACTIONS: Record<string, string> = {
  raise: 'Raised',
  accept: 'Accepted',
  decline: 'Declined',
  complete: 'Marked as done',
  withdraw: 'Withdrawn',
  acknowledge: 'Handover acknowledged',
}

export const stateTag = (state: string) => STATE_TAGS[state] ?? { text: state, classes: 'govuk-tag--grey' }

/** Where a piece of evidence is shown in the case pages. */
function evidenceHref(crn: string, kind: string): string | null {
  if (kind === 'contact') return `/cases/${crn}/chronology?type=contact`
  if (kind === 'register') return `/cases/${crn}/chronology?type=register`
  if (kind === 'event') return `/cases/${crn}/chronology?type=event`
  return null
}

export function requestRow(r: Request) {
  return {
    id: r.id,
    kind: r.kind.label,
    crn: r.crn,
    personName: r.personName,
    fromTeam: r.fromTeam.name,
    toTeam: r.toTeam.name,
    deadline: formatDate(r.deadline),
    state: stateTag(r.state),
    overdue: r.overdue.overdue,
    overdueReason: r.overdue.reason,
  }
}

export function requestPage(r: Request) {
  return {
    ...requestRow(r),
    isTransfer: r.kind.isTransfer,
    stateCode: r.state,
    reason: r.reason,
    decisionReason: r.decisionReason,
    decisionMaker: `${r.decisionMaker.name} (${r.decisionMaker.staffCode})`,
    raisedBy: r.raisedBy.name,
    raisedAt: formatDateTime(r.raisedAt),
    evidence: r.evidence.map((e) => ({ label: e.label, href: evidenceHref(r.crn, e.kind) })),
    timeline: r.timeline.map((t) => ({
      what: ACTIONS[t.action] ?? t.action,
      by: t.by.name,
      at: formatDateTime(t.at),
      reason: t.reason ?? '',
    })),
    transfer: r.transfer
      ? {
          senderNotes: r.transfer.senderNotes,
          acknowledged: r.transfer.acknowledgedAt
            ? `${formatDateTime(r.transfer.acknowledgedAt)} by ${r.transfer.acknowledgedBy?.name ?? ''}`
            : null,
        }
      : null,
    version: r.version,
  }
}

export interface RaiseValues {
  kind: string
  toTeamCode: string
  reason: string
  evidence: string[]
  decisionMaker: string
  deadline: { day: string; month: string; year: string }
  senderNotes: string
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [])
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '')

export function raiseValuesFrom(body: Record<string, unknown>): RaiseValues {
  return {
    kind: str(body.kind),
    toTeamCode: str(body.toTeamCode),
    reason: str(body.reason),
    evidence: list(body.evidence),
    decisionMaker: str(body.decisionMaker),
    deadline: {
      day: str(body['deadline-day']),
      month: str(body['deadline-month']),
      year: str(body['deadline-year']),
    },
    senderNotes: str(body.senderNotes),
  }
}

/** Evidence checkboxes carry "kind:id", so one form field lists records of every kind. */
export function evidenceItems(choices: EvidenceChoice[], ticked: string[]) {
  return choices.map((c) => {
    const value = `${c.kind}:${c.recordId}`
    return { value, text: c.label, checked: ticked.includes(value) }
  })
}

export function evidenceInput(ticked: string[]) {
  return ticked.map((v) => {
    const [kind = '', recordId = ''] = v.split(':')
    return { kind, recordId }
  })
}

const LABELS: Record<string, string> = {
  toTeamCode: 'Team to send it to',
  reason: 'Reason',
  decisionMaker: 'Decision-maker',
  deadline: 'Deadline',
  senderNotes: 'Notes for the receiving team',
  kind: 'Kind of request',
}

/** The service's problems as the GOV.UK error summary and the message beside each field. */
export function formProblems(details: ErrorDetail[]) {
  const errors: { text: string; href: string }[] = []
  const fieldErrors: Record<string, { text: string }> = {}
  for (const d of details) {
    const path = d.path.startsWith('evidence') ? 'evidence' : d.path
    const label = LABELS[path] ?? (path === 'evidence' ? 'Evidence' : path)
    const text = /is required/.test(d.message) ? `Enter the ${label.toLowerCase()}` : `${label}: ${d.message}`
    errors.push({ text, href: path === 'deadline' ? '#deadline-day' : `#${path}` })
    fieldErrors[path] ??= { text }
  }
  return { errors, fieldErrors }
}

/** The handover pack's links point into the API; on a page they open the case's pages instead. */
export function webHref(crn: string, href: string | null): string | null {
  if (!href) return null
  const request = /^\/api\/v1\/requests\/(.+)$/.exec(href)
  if (request) return `/requests/${request[1]}`
  const kind = /^\/api\/v1\/(contacts|registers|events)\//.exec(href)?.[1]
  return kind ? (evidenceHref(crn, kind.replace(/s$/, '')) ?? null) : null
}
