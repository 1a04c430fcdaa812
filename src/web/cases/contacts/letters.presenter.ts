// The facts a letter is rendered from (templates: letter-appointment.njk, letter-warning.njk), and the
// line the letter leaves on the contact log when it is recorded as sent. Pure: today is passed in.
import type { Contact } from '../../../modules/contacts'
import type { EnforcementAction } from '../../../modules/enforcement'
import type { PersonRecord } from '../../../modules/people'
import { formatDate, fullName } from '../format'
import { addressLines } from '../overview/overview.presenter'

function recipient(person: PersonRecord) {
  const main = person.addresses.find((a) => a.status === 'main' && !a.endDate)
  return { name: fullName(person), crn: person.crn, address: main ? addressLines(main) : [] }
}

export function appointmentLetter(person: PersonRecord, c: Contact, today: string) {
  const when = `${formatDate(c.date)}${c.startTime ? ` at ${c.startTime}` : ''}`
  return {
    kind: 'appointment' as const,
    title: 'Appointment letter',
    dated: formatDate(today),
    to: recipient(person),
    appointment: { type: c.type.label, when, location: c.location ?? '', staffCode: c.staffCode },
    logNote: `Appointment letter sent: ${c.type.label} on ${when}${c.location ? `, ${c.location}` : ''}`,
  }
}

export function warningLetter(
  person: PersonRecord,
  action: EnforcementAction,
  failures: Contact[],
  today: string,
) {
  return {
    kind: 'warning' as const,
    title: 'Warning letter',
    dated: formatDate(today),
    to: recipient(person),
    warning: {
      decidedOn: formatDate(action.decidedOn),
      respondBy: action.responseDueOn ? formatDate(action.responseDueOn) : null,
      failures: failures.map((f) => ({
        when: `${formatDate(f.date)}${f.startTime ? ` at ${f.startTime}` : ''}`,
        what: f.type.label,
        outcome: f.outcome?.label ?? '',
      })),
    },
    logNote: `Warning letter sent (warning of ${formatDate(action.decidedOn)}${action.responseDueOn ? `, respond by ${formatDate(action.responseDueOn)}` : ''})`,
  }
}
