import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import type { DomainError } from '../../platform/errors'

const NAMES = [
  ['Aoife', 'Byrne'],
  ['Kwame', 'Mensah'],
  ['Zofia', 'Nowak'],
  ['Rhys', 'Pritchard'],
  ['Leila', 'Haddad'],
  ['Ines', 'Duarte'],
]

describe('tier service', async () => {
  const services = await testServices(fixedClock('2026-06-01T10:00:00Z'))
  const { tiering, registers, sentences } = services
  const practitioner = userActor(['practitioner'])
  const spo = userActor(['spo'])
  let made = 0
  const newPerson = async (sex = 'male') => {
    const [firstName, surname] = NAMES[made++] as string[]
    return (
      await services.people.createPerson(systemActor, { firstName, surname, sex, dateOfBirth: '1990-01-01' })
    ).crn as string
  }
  const event = {
    convictionDate: '2026-04-01',
    offences: [{ main: true, homeOfficeCode: '046/00', offenceDate: '2026-03-01' }],
    disposal: {
      type: 'community_order',
      sentenceDate: '2026-04-15',
      length: { value: 12, unit: 'months' },
      expectedEndDate: '2027-04-14',
      requirements: [{ type: 'unpaid_work', unpaidWorkHours: 120 }],
    },
  }
  const rejects = (promise: Promise<unknown>, code: string) =>
    assert.rejects(promise, (e: DomainError) => {
      assert.equal(e.code, code)
      return true
    })
  const history = async (crn: string) => tiering.tierHistory(systemActor, crn)

  it('recalculates on a RoSH register, a MAPPA register and a complexity factor, saying what changed', async () => {
    const crn = await newPerson()
    const first = await tiering.currentTier(practitioner, crn)
    assert.equal(first.status, 'calculated')
    assert.equal(first.result?.v2.tier, 'D0')
    assert.equal(first.result?.v3.status, 'not_supervised')
    assert.match(first.sources.needs as string, /no assessment/)

    await registers.createRegister(practitioner, crn, {
      type: 'rosh',
      level: 'high',
      registeredDate: '2026-05-01',
    })
    let rows = await history(crn)
    assert.equal(rows[0]?.trigger, 'register.created')
    assert.deepEqual(rows[0]?.changes, [{ field: 'roshLevel', from: null, to: 'high' }])
    assert.equal(rows[0]?.result?.v2.tier, 'B0')

    await registers.createRegister(practitioner, crn, {
      type: 'mappa',
      level: 2,
      category: 1,
      registeredDate: '2026-05-01',
    })
    rows = await history(crn)
    assert.equal(rows[0]?.changes[0]?.field, 'mappa')
    assert.equal(rows[0]?.result?.v2.tier, 'A0')

    await registers.createRegister(practitioner, crn, { type: 'mental_health', registeredDate: '2026-05-01' })
    rows = await history(crn)
    assert.deepEqual(rows[0]?.changes, [{ field: 'complexityFactors', from: [], to: ['mental_health'] }])
    assert.equal(rows.length, 4)
    // A read with nothing changed adds no calculation.
    await tiering.currentTier(practitioner, crn)
    assert.equal((await history(crn)).length, 4)
  })

  it('recalculates when an event is added and deleted', async () => {
    const crn = await newPerson()
    await tiering.currentTier(practitioner, crn)
    const created = await sentences.createEvent(practitioner, crn, event)
    let rows = await history(crn)
    assert.equal(rows[0]?.trigger, 'event.created')
    assert.equal(rows[0]?.inputs.hasActiveEvent, true)
    // Unpaid work alone gives no mandate for change (§1.4).
    assert.equal(rows[0]?.inputs.mandateForChange, false)
    await sentences.deleteEvent(spo, created.id)
    rows = await history(crn)
    assert.equal(rows[0]?.trigger, 'event.deleted')
    assert.equal(rows[0]?.inputs.hasActiveEvent, false)
    assert.equal(rows[0]?.result?.v3.status, 'not_supervised')
  })

  it('needs the sex to use when the record says other, and never guesses', async () => {
    const crn = await newPerson('other')
    const tier = await tiering.currentTier(practitioner, crn)
    assert.equal(tier.status, 'needs_sex')
    assert.equal(tier.result, null)
    assert.match(tier.message as string, /sex to use/)
  })

  it('overrides: proposed with a rationale, approved by an SPO, flagged when an input changes; rejected with a note', async () => {
    const crn = await newPerson()
    await tiering.currentTier(practitioner, crn)
    await rejects(
      tiering.proposeOverride(practitioner, crn, { model: 'v2', tier: 'B2' }),
      'validation.failed',
    )
    await rejects(
      tiering.proposeOverride(practitioner, crn, { model: 'v2', tier: 'E9', rationale: 'x' }),
      'validation.failed',
    )
    const proposed = await tiering.proposeOverride(practitioner, crn, {
      model: 'v2',
      tier: 'b2',
      rationale: 'Previous manslaughter; threats to kill',
    })
    assert.equal(proposed.status, 'proposed')
    assert.equal(proposed.proposedTier, 'B2')
    await rejects(tiering.approveOverride(practitioner, proposed.id, {}), 'access.forbidden')
    const approved = await tiering.approveOverride(spo, proposed.id, { note: 'Agreed' })
    assert.equal(approved.status, 'approved')
    assert.equal((await tiering.currentTier(practitioner, crn)).effective.v2, 'B2')
    await rejects(tiering.approveOverride(spo, proposed.id, {}), 'tier_override.not_proposed')

    await registers.createRegister(practitioner, crn, { type: 'stalking', registeredDate: '2026-05-01' })
    const after = await tiering.currentTier(practitioner, crn)
    const flagged = after.overrides.find((o) => o.id === proposed.id)
    assert.equal(flagged?.status, 'needs_review')
    assert.match(flagged?.flaggedReason as string, /stalking/)
    assert.equal(after.effective.v2, after.result?.v2.tier)

    const second = await tiering.proposeOverride(practitioner, crn, {
      model: 'v3',
      tier: 'C',
      rationale: 'r',
    })
    await rejects(tiering.rejectOverride(spo, second.id, {}), 'validation.failed')
    const rejected = await tiering.rejectOverride(spo, second.id, { note: 'The table already reflects this' })
    assert.equal(rejected.status, 'rejected')
    assert.equal(rejected.reviewNote, 'The table already reflects this')
  })

  it('checks permissions and answers not found', async () => {
    const crn = await newPerson()
    await rejects(tiering.currentTier(userActor(['analyst']), crn), 'access.forbidden')
    await rejects(tiering.currentTier(practitioner, 'X999999'), 'person.not_found')
    await rejects(
      tiering.approveOverride(spo, '00000000-0000-4000-8000-000000000000', {}),
      'tier_override.not_found',
    )
    await rejects(tiering.approveOverride(spo, 'nope', {}), 'tier_override.not_found')
  })
})
