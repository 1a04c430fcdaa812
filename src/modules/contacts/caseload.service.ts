// The team and practitioner views of contacts: appointments awaiting an outcome (how many days
// overdue) and cases whose expected contact is missed (by tier and stage of the sentence), with counts.
// Cases hidden from the caller are left out, as if they were not on the caseload.
import type { Actor } from '../../platform/actor'
import { parseInput } from '../../platform/validation'
import { z } from '../../platform/zod'
import { onlyVisibleCases, requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { awaitingOutcomeOf, type Caseload, caseDueFacts, resolveCaseload } from './caseload.repository'
import * as repo from './contacts.repository'
import { OUTCOMES } from './contacts.rules'
import { daysBetween } from './dates.rules'
import { type ContactDue, dueFrom, type Frequency, ordersInForce, TIER } from './frequency.rules'

const LIMIT = 1000
const ATTENDED = Object.entries(OUTCOMES)
  .filter(([, o]) => o.attended)
  .map(([code]) => code)
const code = z.string().trim().toUpperCase().min(1, 'must not be empty').max(20)
const caseloadQuery = z.union([z.strictObject({ teamCode: code }), z.strictObject({ staffCode: code })])

export interface AwaitingOutcome {
  contactId: string
  crn: string
  name: string
  date: string
  startTime: string | null
  type: string
  /** Who held the appointment, and who manages the case. */
  contactStaffCode: string
  caseStaffCode: string
  daysOverdue: number
}
export interface MissedContact {
  crn: string
  name: string
  staffCode: string
  due: ContactDue
  daysOverdue: number
}
export interface CaseloadContacts {
  awaitingOutcome: AwaitingOutcome[]
  missedContacts: MissedContact[]
  /** Cases on the caseload with no calculated tier: their expected contact cannot be worked out. */
  casesWithoutTier: number
  counts: {
    awaitingOutcome: number
    missedContacts: number
    byStaff: Record<string, { awaitingOutcome: number; missedContacts: number }>
  }
  truncated: boolean
}

export function createCaseloadService({ db, clock, audit }: ServiceDeps) {
  return {
    /** Overdue outcomes and missed expected contacts of a team ({ teamCode }) or a practitioner ({ staffCode }). */
    async caseloadContacts(actor: Actor, raw: unknown): Promise<CaseloadContacts> {
      requirePermission(actor, 'person:read')
      const asked: Caseload = parseInput(caseloadQuery, raw)
      const today = clock.today()
      return db.transaction().execute(async (trx) => {
        const who = await resolveCaseload(trx, asked)
        const awaitingRows = await onlyVisibleCases(
          trx,
          actor,
          await awaitingOutcomeOf(trx, who, today, LIMIT + 1),
          (r) => r.person_id,
        )
        const frequencies: Frequency[] = (await repo.currentFrequencies(trx)).map((f) => ({
          tierLetter: f.tier_letter,
          stage: f.stage as Frequency['stage'],
          intervalDays: f.interval_days,
          version: f.version,
        }))
        const cases = await onlyVisibleCases(
          trx,
          actor,
          await caseDueFacts(trx, who, today, ATTENDED),
          (r) => r.person_id,
        )
        let casesWithoutTier = 0
        const missedContacts: MissedContact[] = []
        for (const c of cases) {
          if (!c.tier || !TIER.test(c.tier)) {
            casesWithoutTier += 1
            continue
          }
          const orders = ordersInForce(c.orders, today)
          const due = dueFrom(
            c.tier,
            orders,
            { lastContact: c.last_kept, nextBooked: c.next_booked },
            frequencies,
            today,
            'the tier in use (calculated, or an approved override)',
          )
          if (due.overdue && due.nextDue)
            missedContacts.push({
              crn: c.crn,
              name: `${c.first_name} ${c.surname}`,
              staffCode: c.staff_code,
              due,
              daysOverdue: daysBetween(due.nextDue, today),
            })
        }
        missedContacts.sort((a, b) => b.daysOverdue - a.daysOverdue || a.crn.localeCompare(b.crn))
        const awaitingOutcome = awaitingRows.slice(0, LIMIT).map((r) => ({
          contactId: r.id,
          crn: r.crn,
          name: `${r.first_name} ${r.surname}`,
          date: r.contact_date,
          startTime: r.start_time,
          type: r.type_label,
          contactStaffCode: r.contact_staff_code,
          caseStaffCode: r.case_staff_code,
          daysOverdue: daysBetween(r.contact_date, today),
        }))
        const byStaff: CaseloadContacts['counts']['byStaff'] = {}
        const tally = (staff: string, key: 'awaitingOutcome' | 'missedContacts') => {
          byStaff[staff] ??= { awaitingOutcome: 0, missedContacts: 0 }
          byStaff[staff][key] += 1
        }
        for (const a of awaitingOutcome) tally(a.caseStaffCode, 'awaitingOutcome')
        for (const m of missedContacts) tally(m.staffCode, 'missedContacts')
        await audit.record(
          trx,
          actor,
          'caseload_contacts.read',
          {
            type: 'teamCode' in who ? 'team' : 'staff',
            id: 'teamCode' in who ? who.teamCode : who.staffCode,
          },
          {
            crns: [...new Set([...awaitingOutcome.map((a) => a.crn), ...missedContacts.map((m) => m.crn)])],
          },
        )
        return {
          awaitingOutcome,
          missedContacts,
          casesWithoutTier,
          counts: { awaitingOutcome: awaitingOutcome.length, missedContacts: missedContacts.length, byStaff },
          truncated: awaitingRows.length > LIMIT,
        }
      })
    },
  }
}
