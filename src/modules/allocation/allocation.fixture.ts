// Test factories of the allocation tests: a team with practitioners of each grade, a court-team user
// whose sentences queue cases for that team, and people with orders and risk.
import { systemActor, userActor } from '../../../test/harness'
import type { Actor } from '../../platform/actor'
import type { Services } from '../../services'
import { contactsFixture } from '../contacts/contacts.fixture'

export async function allocationFixture(services: Services) {
  const base = contactsFixture(services)
  const teamCode = await base.newTeam()
  let n = 0
  const staff = async (grade: string, more: Record<string, unknown> = {}) => {
    const code = `${teamCode}S${String(++n).padStart(2, '0')}`
    await services.organisation.createStaff(systemActor, {
      code,
      teamCode,
      firstName: grade,
      surname: `Officer${n}`,
      grade,
      contractedHours: 37,
      ...more,
    })
    return code
  }
  const spo = await staff('SPO')
  const court: Actor = { ...userActor(['practitioner']), staffCode: await staff('PO'), name: 'Court officer' }
  const manager: Actor = { ...userActor(['spo']), staffCode: spo, name: 'Team manager' }
  return {
    teamCode,
    staff,
    court,
    manager,
    /** A person with a community order recorded by the court team, so in the team's queue. */
    async queuedCase(over: Record<string, unknown> = {}) {
      const { crn } = await base.newPerson()
      await services.sentences.createEvent(court, crn, {
        convictionDate: '2026-11-10',
        courtName: 'Leeds Magistrates',
        offences: [{ main: true, homeOfficeCode: '046/00', offenceDate: '2026-10-01' }],
        disposal: {
          type: 'community_order',
          sentenceDate: '2026-11-10',
          length: { value: 12, unit: 'months' },
          expectedEndDate: '2027-11-09',
          requirements: [{ type: 'rar', rarDays: 20 }],
          ...over,
        },
      })
      return crn
    },
    async rosh(crn: string, level: string) {
      await services.registers.createRegister(systemActor, crn, {
        type: 'rosh',
        level,
        registeredDate: '2026-11-10',
      })
    },
    newPerson: base.newPerson,
  }
}
