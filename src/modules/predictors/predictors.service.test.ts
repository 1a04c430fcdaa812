import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import type { DomainError } from '../../platform/errors'

const refusal = async (promise: Promise<unknown>): Promise<DomainError> => {
  try {
    await promise
  } catch (error) {
    return error as DomainError
  }
  assert.fail('expected a refusal')
}

describe('predictors in the case (service)', async () => {
  const services = await testServices(fixedClock('2025-10-15T10:00:00Z'))
  const { predictors, sentences, people, audit } = services
  const practitioner = userActor(['practitioner'])
  const person = (firstName: string, surname: string, sex = 'male', dateOfBirth = '1990-04-02') =>
    people.createPerson(systemActor, { firstName, surname, sex, dateOfBirth }).then((p) => p.crn as string)
  const event = (convictionDate: string, code: string, disposal: Record<string, unknown>) => ({
    convictionDate,
    offences: [{ main: true, homeOfficeCode: code }],
    disposal: { requirements: [], licenceConditions: [], ...disposal },
  })
  const community = (date: string) => ({
    type: 'community_order',
    sentenceDate: date,
    length: { value: 12, unit: 'months' },
    requirements: [{ type: 'unpaid_work', unpaidWorkHours: 100 }],
  })
  const custody = (date: string, releaseDate: string) => ({
    type: 'custody',
    sentenceDate: date,
    length: { value: 2, unit: 'years' },
    releaseDate,
  })
  const values = (view: { inputs: Record<string, { value: unknown }> }) =>
    Object.fromEntries(Object.entries(view.inputs).map(([k, i]) => [k, i.value]))

  it('derives the inputs from the record, scores them and keeps history with the coefficient sets', async () => {
    const crn = await person('Callum', 'Whitworth')
    await sentences.createEvent(systemActor, crn, event('2010-04-02', '105/00', community('2010-04-20')))
    await sentences.createEvent(
      systemActor,
      crn,
      event('2024-06-01', '046/00', custody('2024-06-01', '2025-04-01')),
    )
    const view = await predictors.casePredictors(practitioner, crn)
    assert.equal(view.crn, crn)
    assert.equal(view.assessmentDate, '2025-10-15')
    assert.deepEqual(
      {
        ...values(view),
        currentOffenceAgainstStranger: undefined,
        ageAtMostRecentSexualSanction: undefined,
      },
      {
        sex: 'male',
        ageAtStartOfFollowUp: 34,
        ageAtCurrentConviction: 34,
        ageAtFirstSanction: 20,
        totalSanctions: 2,
        violentSanctions: 1,
        offenceCategory: 'theft_non_motor',
        actuarialOffenceCategory: 'theft_non_motor',
        offenceFreeMonths: 6,
        contactAdultSanctions: 0,
        contactChildSanctions: 0,
        indecentImageSanctions: 0,
        nonContactSanctions: 0,
        currentOffenceAgainstStranger: undefined,
        ageAtMostRecentSexualSanction: undefined,
      },
    )
    assert.equal(
      view.inputs.ageAtCurrentConviction.source,
      'date of birth 1990-04-02 and conviction date 2024-06-01 (event 2, the latest conviction)',
    )
    assert.equal(view.predictors.ogrs3.status, 'computed')
    assert.equal(view.predictors.arp.status, 'computed')
    assert.equal(view.predictors.ogp.status, 'needs_assessment')
    assert.deepEqual(view.coefficientSets, { ogrs3: 'published', snsv: 'oasys' })
    const history = await predictors.predictorHistory(practitioner, crn)
    assert.equal(history.length, 1)
    assert.deepEqual(history[0]?.coefficientSets, { ogrs3: 'published', snsv: 'oasys' })
    const ogrs3 = view.predictors.ogrs3
    assert.ok(ogrs3.status === 'computed')
    const scores = history[0]?.scores as Record<string, { twoYearPercent?: number }>
    assert.equal(scores.ogrs3?.twoYearPercent, (ogrs3.result as { twoYearPercent: number }).twoYearPercent)
    // Reading again with nothing changed adds no history; each read is audited.
    await predictors.casePredictors(practitioner, crn)
    assert.equal((await predictors.predictorHistory(practitioner, crn)).length, 1)
    const reads = await audit.entriesFor(services.database.db, { crn })
    assert.equal(reads.filter((e) => e.action === 'predictors.read').length, 4)
  })

  it('recomputes after an event is created, updated, deleted and restored', async () => {
    const crn = await person('Dafydd', 'Pritchard')
    await sentences.createEvent(systemActor, crn, event('2015-02-01', '058/00', community('2015-02-01')))
    const total = async () => values(await predictors.casePredictors(practitioner, crn)).totalSanctions
    assert.equal(await total(), 1)
    const second = await sentences.createEvent(
      systemActor,
      crn,
      event('2025-01-10', '046/00', community('2025-01-10')),
    )
    assert.equal(await total(), 2)
    const updated = await sentences.updateEvent(systemActor, second.id, {
      version: 1,
      offences: [{ main: true, homeOfficeCode: '803/00' }],
    })
    const afterUpdate = await predictors.casePredictors(practitioner, crn)
    assert.equal(afterUpdate.inputs.offenceCategory.value, 'drink_driving')
    await sentences.deleteEvent(systemActor, updated.id, { version: updated.version })
    const afterDelete = values(await predictors.casePredictors(practitioner, crn))
    assert.deepEqual([afterDelete.totalSanctions, afterDelete.offenceCategory], [1, 'criminal_damage'])
    await sentences.restoreEvent(systemActor, updated.id)
    assert.equal(await total(), 2)
    const history = await predictors.predictorHistory(practitioner, crn)
    // Newest first: restored (2), deleted (1), updated (2, drink driving), created (2), first (1).
    assert.deepEqual(
      history.map((h) => (h.inputs as Record<string, { value: unknown }>).totalSanctions?.value),
      [2, 1, 2, 2, 1],
    )
  })

  it('records a correction with its reason, shows it, uses it and audits it', async () => {
    const crn = await person('Eilidh', 'MacAskill', 'female')
    await sentences.createEvent(systemActor, crn, event('2024-06-01', '046/00', community('2024-06-01')))
    const before = await predictors.casePredictors(practitioner, crn)
    const corrected = await predictors.correctInput(practitioner, crn, {
      input: 'totalSanctions',
      value: 6,
      reason: 'PNC shows five earlier convictions',
    })
    assert.equal(corrected.inputs.totalSanctions.value, 6)
    assert.deepEqual(corrected.inputs.totalSanctions.fromRecord?.value, 1)
    assert.equal(corrected.inputs.totalSanctions.correction?.reason, 'PNC shows five earlier convictions')
    assert.equal(corrected.corrections[0]?.reason, 'PNC shows five earlier convictions')
    const pct = (v: typeof before) =>
      v.predictors.ogrs3.status === 'computed' && (v.predictors.ogrs3.result as { twoYear: number }).twoYear
    assert.ok((pct(corrected) as number) > (pct(before) as number), 'more sanctions raise OGRS3')
    const entries = await audit.entriesFor(services.database.db, { crn })
    const entry = entries.find((e) => e.action === 'predictors.input_corrected')
    assert.deepEqual(entry?.data, {
      input: 'totalSanctions',
      value: 6,
      reason: 'PNC shows five earlier convictions',
    })
    const history = await predictors.predictorHistory(practitioner, crn)
    assert.deepEqual((history[0]?.inputs as Record<string, unknown> | undefined)?.totalSanctions, {
      value: 6,
      corrected: true,
    })
    // Withdrawn: the record's value comes back; both corrections stay listed.
    const withdrawn = await predictors.correctInput(practitioner, crn, {
      input: 'totalSanctions',
      value: null,
      reason: 'The PNC entries were another person’s',
    })
    assert.equal(withdrawn.inputs.totalSanctions.value, 1)
    assert.equal(withdrawn.corrections.length, 2)
    const bad = await refusal(
      predictors.correctInput(practitioner, crn, { input: 'shoeSize', value: 9, reason: 'x' }),
    )
    assert.equal(bad.code, 'validation.failed')
    assert.deepEqual(
      bad.details.map((d) => d.path),
      ['input'],
    )
    const noReason = await refusal(
      predictors.correctInput(practitioner, crn, { input: 'totalSanctions', value: 0, reason: ' ' }),
    )
    assert.deepEqual(
      noReason.details.map((d) => d.path),
      ['value', 'reason'],
    )
  })

  it('needs the sex to use when the record says other, chosen with a reason (DECISIONS 12)', async () => {
    const crn = await person('Robin', 'Tregothnan', 'other')
    await sentences.createEvent(systemActor, crn, event('2024-06-01', '046/00', community('2024-06-01')))
    const view = await predictors.casePredictors(practitioner, crn)
    assert.equal(view.inputs.sex.value, null)
    assert.equal(view.inputs.sex.problem?.code, 'predictor.needs_sex')
    assert.equal(view.predictors.ogrs3.status, 'needs_input')
    const chosen = await predictors.correctInput(practitioner, crn, {
      input: 'sex',
      value: 'female',
      reason: 'Agreed with Robin at supervision',
    })
    assert.equal(chosen.inputs.sex.value, 'female')
    assert.match(chosen.inputs.sex.source, /Agreed with Robin at supervision/)
    assert.equal(chosen.predictors.ogrs3.status, 'computed')
  })

  it('refuses callers without permission, and answers not found for unknown or deleted people', async () => {
    const crn = await person('Siobhan', 'Quigley', 'female')
    const analyst = userActor(['analyst'])
    assert.equal((await refusal(predictors.casePredictors(analyst, crn))).code, 'access.forbidden')
    assert.equal((await refusal(predictors.predictorHistory(analyst, crn))).code, 'access.forbidden')
    const correction = { input: 'totalSanctions', value: 2, reason: 'PNC' }
    assert.equal((await refusal(predictors.correctInput(analyst, crn, correction))).code, 'access.forbidden')
    assert.equal((await refusal(predictors.casePredictors(practitioner, 'X999999'))).code, 'person.not_found')
    const record = await people.getPerson(systemActor, crn)
    await people.deletePerson(systemActor, crn, { version: record.version })
    assert.equal((await refusal(predictors.casePredictors(practitioner, crn))).code, 'person.not_found')
    assert.equal(
      (await refusal(predictors.correctInput(practitioner, crn, correction))).code,
      'person.not_found',
    )
  })

  it('recomputes every case at once, adding history only where the inputs changed', async () => {
    const first = await predictors.recomputeAll(systemActor, { batchSize: 2 })
    assert.ok(first.people >= 4)
    const again = await predictors.recomputeAll(systemActor, { batchSize: 2 })
    assert.equal(again.changed, 0)
    assert.equal(again.people, first.people)
  })
})
