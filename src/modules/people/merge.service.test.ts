import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sql } from 'kysely'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import type { DomainError } from '../../platform/errors'
import { contactsFixture } from '../contacts/contacts.fixture'

const code = (expected: string) => (error: DomainError) => {
  assert.equal(error.code, expected)
  return true
}
const event = {
  convictionDate: '2026-04-01',
  courtName: 'Leeds Magistrates',
  offences: [{ main: true, homeOfficeCode: '046/00', offenceDate: '2026-03-01' }],
}

describe('merging two records of one person, and undoing it', async () => {
  const services = await testServices(fixedClock('2026-11-23T10:00:00Z'))
  const { people, sentences, registers, contacts, enforcement, restrictions, predictors, tiering, audit } =
    services
  const fx = contactsFixture(services)
  const user = (username: string) =>
    services.access.addUser(systemActor, {
      username,
      password: 'correct horse battery',
      role: 'practitioner',
    })
  // Both are named on the losing record's restriction list, so keep seeing both records.
  const practitioner = { ...userActor(['practitioner']), id: (await user('alice')).id }
  const spo = { ...userActor(['spo']), id: (await user('bob')).id }
  await user('carol')
  const { db } = services.database
  const make = (body: Record<string, unknown>) =>
    people.createPerson(systemActor, {
      sex: 'male',
      confirmDifferentPerson: true,
      differentPersonReason: 'test',
      ...body,
    })

  const survivor = await make({
    firstName: 'William',
    surname: 'Smith',
    dateOfBirth: '1985-03-12',
    pnc: '2001/0123456F',
    addresses: [{ status: 'main', streetName: '1 High Street', postcode: 'M1 1AE' }],
    circumstances: [{ kind: 'disability', type: 'hearing' }],
  })
  const loser = await make({
    firstName: 'Bill',
    surname: 'Smyth',
    dateOfBirth: '1985-12-03',
    cro: '123456/01X',
    aliases: [{ firstName: 'Billy', surname: 'Smith' }],
    addresses: [{ status: 'main', streetName: '9 Low Road', postcode: 'LS1 4AP' }],
    circumstances: [{ kind: 'circumstance', type: 'carer' }],
  })
  await sentences.createEvent(systemActor, survivor.crn, event)
  await sentences.createEvent(systemActor, loser.crn, event)
  const order = await fx.newOrder(loser.crn)
  const staffCode = await fx.newStaff('PO', await fx.newTeam())
  const [booked] = await contacts.recordContact(systemActor, loser.crn, {
    type: 'office_visit',
    date: '2026-06-01',
    startTime: '10:00',
    endTime: '10:30',
    location: 'Leeds',
    staffCode,
    eventId: order.id,
  })
  const contact = await contacts.recordOutcome(systemActor, booked?.id as string, {
    version: 1,
    outcome: 'failed_to_attend',
    notes: 'No word',
  })
  const breach = await enforcement.recordDecision(systemActor, loser.crn, {
    eventId: order.id,
    decision: 'breach_initiated',
    decidedOn: '2026-06-02',
    rationale: 'Threatened staff',
    staffCode,
  })
  await restrictions.setCaseRestrictions(systemActor, survivor.crn, {
    restrictedTo: [],
    excluded: ['carol'],
    showAsRestricted: false,
  })
  const loserLists = { restrictedTo: ['alice', 'bob'], excluded: [], showAsRestricted: true }
  await restrictions.setCaseRestrictions(systemActor, loser.crn, loserLists)
  await registers.createRegister(systemActor, loser.crn, { type: 'weapons', registeredDate: '2026-03-01' })
  // A practitioner's correction of a predictor input and a tier override on the losing record.
  const corrected = await predictors.correctInput(systemActor, loser.crn, {
    input: 'totalSanctions',
    value: 7,
    reason: 'PNC shows six earlier convictions',
  })
  const correctionId = corrected.corrections[0]?.id as string
  const override = await tiering.proposeOverride(systemActor, loser.crn, {
    model: 'v2',
    tier: 'b2',
    rationale: 'Threats to kill',
  })
  const loserScores = (await predictors.predictorHistory(systemActor, loser.crn)).map((r) => r.id)
  const survivorOwn = await predictors.casePredictors(systemActor, survivor.crn)
  assert.notEqual(survivorOwn.inputs.totalSanctions.value, 7)
  const loserBefore = await people.getPerson(systemActor, loser.crn)

  it('refuses without the permission, a stale version, a missing reason, and a record into itself', async () => {
    const body = { from: loser.crn, version: 1, reason: 'Same man' }
    await assert.rejects(people.mergePeople(practitioner, survivor.crn, body), code('access.forbidden'))
    await assert.rejects(
      people.mergePeople(spo, survivor.crn, { ...body, version: 5 }),
      code('record.stale_version'),
    )
    await assert.rejects(
      people.mergePeople(spo, survivor.crn, { ...body, reason: ' ' }),
      code('validation.failed'),
    )
    await assert.rejects(
      people.mergePeople(spo, survivor.crn, { ...body, from: survivor.crn }),
      code('person.merge_same'),
    )
    await assert.rejects(
      people.mergePeople(spo, survivor.crn, { ...body, from: 'Z999999' }),
      code('person.not_found'),
    )
  })

  it('moves everything of the losing record to the survivor, and the old CRN says where it went', async () => {
    const merged = await people.mergePeople(spo, survivor.crn, {
      from: loser.crn,
      version: 1,
      reason: 'Same PNC at court',
    })
    assert.equal(merged.version, 2)
    assert.deepEqual(
      merged.aliases.map((a) => `${a.firstName} ${a.surname} ${a.dateOfBirth}`),
      ['Bill Smyth 1985-12-03', 'Billy Smith null'],
    )
    assert.deepEqual(
      merged.addresses.map((a) => [a.streetName, a.status]),
      [
        ['1 High Street', 'main'],
        ['9 Low Road', 'previous'],
      ],
    )
    assert.deepEqual(
      merged.circumstances.map((c) => c.type),
      ['hearing', 'carer'],
    )
    assert.equal(merged.cro, '123456/01X')
    assert.equal(merged.pnc, '2001/0123456F')
    const events = await sentences.listEvents(systemActor, survivor.crn)
    assert.deepEqual(
      events.map((e) => e.eventNumber),
      [1, 2, 3],
    )
    assert.equal((await registers.listRegisters(systemActor, survivor.crn)).length, 1)
    const moved = await contacts.listContacts(systemActor, survivor.crn)
    assert.deepEqual(
      moved.map((c) => [c.id, c.crn, c.outcome?.code]),
      [[contact.id, survivor.crn, 'failed_to_attend']],
    )
    const actions = await enforcement.listActions(systemActor, survivor.crn)
    assert.deepEqual(
      actions.map((a) => [a.id, a.breachPackId]),
      [[breach.id, breach.breachPackId]],
    )
    const pack = await enforcement.getBreachPack(systemActor, breach.breachPackId as string)
    assert.equal(pack.crn, survivor.crn)
    const chronology = await enforcement.chronology(systemActor, survivor.crn)
    assert.ok(chronology.some((e) => e.kind === 'contact'))
    // The correction follows the person: the survivor's scores, recomputed on this read, apply it.
    const scored = await predictors.casePredictors(systemActor, survivor.crn)
    assert.equal(scored.inputs.totalSanctions.value, 7)
    assert.equal(scored.inputs.totalSanctions.correction?.reason, 'PNC shows six earlier convictions')
    assert.deepEqual(
      scored.corrections.map((c) => c.id),
      [correctionId],
    )
    const scoreIds = (await predictors.predictorHistory(systemActor, survivor.crn)).map((r) => r.id)
    assert.ok(loserScores.every((id) => scoreIds.includes(id)))
    const tier = await tiering.currentTier(systemActor, survivor.crn)
    assert.deepEqual(
      tier.overrides.map((o) => [o.id, o.crn]),
      [[override.id, survivor.crn]],
    )

    await assert.rejects(people.getPerson(practitioner, loser.crn), (error: DomainError & { data?: any }) => {
      assert.equal(error.code, 'person.merged')
      assert.equal(error.data.mergedInto, survivor.crn)
      assert.match(error.message, new RegExp(`merged into ${survivor.crn}`))
      return true
    })
    await assert.rejects(people.updatePerson(spo, loser.crn, { version: 2 }), code('person.merged'))
    await assert.rejects(people.restorePerson(spo, loser.crn), code('person.merged'))

    // The search finds the survivor through the losing record's name and identifiers, never the loser.
    const byName = await people.searchPeople(practitioner, {
      firstName: 'Bill',
      surname: 'Smyth',
      dateOfBirth: '1985-12-03',
    })
    assert.equal(byName.results[0]?.crn, survivor.crn)
    assert.ok(byName.results.every((r) => r.crn !== loser.crn))
    const byCrn = await people.searchPeople(practitioner, { crn: loser.crn })
    assert.equal(byCrn.results[0]?.crn, survivor.crn)
    assert.ok(byCrn.results[0]?.reasons.includes('CRN matched a record merged into this one'))

    const merges = (await audit.entriesFor(db, { targetType: 'person_merge' })).map((e) => [
      e.action,
      e.actor.id,
    ])
    assert.deepEqual(merges, [['person.merge_recorded', spo.id]])
    const history = await people.personHistory(spo, survivor.crn)
    assert.equal(history.at(-1)?.action, 'person.merged')
    // The stricter of both lists: every restriction and exclusion; "not found" rather than the name.
    assert.deepEqual(await restrictions.getCaseRestrictions(systemActor, survivor.crn), {
      crn: survivor.crn,
      restrictedTo: ['alice', 'bob'],
      excluded: ['carol'],
      showAsRestricted: false,
    })
  })

  it('undoes the merge: both records as they were, the survivor’s later changes kept', async () => {
    const before = await people.getPerson(spo, survivor.crn)
    await people.updatePerson(spo, survivor.crn, { version: before.version, phoneNumber: '0161 496 0000' })
    await assert.rejects(
      people.unmergePeople(practitioner, loser.crn, { reason: 'x' }),
      code('access.forbidden'),
    )
    await assert.rejects(people.unmergePeople(spo, survivor.crn, { reason: 'x' }), code('person.not_merged'))
    const { restored, survivor: after } = await people.unmergePeople(spo, loser.crn, {
      reason: 'Twins after all',
    })
    assert.deepEqual(
      { ...restored, version: 0, updatedAt: '' },
      { ...loserBefore, version: 0, updatedAt: '' },
    )
    assert.deepEqual(after.aliases, [])
    assert.deepEqual(
      after.addresses.map((a) => a.streetName),
      ['1 High Street'],
    )
    assert.equal(after.cro, null)
    assert.equal(after.phoneNumber, '0161 496 0000')
    assert.deepEqual(
      (await sentences.listEvents(systemActor, loser.crn)).map((e) => e.eventNumber),
      [1, 2],
    )
    assert.equal((await sentences.listEvents(systemActor, survivor.crn)).length, 1)
    assert.equal((await registers.listRegisters(systemActor, loser.crn)).length, 1)
    assert.deepEqual(
      (await contacts.listContacts(systemActor, loser.crn)).map((c) => [c.id, c.outcome?.code]),
      [[contact.id, 'failed_to_attend']],
    )
    assert.deepEqual(await contacts.listContacts(systemActor, survivor.crn), [])
    assert.deepEqual(
      (await enforcement.listActions(systemActor, loser.crn)).map((a) => a.id),
      [breach.id],
    )
    assert.deepEqual(await enforcement.listActions(systemActor, survivor.crn), [])
    const pack = await enforcement.getBreachPack(systemActor, breach.breachPackId as string)
    assert.equal(pack.crn, loser.crn)
    const back = await predictors.casePredictors(systemActor, loser.crn)
    assert.equal(back.inputs.totalSanctions.value, 7)
    assert.deepEqual(
      back.corrections.map((c) => c.id),
      [correctionId],
    )
    const backIds = (await predictors.predictorHistory(systemActor, loser.crn)).map((r) => r.id)
    assert.ok(loserScores.every((id) => backIds.includes(id)))
    const own = await predictors.casePredictors(systemActor, survivor.crn)
    assert.deepEqual(own.corrections, [])
    assert.equal(own.inputs.totalSanctions.value, survivorOwn.inputs.totalSanctions.value)
    assert.deepEqual(
      (await tiering.currentTier(systemActor, loser.crn)).overrides.map((o) => o.id),
      [override.id],
    )
    assert.deepEqual((await tiering.currentTier(systemActor, survivor.crn)).overrides, [])
    assert.deepEqual(await restrictions.getCaseRestrictions(systemActor, survivor.crn), {
      crn: survivor.crn,
      restrictedTo: [],
      excluded: ['carol'],
      showAsRestricted: false,
    })
    assert.deepEqual(await restrictions.getCaseRestrictions(systemActor, loser.crn), {
      crn: loser.crn,
      ...loserLists,
    })
    const found = await people.searchPeople(practitioner, {
      firstName: 'Bill',
      surname: 'Smyth',
      dateOfBirth: '1985-12-03',
    })
    assert.equal(found.results[0]?.crn, loser.crn)
    await assert.rejects(people.unmergePeople(spo, loser.crn, { reason: 'again' }), code('person.not_merged'))
  })

  it('undoes a merge recorded before contacts, enforcement, case lists, predictors and tiering moved', async () => {
    const keep = await make({ firstName: 'Ann', surname: 'Old', dateOfBirth: '1970-01-01' })
    const gone = await make({ firstName: 'Anne', surname: 'Old', dateOfBirth: '1970-01-01' })
    await people.mergePeople(spo, keep.crn, { from: gone.crn, version: 1, reason: 'Same woman' })
    await sql`update person_merges
      set moved = moved - 'rows' - 'caseLists'`.execute(db)
    const { restored } = await people.unmergePeople(spo, gone.crn, { reason: 'Sisters' })
    assert.equal(restored.crn, gone.crn)
  })
})
