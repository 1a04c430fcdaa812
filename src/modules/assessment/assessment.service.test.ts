import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import type { Actor } from '../../platform/actor'
import { fixedClock } from '../../platform/clock'
import { contactsFixture } from '../contacts/contacts.fixture'
import { assessmentFixture } from './assessment.fixture'

const code = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: { code: string }) => e.code,
  )

describe('assessment service', async () => {
  const services = await testServices(fixedClock('2026-11-23T10:00:00Z'))
  const s = services.assessment
  const fx = contactsFixture(services)
  const af = assessmentFixture(services)
  const team = await fx.newTeam()
  const staff = async (grade: string) => {
    const c = await fx.newStaff('PO', team)
    if (grade !== 'PO') {
      const current = await services.organisation.getStaff(systemActor, c)
      await services.organisation.updateStaff(systemActor, c, { version: current.version, grade })
    }
    return c
  }
  const person = (roles: Actor['roles'], staffCode: string | null, name: string): Actor => ({
    ...userActor([...roles]),
    staffCode,
    name,
  })
  const po = person(['practitioner'], await staff('PO'), 'Pat Officer')
  const pqip = person(['practitioner'], await staff('PQiP'), 'Quinn Trainee')
  const custody = person(['practitioner'], await staff('PO'), 'Casey Custody')
  const spo = person(['spo'], await staff('SPO'), 'Sam Manager')

  const caseOnRecord = () => af.caseOnRecord()

  it('pre-fills what the record answers, each with its source and date', async () => {
    const crn = await caseOnRecord()
    const a = await s.startAssessment(po, crn)
    assert.equal(a.status, 'draft')
    assert.equal(a.sequence, 1)
    assert.deepEqual(
      Object.fromEntries(Object.entries(a.answers).map(([id, x]) => [id, [x.value, x.origin, x.sourceDate]])),
      {
        'accommodation.noFixedAbode': ['yes', 'record', '2026-09-01'],
        'education_training_employment.unemployed': ['yes', 'record', '2026-08-01'],
        'finance.benefitsMainIncome': ['yes', 'record', '2026-08-15'],
        'relationships.domesticAbusePerpetrator': ['yes', 'record', '2026-02-01'],
        'drug_misuse.drugRelatedOffending': ['yes', 'record', '2026-09-10'],
        'alcohol_misuse.alcoholRelatedOffending': ['no', 'record', null],
      },
    )
    assert.equal(
      a.answers['accommodation.noFixedAbode']?.source,
      'Main address: no fixed abode (from 2026-09-01)',
    )
    assert.match(
      a.answers['drug_misuse.drugRelatedOffending']?.source ?? '',
      /Offence on event 1: Production, supply/,
    )
    assert.equal(a.typedAnswers, 0)
    assert.equal(await code(s.startAssessment(po, crn)), 'assessment.already_open')
  })

  it('autosaves one answer at a time, recovers the draft, refuses a stale version and a bad value', async () => {
    const crn = await caseOnRecord()
    const a = await s.startAssessment(po, crn)
    const saved = await s.answerQuestion(po, a.id, {
      version: a.version,
      questionId: 'accommodation.suitability',
      value: 'some',
    })
    assert.equal(saved.version, a.version + 1)
    // The browser closed: the draft is in the database.
    const recovered = await s.getAssessment(po, a.id)
    assert.equal(recovered.answers['accommodation.suitability']?.value, 'some')
    assert.equal(recovered.answers['accommodation.suitability']?.origin, 'practitioner')
    assert.equal(recovered.sections.find((x) => x.id === 'accommodation')?.score, 3)
    // A second tab still on the old version cannot overwrite.
    const stale = s.answerQuestion(po, a.id, {
      version: a.version,
      questionId: 'accommodation.suitability',
      value: 'none',
    })
    assert.equal(await code(stale), 'record.stale_version')
    await assert.rejects(
      s.answerQuestion(po, a.id, {
        version: saved.version,
        questionId: 'accommodation.suitability',
        value: 'lots',
      }),
      (e: { details: { path: string }[] }) => e.details[0]?.path === 'value',
    )
    await assert.rejects(
      s.answerQuestion(po, a.id, { version: saved.version, questionId: 'accommodation.colour', value: 'x' }),
      (e: { details: { path: string }[] }) => e.details[0]?.path === 'questionId',
    )
    assert.equal(
      await code(
        s.answerQuestion(custody, a.id, {
          version: saved.version,
          questionId: 'accommodation.location',
          value: 'none',
        }),
      ),
      'assessment.not_owner',
    )
  })

  it('completes and locks a first assessment, feeding the tier in the same transaction; a reassessment asks "still true, or changed?"', async () => {
    const crn = await caseOnRecord()
    let a = await s.startAssessment(po, crn)
    const blocked = await s.completeAssessment(po, a.id, { version: a.version }).catch((e) => e)
    assert.equal(blocked.code, 'validation.failed')
    assert.ok(blocked.details.some((d: { path: string }) => d.path === 'sections.accommodation'))
    const first = await af.answerTheRest(po, a)
    a = await af.agreePlan(po, await af.confirmAll(po, first.view))
    const done = await s.completeAssessment(po, a.id, { version: a.version })
    assert.equal(done.status, 'completed')
    assert.equal(done.completedBy?.name, 'Pat Officer')
    assert.equal(done.typedAnswers, first.typed)
    assert.equal(
      await code(
        s.answerQuestion(po, a.id, {
          version: done.version,
          questionId: 'accommodation.location',
          value: 'none',
        }),
      ),
      'assessment.locked',
    )

    const tier = await services.tiering.currentTier(systemActor, crn)
    assert.equal(tier.trigger, 'assessment.completed')
    assert.match(String(tier.sources.needs), /^assessment 1 completed 2026-11-23: accommodation /)
    // No RoSH register on the case: the assessment's RoSH summary counts, with its source.
    assert.ok(done.rosh.highest)
    assert.equal(tier.inputs.roshLevel, done.rosh.highest)
    assert.match(String(tier.sources.roshLevel), /no active RoSH register; assessment completed 2026-11-23/)
    const needs = tier.inputs.needs as Record<string, string>
    for (const section of done.sections.filter(
      (x) => x.id !== 'finance' && x.id !== 'health_wellbeing' && x.id !== 'rosh',
    ))
      assert.equal(needs[section.id], section.need ?? undefined, section.id)

    // The reassessment starts from the previous answers, waiting for "still true, or changed?".
    const again = await s.startAssessment(po, crn)
    assert.equal(again.sequence, 2)
    assert.equal(again.previousId, done.id)
    const carried = again.answers['accommodation.suitability']
    assert.equal(carried?.origin, 'previous')
    assert.equal(carried?.confirmed, false)
    assert.match(carried?.source ?? '', /^Assessment 1 completed 2026-11-23/)
    assert.equal(again.sections.find((x) => x.id === 'accommodation')?.status, 'not_started')
    const changed = await s.answerQuestion(po, again.id, {
      version: again.version,
      questionId: 'accommodation.suitability',
      value: carried?.value === 'none' ? 'some' : 'none',
    })
    assert.equal(changed.answers['accommodation.suitability']?.previousValue, carried?.value)
    const confirmed = await s.confirmSection(po, again.id, 'accommodation', { version: changed.version })
    assert.equal(confirmed.sections.find((x) => x.id === 'accommodation')?.status, 'completed')
    assert.equal(confirmed.typedAnswers, 1)
  })

  it('a PQiP author needs an SPO countersignature; the SPO may return it or countersign it', async () => {
    const crn = await caseOnRecord()
    let a = await s.startAssessment(pqip, crn)
    a = await af.agreePlan(pqip, await af.confirmAll(pqip, (await af.answerTheRest(pqip, a)).view))
    const submitted = await s.completeAssessment(pqip, a.id, { version: a.version })
    assert.equal(submitted.status, 'awaiting_countersignature')
    assert.equal(
      await code(
        s.countersignAssessment(pqip, a.id, { version: submitted.version, decision: 'countersign' }),
      ),
      'access.forbidden',
    )
    const returned = await s.countersignAssessment(spo, a.id, {
      version: submitted.version,
      decision: 'return',
      note: 'Say more about the evidence',
    })
    assert.equal(returned.status, 'draft')
    const again = await s.completeAssessment(pqip, a.id, { version: returned.version })
    assert.equal(again.status, 'awaiting_countersignature')
    const signed = await s.countersignAssessment(spo, a.id, {
      version: again.version,
      decision: 'countersign',
    })
    assert.equal(signed.status, 'completed')
    assert.equal(signed.countersignedBy?.name, 'Sam Manager')
    assert.equal(
      await code(s.countersignAssessment(spo, a.id, { version: signed.version, decision: 'countersign' })),
      'assessment.not_awaiting_countersignature',
    )
  })

  it('moves ownership by request: pending, declined, withdrawn, approved by the holder or a manager', async () => {
    const crn = await caseOnRecord()
    const a = await s.startAssessment(custody, crn, { setting: 'custody' })
    const ask = (who: Actor) =>
      s.requestOwnership(who, a.id, { setting: 'community', reason: 'Released on licence to me' })
    const decide = (who: Actor, decision: string) => s.decideOwnership(who, a.id, { decision })
    assert.equal(await code(decide(custody, 'approve')), 'assessment.no_ownership_request')
    assert.equal(await code(ask(custody)), 'assessment.already_owner')

    let v = await ask(po)
    assert.equal(v.ownershipRequests[0]?.status, 'pending')
    assert.equal(await code(ask(pqip)), 'assessment.ownership_pending')
    assert.equal(await code(decide(po, 'approve')), 'assessment.ownership_not_yours')
    assert.equal(await code(decide(pqip, 'approve')), 'assessment.ownership_not_yours')
    v = await decide(custody, 'decline')
    assert.equal(v.ownershipRequests[0]?.status, 'declined')
    assert.equal(v.owner.name, 'Casey Custody')

    await ask(po)
    assert.equal(await code(decide(custody, 'withdraw')), 'assessment.ownership_not_yours')
    v = await decide(po, 'withdraw')
    assert.equal(v.ownershipRequests[0]?.status, 'withdrawn')

    await ask(po)
    v = await decide(spo, 'approve')
    assert.equal(v.ownershipRequests[0]?.status, 'approved')
    assert.equal(v.ownershipRequests[0]?.decidedBy?.name, 'Sam Manager')
    assert.deepEqual([v.owner.name, v.owner.setting], ['Pat Officer', 'community'])
    const saved = await s.answerQuestion(po, a.id, {
      version: v.version,
      questionId: 'attitudes.proCriminalAttitudes',
      value: 'some',
    })
    assert.equal(saved.answers['attitudes.proCriminalAttitudes']?.source, 'Pat Officer')
    assert.equal(
      await code(
        s.answerQuestion(custody, a.id, {
          version: saved.version,
          questionId: 'attitudes.proCriminalAttitudes',
          value: 'none',
        }),
      ),
      'assessment.not_owner',
    )

    // The new holder approves a request back.
    await ask(custody)
    v = await decide(po, 'approve')
    assert.equal(v.owner.name, 'Casey Custody')
  })

  it('refuses roles without assessment:write, and hides the case from those who may not see it', async () => {
    const crn = await caseOnRecord()
    assert.equal(await code(s.startAssessment(userActor(['court']), crn)), 'access.forbidden')
    assert.equal(await code(s.startAssessment(po, 'X999999')), 'person.not_found')
    assert.equal(
      await code(s.getAssessment(po, '00000000-0000-4000-8000-000000000000')),
      'assessment.not_found',
    )
  })
})
