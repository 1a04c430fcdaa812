// `openprobation contacts due --team CODE | --staff CODE`: appointments awaiting an outcome and cases
// whose expected contact is missed, for a team or a practitioner, as CSV (default, for a spreadsheet)
// or as JSON. Run by the operator as a named system actor; the read is audited.
import type { Command } from 'commander'
import type { CaseloadContacts } from '../modules/contacts'
import { withServices } from './context'

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value)
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One line per item: awaiting outcomes first (oldest first), then missed contacts (most overdue first). */
export function caseloadCsv(view: CaseloadContacts): string {
  const header = ['kind', 'crn', 'name', 'date', 'type', 'staff_code', 'days_overdue']
  const rows = [
    ...view.awaitingOutcome.map((a) => [
      'awaiting_outcome',
      a.crn,
      a.name,
      a.date,
      a.type,
      a.contactStaffCode,
      a.daysOverdue,
    ]),
    ...view.missedContacts.map((m) => [
      'missed_contact',
      m.crn,
      m.name,
      m.due.nextDue,
      `tier ${m.due.tier}`,
      m.staffCode,
      m.daysOverdue,
    ]),
  ]
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`
}

export function registerContacts(program: Command) {
  const contacts = program.command('contacts').description('contacts and appointments')
  contacts
    .command('due')
    .description('appointments awaiting an outcome and missed expected contacts of a team or practitioner')
    .option('--team <code>', 'a team code')
    .option('--staff <code>', 'a practitioner’s staff code')
    .option('--json', 'print JSON (with counts and reasons) instead of CSV')
    .action(async (options: { team?: string; staff?: string; json?: boolean }) => {
      if (Boolean(options.team) === Boolean(options.staff)) {
        process.stderr.write('Give either --team CODE or --staff CODE\n')
        process.exitCode = 2
        return
      }
      await withServices('contacts due', async ({ services, actor }) => {
        const view = await services.contacts.caseloadContacts(
          actor,
          options.team ? { teamCode: options.team } : { staffCode: options.staff },
        )
        process.stdout.write(options.json ? `${JSON.stringify(view, null, 2)}\n` : caseloadCsv(view))
      })
    })
}
