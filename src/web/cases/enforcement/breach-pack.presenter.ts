// A breach or recall pack as its page shows it: each part of the pack with what the record holds, and
// the list of what is missing in plain words. Pure.
import type { BreachPack } from '../../../modules/enforcement'
import { formatDate, formatDateTime, words } from '../format'

export function packView(pack: BreachPack) {
  const c = pack.content
  const staff = (s: typeof c.manager) =>
    s ? `${s.name}, ${s.grade} (${s.code})${s.email ? `, ${s.email}` : ''}` : 'Not given'
  const isRecall = pack.kind === 'recall'
  return {
    id: pack.id,
    version: pack.version,
    title: isRecall ? 'Recall pack' : 'Breach pack',
    submitted: pack.status === 'submitted',
    submittedAt: pack.submittedAt ? formatDateTime(pack.submittedAt) : null,
    missing: pack.missing.map((m) => m.message),
    order: [
      { key: { text: 'Event' }, value: { text: String(c.order.eventNumber) } },
      { key: { text: 'Sentence' }, value: { text: words(c.order.type) || 'Not recorded' } },
      { key: { text: 'Sentenced on' }, value: { text: formatDate(c.order.sentenceDate) || 'Not recorded' } },
      { key: { text: 'Court' }, value: { text: c.order.courtName ?? 'Not recorded' } },
      {
        key: { text: isRecall ? 'Licence conditions' : 'Requirements' },
        value: {
          text: isRecall
            ? c.order.licenceConditions.map((l) => words(l.type)).join(', ') || 'None recorded'
            : c.order.requirements.map((r) => words(r.type)).join(', ') || 'None recorded',
        },
      },
    ],
    failures: c.failures.map((f) => [
      { text: formatDate(f.date) },
      { text: f.type },
      { text: f.outcome ?? '' },
    ]),
    warnings: c.warnings.map((w) => [
      { text: formatDate(w.date) },
      { text: formatDate(w.responseDueOn) },
      { text: w.rationale },
    ]),
    contactLogCount: c.contactLog.length,
    practitioner: staff(c.practitioner),
    manager: staff(c.manager),
  }
}
