import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import type { DomainError } from '../../platform/errors'
import { contactsFixture } from '../contacts/contacts.fixture'

describe('enforcement service', async () => {
  const services = await testServices(fixedClock('2026-06-01T10:00:00Z'))
  const { contacts, enforcement, audit } = services
  const fx = contactsFixture(services)
  const rejects = (promise: Promise<unknown>, code: string, paths?: string[]) =>
    assert.rejects(promise, (e: DomainError) => {
      assert.equal(e.code, code, e.message)
      if (paths)
        assert.deepEqual(
          e.details.map((d) => d.path),
          paths,
        )
      return true
    })

  /** An office appointment on `date` with this outcome; returns the contact id. */
  async function appointment(
    crn: string,
    staffCode: string,
    eventId: string,
    date: string,
    outcome?: string | Record<string, unknown>,
  ) {
    const [c] = await contacts.recordContact(systemActor, crn, {
      type: 'office_visit',
      date,
      startTime: '10:00',
      endTime: '10:30',
      location: 'Leeds',
      staffCode,
      eventId,
    })
    const body = typeof outcome === 'string' ? { outcome } : outcome
    if (body) await contacts.recordOutcome(systemActor, c?.id as string, { version: 1, ...body })
    return c?.id as string
  }

  it('counts failures per order, proposes a warning, then breach; records decisions and overrides', async () => {
    const staff = await fx.newStaff()
    const { crn } = await fx.newPerson()
    const order = await fx.newOrder(crn)
    const other = await fx.newOrder(crn)
    const first = await appointment(crn, staff, order.id, '2026-05-04', 'failed_to_attend')
    await appointment(crn, staff, order.id, '2026-05-05', {
      outcome: 'acceptable_absence',
      absenceReason: 'medical',
    })
    await appointment(crn, staff, other.id, '2026-05-06', 'attended_complied')
    let [mine, theirs] = await enforcement.complianceOf(systemActor, crn)
    assert.deepEqual([mine?.failuresToComply, mine?.acceptableAbsences, theirs?.failuresToComply], [1, 1, 0])
    assert.equal(mine?.proposal.action, 'warning_issued')
    assert.equal(mine?.proposal.responseDueOn, '2026-06-08')
    assert.equal(theirs?.proposal.action, 'nothing_to_decide')

    const warning = await enforcement.recordDecision(systemActor, crn, {
      eventId: order.id,
      decision: 'warning_issued',
      decidedOn: '2026-05-06',
      rationale: 'First missed appointment; no explanation given',
    })
    assert.deepEqual(
      [warning.override, warning.contactIds, warning.responseDueOn, warning.proposedAction],
      [false, [first], '2026-06-08', 'warning_issued'],
    )
    assert.match(warning.proposal.reasons.join('; '), /no warning on this order/)

    const second = await appointment(crn, staff, order.id, '2026-05-20', 'unacceptable_absence')
    ;[mine] = await enforcement.complianceOf(systemActor, crn)
    assert.equal(mine?.proposal.action, 'breach_initiated')
    assert.deepEqual(mine?.warnings, [
      { id: warning.id, decidedOn: '2026-05-06', responseDueOn: '2026-06-08' },
    ])
    const nfa = await enforcement.recordDecision(systemActor, crn, {
      eventId: order.id,
      decision: 'no_further_action',
      rationale: 'Was in hospital; evidence awaited',
    })
    assert.deepEqual([nfa.override, nfa.contactIds, nfa.proposedAction], [true, [second], 'breach_initiated'])
    const overrides = await enforcement.listOverrides(userActor(['spo']))
    assert.deepEqual(
      overrides.map((o) => o.id),
      [nfa.id],
    )
    await rejects(enforcement.listOverrides(userActor(['practitioner'])), 'access.forbidden')

    await appointment(crn, staff, order.id, '2026-05-27', 'sent_home_behaviour')
    const breach = await enforcement.recordDecision(systemActor, crn, {
      eventId: order.id,
      decision: 'breach_initiated',
      rationale: 'Second failure within 12 months of the warning',
    })
    assert.equal(breach.override, false)
    assert.ok(breach.breachPackId)
    await appointment(crn, staff, order.id, '2026-05-29', 'failed_to_attend')
    ;[mine] = await enforcement.complianceOf(systemActor, crn)
    assert.deepEqual(
      [mine?.failuresToComply, mine?.breachInProgress, mine?.proposal.action],
      [4, true, 'no_further_action'],
    )

    const actions = await enforcement.listActions(systemActor, crn)
    assert.deepEqual(
      actions.map((a) => [a.decision, a.breachPackId !== null]),
      [
        ['warning_issued', false],
        ['no_further_action', false],
        ['breach_initiated', true],
      ],
    )
    const trail = await audit.entriesFor(services.database.db, { crn })
    assert.ok(trail.some((e) => e.action === 'enforcement.breach_initiated' && e.target.id === breach.id))
  })

  it('refuses decisions the order cannot take, naming the field', async () => {
    const staff = await fx.newStaff()
    const { crn } = await fx.newPerson()
    const order = await fx.newOrder(crn)
    const complied = await appointment(crn, staff, order.id, '2026-05-04', 'attended_complied')
    const decide = (body: Record<string, unknown>) =>
      enforcement.recordDecision(systemActor, crn, { eventId: order.id, rationale: 'r', ...body })
    await rejects(decide({ decision: 'recall_requested' }), 'validation.failed', ['decision'])
    await rejects(decide({ decision: 'breach_concluded' }), 'validation.failed', ['decision'])
    await rejects(decide({ decision: 'warning_issued', contactIds: [complied] }), 'validation.failed', [
      'contactIds.0',
    ])
    await rejects(
      decide({ decision: 'no_further_action', responseDueOn: '2026-06-10' }),
      'validation.failed',
      ['responseDueOn'],
    )
    await rejects(decide({ decision: 'warning_issued', decidedOn: '2026-06-02' }), 'validation.failed', [
      'decidedOn',
    ])
    await rejects(decide({ decision: 'warning_issued', rationale: '' }), 'validation.failed', ['rationale'])
    await rejects(
      decide({ decision: 'warning_issued', eventId: '00000000-0000-4000-8000-000000000000' }),
      'validation.failed',
      ['eventId'],
    )
    await rejects(enforcement.complianceOf(userActor(['analyst']), crn), 'access.forbidden')
    // A warning with nothing to decide is allowed, recorded as an override.
    const anyway = await decide({ decision: 'warning_issued', rationale: 'Abusive on the phone' })
    assert.equal(anyway.override, true)
  })

  it('proposes recall on a licence', async () => {
    const staff = await fx.newStaff()
    const { crn } = await fx.newPerson()
    const licence = await fx.newOrder(crn, {
      type: 'custody',
      sentenceDate: '2026-01-05',
      length: { value: 2, unit: 'years' },
      expectedEndDate: null,
      releaseDate: '2026-01-10',
      licenceEndDate: '2027-05-31',
      requirements: [],
      licenceConditions: [{ type: 'standard', description: 'Keep in touch with the supervising officer' }],
    })
    await appointment(crn, staff, licence.id, '2026-04-01', 'failed_to_attend')
    await enforcement.recordDecision(systemActor, crn, {
      eventId: licence.id,
      decision: 'warning_issued',
      decidedOn: '2026-04-02',
      rationale: 'Missed appointment',
    })
    await appointment(crn, staff, licence.id, '2026-05-01', 'failed_to_attend')
    const [compliance] = await enforcement.complianceOf(systemActor, crn)
    assert.equal(compliance?.proposal.action, 'recall_requested')
    await rejects(
      enforcement.recordDecision(systemActor, crn, {
        eventId: licence.id,
        decision: 'breach_initiated',
        rationale: 'r',
      }),
      'validation.failed',
      ['decision'],
    )
    const recall = await enforcement.recordDecision(systemActor, crn, {
      eventId: licence.id,
      decision: 'recall_requested',
      rationale: 'Second failure on licence',
    })
    const pack = await enforcement.getBreachPack(systemActor, recall.breachPackId as string)
    assert.equal(pack.kind, 'recall')
    assert.deepEqual(
      pack.content.order.licenceConditions.map((c) => c.description),
      ['Keep in touch with the supervising officer'],
    )
  })
})
