// Assessments follow the person through a merge of two records, renumbered after the survivor's; when
// both have one in progress the survivor's stays in progress and the other stays with its record; an
// unmerge gives each record its own assessments back with their numbers.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import type { Actor } from '../../platform/actor'
import { fixedClock } from '../../platform/clock'
import { contactsFixture } from '../contacts/contacts.fixture'
import { assessmentFixture } from './assessment.fixture'

describe('assessments through a merge', async () => {
  const services = await testServices(fixedClock('2026-11-23T10:00:00Z'))
  const { people, assessment } = services
  const af = assessmentFixture(services)
  const fx = contactsFixture(services)
  const po: Actor = {
    ...userActor(['practitioner']),
    staffCode: await fx.newStaff('PO', await fx.newTeam()),
    name: 'Pat Officer',
  }
  const spo = userActor(['spo'])
  const listed = async (crn: string) =>
    (await assessment.listAssessments(systemActor, crn)).map((a) => [a.sequence, a.id, a.status])
  const merge = async (from: string, into: string) =>
    people.mergePeople(spo, into, {
      from,
      version: (await people.getPerson(systemActor, into)).version,
      reason: 'The same man recorded twice',
    })

  it('renumbers the moved ones after the survivor’s, keeps the survivor’s in progress, and unmerges', async () => {
    const survivor = await af.caseOnRecord()
    const loser = await af.caseOnRecord()
    const s1 = await af.complete(po, survivor)
    const s2 = await assessment.startAssessment(po, survivor)
    const l1 = await af.complete(po, loser)
    const l2 = await af.complete(po, loser)
    const l3 = await assessment.startAssessment(po, loser)
    assert.deepEqual(await listed(loser), [
      [3, l3.id, 'draft'],
      [2, l2.id, 'completed'],
      [1, l1.id, 'completed'],
    ])

    await merge(loser, survivor)
    assert.deepEqual(await listed(survivor), [
      [4, l2.id, 'completed'],
      [3, l1.id, 'completed'],
      [2, s2.id, 'draft'],
      [1, s1.id, 'completed'],
    ])
    // The survivor's predictors read the latest completed assessment, the moved one.
    const scored = await services.predictors.casePredictors(systemActor, survivor)
    assert.equal(scored.assessment?.id, l2.id)
    assert.equal(scored.assessment?.label, 'assessment 4 completed 2026-11-23')

    await people.unmergePeople(spo, loser, { reason: 'Two different men after all' })
    assert.deepEqual(await listed(loser), [
      [3, l3.id, 'draft'],
      [2, l2.id, 'completed'],
      [1, l1.id, 'completed'],
    ])
    assert.deepEqual(await listed(survivor), [
      [2, s2.id, 'draft'],
      [1, s1.id, 'completed'],
    ])
  })

  it('moves the merged-away record’s assessment in progress when the survivor has none', async () => {
    const survivor = await af.caseOnRecord()
    const loser = await af.caseOnRecord()
    const s1 = await af.complete(po, survivor)
    const l1 = await assessment.startAssessment(po, loser)
    await merge(loser, survivor)
    assert.deepEqual(await listed(survivor), [
      [2, l1.id, 'draft'],
      [1, s1.id, 'completed'],
    ])
    // Still one in progress: starting another is refused, and the moved one carries on.
    await assert.rejects(assessment.startAssessment(po, survivor), { code: 'assessment.already_open' })
    const moved = await assessment.getAssessment(po, l1.id)
    await assessment.answerQuestion(po, l1.id, {
      version: moved.version,
      questionId: 'accommodation.suitability',
      value: 'some',
    })
    await people.unmergePeople(spo, loser, { reason: 'Two different men after all' })
    assert.deepEqual(await listed(loser), [[1, l1.id, 'draft']])
    assert.deepEqual(await listed(survivor), [[1, s1.id, 'completed']])
  })
})
