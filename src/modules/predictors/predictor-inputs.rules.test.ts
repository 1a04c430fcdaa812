import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { OFFENCE_CODES } from '../sentences'
import { computeCasePredictors, DEFAULT_CASE_COEFFICIENT_SETS, fingerprintOf } from './case-predictors.rules'
import { calculateArp } from './oasys-r.rules'
import { actuarialOffenceMapping, offenceMappingEntries, ogrs3OffenceMapping } from './offence-mapping.table'
import { calculateOgrs3 } from './ogrs3.rules'
import {
  ageOn,
  applyCorrections,
  type CaseRecord,
  type Correction,
  inputsFromRecord,
  type RecordEvent,
  wholeMonths,
} from './predictor-inputs.rules'

const TODAY = '2025-10-15'
const event = (
  eventNumber: number,
  convictionDate: string | null,
  codes: string[],
  disposal: RecordEvent['disposal'] = null,
): RecordEvent => ({
  eventNumber,
  convictionDate,
  disposal,
  offences: codes.map((homeOfficeCode, i) => ({ main: i === 0, homeOfficeCode, predictorCategory: null })),
})
const community = (sentenceDate: string) => ({ type: 'community_order', sentenceDate, releaseDate: null })
const custody = (sentenceDate: string, releaseDate: string | null) => ({
  type: 'custody',
  sentenceDate,
  releaseDate,
})
const values = (record: CaseRecord, today = TODAY) =>
  Object.fromEntries(Object.entries(inputsFromRecord(record, today)).map(([k, i]) => [k, i.value]))

describe('ages and months', () => {
  it('counts completed years, a birthday on the day included', () => {
    assert.equal(ageOn('1990-04-02', '2024-04-01'), 33)
    assert.equal(ageOn('1990-04-02', '2024-04-02'), 34)
    assert.equal(ageOn('1990-04-02', '2024-12-31'), 34)
    // 29 February: a year older on 1 March in other years, on the 29th in leap years.
    assert.equal(ageOn('2004-02-29', '2022-02-28'), 17)
    assert.equal(ageOn('2004-02-29', '2022-03-01'), 18)
    assert.equal(ageOn('2004-02-29', '2024-02-29'), 20)
  })

  it('counts whole months, negative before the start', () => {
    assert.equal(wholeMonths('2025-04-01', '2025-10-15'), 6)
    assert.equal(wholeMonths('2025-04-16', '2025-10-15'), 5)
    assert.equal(wholeMonths('2025-04-15', '2025-10-15'), 6)
    assert.equal(wholeMonths('2025-10-15', '2025-10-15'), 0)
    assert.equal(wholeMonths('2026-01-20', '2025-10-15'), -3)
  })
})

describe('inputs from the record', () => {
  // Born 2 April 1990. Event 1: common assault, convicted on his 20th birthday. Event 2: shop theft,
  // convicted 1 June 2024 (aged 34), custody, released 1 April 2025, the day before his 35th birthday.
  // Event 3 has no conviction date yet: not a sanction.
  const record: CaseRecord = {
    dateOfBirth: '1990-04-02',
    sex: 'male',
    events: [
      event(2, '2024-06-01', ['046/00', '105/00'], custody('2024-06-01', '2025-04-01')),
      event(1, '2010-04-02', ['105/00'], community('2010-04-20')),
      event(3, null, ['058/00']),
    ],
  }

  it('derives each input, with where it came from', () => {
    const inputs = inputsFromRecord(record, TODAY)
    assert.deepEqual(values(record), {
      sex: 'male',
      ageAtStartOfFollowUp: 34,
      ageAtCurrentConviction: 34,
      ageAtFirstSanction: 20,
      totalSanctions: 2,
      violentSanctions: 2,
      offenceCategory: 'theft_non_motor',
      actuarialOffenceCategory: 'theft_non_motor',
      offenceFreeMonths: 6,
      contactAdultSanctions: 0,
      contactChildSanctions: 0,
      indecentImageSanctions: 0,
      nonContactSanctions: 0,
      ageAtMostRecentSexualSanction: null,
      currentOffenceAgainstStranger: null,
    })
    assert.equal(
      inputs.ageAtCurrentConviction.source,
      'date of birth 1990-04-02 and conviction date 2024-06-01 (event 2, the latest conviction)',
    )
    assert.equal(
      inputs.ageAtStartOfFollowUp.source,
      'date of birth 1990-04-02 and release date 2025-04-01 (custody, event 2)',
    )
    assert.equal(
      inputs.ageAtFirstSanction.source,
      'date of birth 1990-04-02 and conviction date 2010-04-02 (event 1, the earliest conviction on the record)',
    )
    assert.equal(
      inputs.totalSanctions.source,
      '2 convictions on the record (events 1, 2); 1 event without a conviction date not counted',
    )
    assert.match(
      inputs.offenceCategory.source,
      /main offence 046\/00 of event 2, through the offence mapping table/,
    )
  })

  it('starts follow-up at the sentence of a community order, and on the birthday counts it', () => {
    const r: CaseRecord = { ...record, events: [event(1, '2025-03-20', ['046/00'], community('2025-04-02'))] }
    assert.equal(values(r).ageAtStartOfFollowUp, 35)
    assert.equal(values(r).ageAtCurrentConviction, 34)
    assert.equal(values(r).offenceFreeMonths, 6)
    assert.equal(values(r).totalSanctions, 1)
  })

  it('names what is missing: release date, sentence, date of birth, conviction', () => {
    const noRelease = inputsFromRecord(
      { ...record, events: [event(1, '2025-01-10', ['046/00'], custody('2025-01-10', null))] },
      TODAY,
    )
    assert.equal(noRelease.ageAtStartOfFollowUp.value, null)
    assert.equal(noRelease.ageAtStartOfFollowUp.problem?.code, 'predictor.no_release_date')
    assert.equal(noRelease.offenceFreeMonths.problem?.code, 'predictor.no_release_date')
    assert.equal(noRelease.ageAtCurrentConviction.value, 35 - 1)
    const noSentence = inputsFromRecord({ ...record, events: [event(1, '2025-01-10', ['046/00'])] }, TODAY)
    assert.equal(noSentence.ageAtStartOfFollowUp.problem?.code, 'predictor.no_sentence')
    const noDob = inputsFromRecord({ ...record, dateOfBirth: null }, TODAY)
    assert.equal(noDob.ageAtCurrentConviction.problem?.code, 'predictor.no_date_of_birth')
    assert.equal(noDob.totalSanctions.value, 2)
    const none = inputsFromRecord({ ...record, events: [] }, TODAY)
    assert.equal(none.totalSanctions.problem?.code, 'predictor.no_conviction')
    assert.equal(none.offenceCategory.problem?.code, 'predictor.no_conviction')
  })

  it('maps offence codes to each scale, and asks for the exact offence where a code spans categories', () => {
    const current = (codes: string[], predictorCategory: string | null = null) => {
      const e = event(1, '2025-01-10', codes, community('2025-01-10'))
      e.offences = e.offences.map((o) => ({ ...o, predictorCategory }))
      return inputsFromRecord({ ...record, events: [e] }, TODAY)
    }
    // Theft by an employee: OGRS3 theft, actuarial fraud. Aggravated burglary: OGRS3 violence,
    // actuarial acquisitive violence (so violent). Drink driving on both.
    assert.deepEqual(
      [current(['041/00']).offenceCategory.value, current(['041/00']).actuarialOffenceCategory.value],
      ['theft_non_motor', 'fraud_and_forgery'],
    )
    const aggravated = current(['029/00'])
    assert.deepEqual(
      [
        aggravated.offenceCategory.value,
        aggravated.actuarialOffenceCategory.value,
        aggravated.violentSanctions.value,
      ],
      ['violence', 'acquisitive_violence', 1],
    )
    assert.equal(current(['803/00']).actuarialOffenceCategory.value, 'drink_driving')
    // Class 081 firearms: OGRS3 violence, but the actuarial scale needs the exact offence.
    const firearm = current(['081/00'])
    assert.equal(firearm.offenceCategory.value, 'violence')
    assert.equal(firearm.actuarialOffenceCategory.problem?.code, 'predictor.needs_exact_offence')
    assert.equal(firearm.violentSanctions.value, 1)
    // 088/00 carries OASys's placeholder weight: the exact offence is asked for, unless recorded.
    const placeholder = current(['088/00'])
    assert.equal(placeholder.offenceCategory.value, null)
    assert.equal(placeholder.offenceCategory.problem?.code, 'predictor.needs_exact_offence')
    assert.match(placeholder.offenceCategory.problem?.message ?? '', /choose the exact offence/)
    const chosen = current(['088/00'], 'sexual_not_against_child')
    assert.equal(chosen.offenceCategory.value, 'sexual_not_against_child')
    assert.match(chosen.offenceCategory.source, /the exact offence recorded with it/)
    const unknown = current(['999/99'])
    assert.equal(unknown.offenceCategory.problem?.code, 'predictor.unmapped_offence')
  })

  it('counts sexual sanctions by kind and the age at the latest', () => {
    const r: CaseRecord = {
      ...record,
      events: [
        event(1, '2012-05-01', ['019/00'], community('2012-05-01')),
        event(2, '2020-01-10', ['022/00', '017/00'], community('2020-01-10')),
        event(3, '2025-01-10', ['046/00'], community('2025-01-10')),
      ],
    }
    const v = values(r)
    assert.deepEqual(
      [v.contactAdultSanctions, v.contactChildSanctions, v.ageAtMostRecentSexualSanction, v.violentSanctions],
      [2, 1, 29, 0],
    )
  })

  it('needs the sex to score with when the record says other or unknown (DECISIONS 12)', () => {
    for (const sex of ['other', 'unknown']) {
      const inputs = inputsFromRecord({ ...record, sex }, TODAY)
      assert.equal(inputs.sex.value, null)
      assert.equal(inputs.sex.problem?.code, 'predictor.needs_sex')
      const computed = computeCasePredictors(inputs, DEFAULT_CASE_COEFFICIENT_SETS)
      assert.equal(computed.predictors.ogrs3.status, 'needs_input')
      assert.deepEqual(
        computed.predictors.ogrs3.status === 'needs_input' &&
          computed.predictors.ogrs3.missing.map((m) => m.input),
        ['sex'],
      )
    }
  })
})

describe('corrections and the computation', () => {
  const record: CaseRecord = {
    dateOfBirth: '1990-04-02',
    sex: 'unknown',
    events: [event(1, '2024-06-01', ['046/00'], community('2024-06-01'))],
  }
  const by = { id: 'u1', name: 'Sam Practitioner' }
  const corrections: Correction[] = [
    {
      input: 'totalSanctions',
      value: 5,
      reason: 'PNC shows four earlier convictions',
      by,
      at: '2025-10-01T09:00:00Z',
    },
    { input: 'sex', value: 'female', reason: 'Chosen with the person', by, at: '2025-10-02T09:00:00Z' },
    { input: 'totalSanctions', value: 6, reason: 'PNC shows five', by, at: '2025-10-03T09:00:00Z' },
    {
      input: 'ageAtFirstSanction',
      value: 19,
      reason: 'Caution at 19 on PNC',
      by,
      at: '2025-10-03T10:00:00Z',
    },
    {
      input: 'ageAtFirstSanction',
      value: null,
      reason: 'The caution was someone else’s',
      by,
      at: '2025-10-04T10:00:00Z',
    },
  ]
  const inputs = applyCorrections(inputsFromRecord(record, TODAY), corrections)

  it('lays the latest correction of each input over the record, and a null puts the record back', () => {
    assert.equal(inputs.totalSanctions.value, 6)
    assert.equal(inputs.totalSanctions.source, 'corrected by Sam Practitioner on 2025-10-03: PNC shows five')
    assert.deepEqual(inputs.totalSanctions.fromRecord?.value, 1)
    assert.equal(inputs.sex.value, 'female')
    assert.equal(inputs.ageAtFirstSanction.value, 34)
    assert.equal(inputs.ageAtFirstSanction.correction, undefined)
  })

  it('uses the corrected inputs in the scores, exactly as the calculators compute them', () => {
    const computed = computeCasePredictors(inputs, DEFAULT_CASE_COEFFICIENT_SETS)
    const ogrs3 = computed.predictors.ogrs3
    assert.equal(ogrs3.status, 'computed')
    const history = {
      sex: 'female' as const,
      ageAtStartOfFollowUp: 34,
      ageAtCurrentConviction: 34,
      ageAtFirstSanction: 34,
      totalSanctions: 6,
    }
    assert.deepEqual(
      ogrs3.status === 'computed' && ogrs3.result,
      calculateOgrs3({ ...history, offenceCategory: 'theft_non_motor', coefficientSet: 'published' }),
    )
    const arp = computed.predictors.arp
    assert.deepEqual(
      arp.status === 'computed' && arp.result,
      calculateArp({
        ...history,
        offenceCategory: 'theft_non_motor',
        offenceFreeMonths: 16,
        violentSanctions: 0,
      }),
    )
    for (const name of ['rsr', 'vrp', 'svrp', 'csrp'] as const)
      assert.equal(computed.predictors[name].status, 'computed', name)
    assert.equal(computed.predictors.ogp.status, 'needs_assessment')
    assert.equal(computed.predictors.ovp.status, 'needs_assessment')
    assert.match(computed.dynamic, /need the answers of an assessment/)
    assert.deepEqual(computed.coefficientSets, { ogrs3: 'published', snsv: 'oasys' })
  })

  it('refuses, naming the problem, when corrected inputs contradict each other', () => {
    const late = applyCorrections(inputs, [
      { input: 'ageAtFirstSanction', value: 40, reason: 'typo test', by, at: '2025-10-05T00:00:00Z' },
    ])
    const ogrs3 = computeCasePredictors(late, DEFAULT_CASE_COEFFICIENT_SETS).predictors.ogrs3
    assert.equal(ogrs3.status, 'refused')
    assert.deepEqual(ogrs3.status === 'refused' && ogrs3.problems.map((p) => p.path), ['ageAtFirstSanction'])
  })

  it('asks a man with a sexual history whether the offence was against a stranger, for RSR and CSRP only', () => {
    const man = inputsFromRecord(
      { ...record, sex: 'male', events: [event(1, '2024-06-01', ['019/00'], community('2024-06-01'))] },
      TODAY,
    )
    const computed = computeCasePredictors(man, DEFAULT_CASE_COEFFICIENT_SETS).predictors
    assert.equal(computed.rsr.status, 'needs_input')
    assert.deepEqual(computed.rsr.status === 'needs_input' && computed.rsr.missing.map((m) => m.input), [
      'currentOffenceAgainstStranger',
    ])
    assert.equal(computed.csrp.status, 'needs_input')
    assert.equal(computed.svrp.status, 'computed')
    const answered = applyCorrections(man, [
      {
        input: 'currentOffenceAgainstStranger',
        value: false,
        reason: 'Victim known to him',
        by,
        at: '2025-10-05T00:00:00Z',
      },
    ])
    const rsr = computeCasePredictors(answered, DEFAULT_CASE_COEFFICIENT_SETS).predictors.rsr
    assert.equal(rsr.status, 'computed')
  })

  it('fingerprints the inputs and the coefficient sets', () => {
    const a = fingerprintOf(inputs, DEFAULT_CASE_COEFFICIENT_SETS)
    assert.equal(a, fingerprintOf(inputs, { ...DEFAULT_CASE_COEFFICIENT_SETS }))
    assert.notEqual(a, fingerprintOf(inputs, { ogrs3: 'oasys', snsv: 'oasys' }))
    assert.notEqual(
      a,
      fingerprintOf(
        applyCorrections(inputs, [{ ...corrections[0], value: 7 } as Correction]),
        DEFAULT_CASE_COEFFICIENT_SETS,
      ),
    )
  })
})

describe('the offence mapping table', () => {
  it('holds every code of the sentences table with the same OGRS3 category, and an actuarial one', () => {
    for (const code of OFFENCE_CODES) {
      const entry = ogrs3OffenceMapping.get(code.code)
      assert.equal(entry?.ogrs3, code.ogrs3Category, code.code)
      const actuarial = actuarialOffenceMapping.get(code.code)
      assert.ok(
        actuarial?.actuarial || actuarial?.needsExactOffence,
        `${code.code} has no actuarial category`,
      )
    }
    assert.equal(
      new Set(offenceMappingEntries.map((e) => e.homeOfficeCode)).size,
      offenceMappingEntries.length,
    )
  })
})
