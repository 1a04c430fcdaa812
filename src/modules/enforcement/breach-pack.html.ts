// The submitted breach pack as a self-contained HTML document that prints cleanly (A4, no scripts, no
// external assets). Every value is escaped.
import type { BreachPackContent } from './breach-pack.rules'

const esc = (value: unknown): string =>
  String(value ?? '—').replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  )
const words = (code: string | null) => (code ? code.replace(/_/g, ' ') : '—')

function table(headings: string[], rows: unknown[][]): string {
  if (rows.length === 0) return '<p>None recorded.</p>'
  const head = headings.map((h) => `<th scope="col">${esc(h)}</th>`).join('')
  const body = rows.map((r) => `<tr>${r.map((v) => `<td>${esc(v)}</td>`).join('')}</tr>`).join('\n')
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`
}

export function renderPackHtml(p: BreachPackContent, submittedAt: string): string {
  const title = `${p.kind === 'recall' ? 'Recall' : 'Breach'} pack: ${p.person.name} (${p.person.crn})`
  const staff = (s: BreachPackContent['manager']) =>
    s ? `${esc(s.name)}, ${esc(s.grade)} (${esc(s.code)}), ${esc(s.email)}` : '—'
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
  body { font-family: Arial, sans-serif; font-size: 11pt; margin: 2em; color: #0b0c0c; }
  table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
  th, td { border: 1px solid #b1b4b6; padding: 4px 6px; text-align: left; vertical-align: top; }
  h2 { margin-top: 1.5em; break-after: avoid; }
  tr { break-inside: avoid; }
  @page { size: A4; margin: 15mm; }
</style>
</head>
<body>
<h1>${esc(title)}</h1>
<p>Date of birth: ${esc(p.person.dateOfBirth)}. Submitted ${esc(submittedAt)}; assembled from the record on ${esc(p.generatedOn)}.</p>
<h2>The order</h2>
<p>Event ${esc(p.order.eventNumber)}: ${esc(words(p.order.type))}, sentenced on ${esc(p.order.sentenceDate)} at ${esc(p.order.courtName)}${p.order.length ? ` for ${esc(p.order.length.value)} ${esc(p.order.length.unit)}` : ''}.</p>
${table(
  ['Offence', 'Code', 'Main'],
  p.order.offences.map((o) => [o.description, o.code, o.main ? 'yes' : 'no']),
)}
<h2>${p.kind === 'recall' ? 'Licence conditions' : 'Requirements'}</h2>
${
  p.kind === 'recall'
    ? table(
        ['Type', 'Condition'],
        p.order.licenceConditions.map((c) => [c.type, c.description]),
      )
    : table(
        ['Requirement', 'RAR days', 'Unpaid work hours', 'Months', 'Start', 'End'],
        p.order.requirements.map((r) => [
          words(r.type),
          r.rarDays,
          r.unpaidWorkHours,
          r.lengthMonths,
          r.startDate,
          r.endDate,
        ]),
      )
}
<h2>Failures to comply</h2>
${table(
  ['Date', 'Time', 'Appointment', 'Outcome', 'Notes'],
  p.failures.map((f) => [f.date, f.time, f.type, f.outcome, f.notes]),
)}
<h2>Warnings given</h2>
${table(
  ['Date', 'Respond by', 'Rationale'],
  p.warnings.map((w) => [w.date, w.responseDueOn, w.rationale]),
)}
<h2>Contact log</h2>
${table(
  ['Date', 'Time', 'Contact', 'Outcome', 'Practitioner', 'Notes'],
  p.contactLog.map((c) => [c.date, c.time, c.type, c.outcome, c.staffCode, c.notes]),
)}
<h2>Statement of the practitioner</h2>
<p>${esc(p.statement).replace(/\n/g, '<br>')}</p>
<h2>Practitioner and manager</h2>
<p>Practitioner: ${staff(p.practitioner)}</p>
<p>Manager: ${staff(p.manager)}</p>
</body>
</html>
`
}
