// Test factories shared by the contacts and enforcement tests: staff, a person and an order.
import { systemActor } from '../../../test/harness'
import type { Services } from '../../services'

const NAMES = [
  ['Aoife', 'Byrne'],
  ['Kwame', 'Mensah'],
  ['Zofia', 'Nowak'],
  ['Rhys', 'Pritchard'],
  ['Leila', 'Haddad'],
  ['Tomasz', 'Wiśniewski'],
  ['Mairead', 'Quinn'],
  ['Dev', 'Chauhan'],
  ['Ffion', 'Evans'],
  ['Yusuf', 'Okafor'],
  ['Grace', 'Adeyemi'],
  ['Nikolai', 'Petrov'],
]

export function contactsFixture(services: Services) {
  let people = 0
  let staff = 0
  let teams = 0
  return {
    /** A team in a new region and delivery unit; returns its code. */
    async newTeam(): Promise<string> {
      const n = ++teams
      await services.organisation.createRegion(systemActor, { code: `R${n}`, name: `Region ${n}` })
      await services.organisation.createProbationDeliveryUnit(systemActor, {
        code: `P${n}`,
        regionCode: `R${n}`,
        name: `PDU ${n}`,
      })
      await services.organisation.createTeam(systemActor, {
        code: `T${n}`,
        pduCode: `P${n}`,
        name: `Team ${n}`,
      })
      return `T${n}`
    },
    async newStaff(grade: 'PO' | 'SPO' = 'PO', teamCode?: string): Promise<string> {
      const code = `N07A${String(++staff).padStart(3, '0')}`
      await services.organisation.createStaff(systemActor, {
        code,
        teamCode,
        firstName: 'Sam',
        surname: `Officer${staff}`,
        email: `sam.officer${staff}@example.gov.uk`,
        grade,
        contractedHours: 37,
      })
      return code
    },
    async newPerson(): Promise<{ crn: string }> {
      const [firstName, surname] = NAMES[people++ % NAMES.length] as string[]
      const person = await services.people.createPerson(systemActor, {
        firstName,
        surname: `${surname}${people > NAMES.length ? people : ''}`,
        sex: 'male',
      })
      return { crn: person.crn as string }
    },
    /** A 12-month community order from 2026-01-05 with RAR 20 days and 100 hours of unpaid work. */
    async newOrder(crn: string, over: Record<string, unknown> = {}) {
      return services.sentences.createEvent(systemActor, crn, {
        convictionDate: '2026-01-05',
        courtName: 'Leeds Magistrates',
        offences: [{ main: true, homeOfficeCode: '046/00', offenceDate: '2025-12-01' }],
        disposal: {
          type: 'community_order',
          sentenceDate: '2026-01-05',
          length: { value: 12, unit: 'months' },
          expectedEndDate: '2027-01-04',
          requirements: [
            { type: 'rar', rarDays: 20 },
            { type: 'unpaid_work', unpaidWorkHours: 100 },
          ],
          ...over,
        },
      })
    },
  }
}
