// Tier counts by team through the services: the team's current cases at their tier in use, an approved
// override counted at the overridden tier, ended allocations and hidden cases left out.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sql } from 'kysely'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import { newId } from '../../platform/ids'
import { contactsFixture } from '../contacts/contacts.fixture'

describe('tier counts by team', async () => {
  const services = await testServices(fixedClock('2026-11-23T10:00:00Z'))
  const { db } = services.database
  const fixture = contactsFixture(services)
  const teamCode = await fixture.newTeam()
  const staffCode = await fixture.newStaff('PO', teamCode)
  const analyst = userActor(['analyst'])
  const spo = userActor(['spo'])
  const allocate = async (crn: string, ended = false) => {
    await sql`insert into case_allocations (id, person_id, staff_code, team_code, started_at, ended_at, rationale, allocated_by)
      values (${newId()}, (select id from people where crn = ${crn}), ${staffCode}, ${teamCode}, now(), ${ended ? sql`now()` : null}, 'test', 'test')`.execute(
      db,
    )
  }
  const newCase = async (firstName: string, rosh?: string) => {
    const { crn } = await services.people.createPerson(systemActor, {
      firstName,
      surname: 'Counted',
      dateOfBirth: '1985-03-02',
      sex: 'male',
    })
    await fixture.newOrder(crn)
    if (rosh)
      await services.registers.createRegister(systemActor, crn, {
        type: 'rosh',
        level: rosh,
        registeredDate: '2026-01-05',
      })
    return crn as string
  }
  const high = await newCase('Harry', 'high')
  const medium = await newCase('Mo', 'medium')
  const none = await newCase('Nye')
  const gone = await newCase('Gus', 'very_high')
  for (const crn of [high, medium, none]) await allocate(crn)
  await allocate(gone, true)

  it('counts the current cases of the team at their tier, without personal details', async () => {
    const counts = await services.tiering.tierCountsOfTeam(analyst, teamCode.toLowerCase())
    assert.equal(counts.teamCode, teamCode)
    assert.equal(counts.cases, 3)
    assert.equal(counts.untiered, 0)
    assert.deepEqual(counts.protect, { A: 0, B: 1, C: 1, D: 1 })
    assert.equal(
      counts.v2.reduce((n, t) => n + t.count, 0),
      3,
    )
    assert.doesNotMatch(JSON.stringify(counts), /Counted|Harry|A0000/)
  })

  it('counts an approved override at the overridden tier', async () => {
    const proposal = await services.tiering.proposeOverride(userActor(['practitioner']), medium, {
      model: 'v2',
      tier: 'A3',
      rationale: 'Previous manslaughter',
    })
    await services.tiering.approveOverride(spo, proposal.id)
    const counts = await services.tiering.tierCountsOfTeam(analyst, teamCode)
    assert.deepEqual(counts.protect, { A: 1, B: 1, C: 0, D: 1 })
    assert.deepEqual(counts.v2[0], { tier: 'A3', count: 1 })
  })

  it('leaves out a case its lists hide from the caller', async () => {
    const { id } = await services.access.addUser(systemActor, {
      username: 'kept-out',
      password: 'correct horse battery',
      role: 'analyst',
      displayName: 'Kept Out',
    })
    await services.restrictions.setCaseRestrictions(systemActor, high, {
      restrictedTo: [],
      excluded: ['kept-out'],
      showAsRestricted: false,
    })
    const keptOut = { ...analyst, id, name: 'kept-out' }
    assert.equal((await services.tiering.tierCountsOfTeam(keptOut, teamCode)).cases, 2)
    assert.equal((await services.tiering.tierCountsOfTeam(analyst, teamCode)).cases, 3)
  })

  it('refuses roles without organisation access, and answers an unknown team as not found', async () => {
    await assert.rejects(services.tiering.tierCountsOfTeam(userActor(['partner']), teamCode), {
      code: 'access.forbidden',
    })
    await assert.rejects(services.tiering.tierCountsOfTeam(analyst, 'NOPE99'), { code: 'team.not_found' })
    await assert.rejects(services.tiering.tierCountsOfTeam(analyst, '../x'), { code: 'team.not_found' })
  })
})
