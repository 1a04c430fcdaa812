import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import { newId } from '../../platform/ids'
import { findPersonRef } from '../people'
import { contactsFixture } from './contacts.fixture'

describe('caseload views: overdue outcomes and missed expected contacts', async () => {
  const services = await testServices(fixedClock('2026-06-01T10:00:00Z'))
  const { contacts } = services
  const { db } = services.database
  const fx = contactsFixture(services)
  const team = await fx.newTeam()
  const otherTeam = await fx.newTeam()
  const manager = await fx.newStaff('PO', team)
  const colleague = await fx.newStaff('PO', team)
  const outsider = await fx.newStaff('PO', otherTeam)
  const office = (staffCode: string, date: string, eventId?: string) => ({
    type: 'office_visit',
    date,
    startTime: '10:00',
    endTime: '11:00',
    location: 'Leeds',
    staffCode,
    eventId,
  })
  const allocate = async (crn: string, staffCode: string, teamCode: string) => {
    const person = (await findPersonRef(db, crn)) as { id: string }
    await db
      .insertInto('case_allocations')
      .values({
        id: newId(),
        person_id: person.id,
        staff_code: staffCode,
        team_code: teamCode,
        started_at: new Date('2026-01-05T09:00:00Z'),
        rationale: 'test',
        allocated_by: 'test',
      })
      .execute()
  }

  // Allocated to the team; its appointment was held by someone in another team: still the team's.
  const allocated = await fx.newPerson()
  const order = await fx.newOrder(allocated.crn)
  await allocate(allocated.crn, manager, team)
  const [late] = await contacts.recordContact(
    systemActor,
    allocated.crn,
    office(outsider, '2026-05-20', order.id),
  )
  // Not allocated: falls back to the practitioner of its contacts.
  const unallocated = await fx.newPerson()
  await fx.newOrder(unallocated.crn)
  await contacts.recordContact(systemActor, unallocated.crn, office(colleague, '2026-05-28'))
  // Allocated elsewhere, though a team member once saw them: not the team's.
  const elsewhere = await fx.newPerson()
  await allocate(elsewhere.crn, outsider, otherTeam)
  await contacts.recordContact(systemActor, elsewhere.crn, office(colleague, '2026-05-27'))

  it('lists a team’s overdue outcomes by current allocation, falling back to the contact’s practitioner', async () => {
    const view = await contacts.caseloadContacts(systemActor, { teamCode: team.toLowerCase() })
    assert.deepEqual(
      view.awaitingOutcome.map((a) => [a.crn, a.date, a.daysOverdue, a.caseStaffCode]),
      [
        [allocated.crn, '2026-05-20', 12, manager],
        [unallocated.crn, '2026-05-28', 4, colleague],
      ],
    )
    assert.equal(view.counts.awaitingOutcome, 2)
    assert.deepEqual(view.counts.byStaff[manager]?.awaitingOutcome, 1)
    const mine = await contacts.caseloadContacts(systemActor, { staffCode: manager })
    assert.deepEqual(
      mine.awaitingOutcome.map((a) => a.contactId),
      [late?.id],
    )
  })

  it('lists cases whose expected contact is overdue by tier, with the reasons', async () => {
    const view = await contacts.caseloadContacts(systemActor, { teamCode: team })
    // The orders began on 2026-01-05 and no contact has been kept since: every tiered case is overdue.
    assert.deepEqual([view.missedContacts.length, view.casesWithoutTier], [2, 0])
    for (const m of view.missedContacts) {
      assert.equal(m.due.overdue, true)
      assert.ok(m.due.reasons.some((r) => r.includes('the tier in use')))
      assert.ok(m.daysOverdue > 0)
    }
  })

  it('refuses roles without case access, and a query that names neither a team nor a practitioner', async () => {
    await assert.rejects(contacts.caseloadContacts(userActor(['analyst']), { teamCode: team }), {
      code: 'access.forbidden',
    })
    await assert.rejects(contacts.caseloadContacts(systemActor, {}), { code: 'validation.failed' })
  })
})
