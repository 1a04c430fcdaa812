import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import type { DomainError } from '../../platform/errors'
import { contactsFixture } from '../contacts/contacts.fixture'

describe('an outcome and its enforcement decision in one submission', async () => {
  const services = await testServices(fixedClock('2026-06-01T10:00:00Z'))
  const { contacts, enforcement } = services
  const fx = contactsFixture(services)

  async function booked(crn: string, staffCode: string, eventId: string | null, date: string) {
    const [c] = await contacts.recordContact(systemActor, crn, {
      type: 'office_visit',
      date,
      startTime: '10:00',
      endTime: '10:30',
      location: 'Leeds',
      staffCode,
      eventId,
    })
    return c?.id as string
  }

  it('previews the warning a failure would call for, with its reasons, before anything is recorded', async () => {
    const staff = await fx.newStaff()
    const { crn } = await fx.newPerson()
    const order = await fx.newOrder(crn)
    const id = await booked(crn, staff, order.id, '2026-05-04')
    const preview = await enforcement.previewOutcome(systemActor, id)
    assert.equal(preview.order?.eventNumber, order.eventNumber)
    assert.equal(preview.ifFailure?.action, 'warning_issued')
    assert.equal(preview.ifFailure?.responseDueOn, '2026-06-08')
    assert.ok(preview.ifFailure?.reasons.some((r) => /no warning on this order/.test(r)))
    // Nothing was recorded by the preview.
    assert.equal((await contacts.getContact(systemActor, id)).outcome, null)
  })

  it('records a failure and the warning together; requires the decision; neither is saved without it', async () => {
    const staff = await fx.newStaff()
    const { crn } = await fx.newPerson()
    const order = await fx.newOrder(crn)
    const id = await booked(crn, staff, order.id, '2026-05-04')
    await assert.rejects(
      enforcement.recordOutcomeWithDecision(systemActor, id, {
        outcome: { version: 1, outcome: 'failed_to_attend' },
      }),
      (e: DomainError) => {
        assert.equal(e.code, 'validation.failed')
        assert.deepEqual(e.details, [
          {
            path: 'decision.decision',
            message: 'is required: this is a failure to comply and the policy proposes warning issued',
          },
        ])
        return true
      },
    )
    assert.equal((await contacts.getContact(systemActor, id)).outcome, null, 'the outcome was rolled back')
    // Going against the proposal needs a rationale.
    await assert.rejects(
      enforcement.recordOutcomeWithDecision(systemActor, id, {
        outcome: { version: 1, outcome: 'failed_to_attend' },
        decision: { decision: 'no_further_action' },
      }),
      (e: DomainError) => e.details[0]?.path === 'decision.rationale',
    )
    const done = await enforcement.recordOutcomeWithDecision(systemActor, id, {
      outcome: { version: 1, outcome: 'failed_to_attend', notes: 'No call, no show' },
      decision: { decision: 'warning_issued' },
    })
    assert.equal(done.contact.outcome?.code, 'failed_to_attend')
    assert.equal(done.action?.decision, 'warning_issued')
    assert.equal(done.action?.override, false)
    assert.deepEqual(done.action?.contactIds, [id])
    assert.equal(done.action?.responseDueOn, '2026-06-08')
    assert.match(done.action?.rationale ?? '', /^As the enforcement policy proposes: /)
    const [compliance] = await enforcement.complianceOf(systemActor, crn)
    assert.equal(compliance?.warnings.length, 1)
  })

  it('records a compliant outcome with no decision, and ignores a decision it does not call for', async () => {
    const staff = await fx.newStaff()
    const { crn } = await fx.newPerson()
    const order = await fx.newOrder(crn)
    const id = await booked(crn, staff, order.id, '2026-05-04')
    const done = await enforcement.recordOutcomeWithDecision(systemActor, id, {
      outcome: { version: 1, outcome: 'attended_complied' },
      decision: { decision: 'warning_issued' },
    })
    assert.equal(done.action, null)
    assert.equal(done.proposal?.action, 'nothing_to_decide')
    assert.deepEqual(await enforcement.listActions(systemActor, crn), [])
  })
})
