// Each refusal of the predictors names the field and the problem, and never scores nonsense.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DomainError } from '../../platform/errors'
import { calculateArp, calculateSvrp, calculateVrp } from './oasys-r.rules'
import { type OffenceMappingEntry, offenceCategoryFor } from './offence-mapping.rules'
import { calculateOgrs3 } from './ogrs3.rules'
import { calculateOgp, calculateOvp } from './points.rules'
import { calculateCsrp, calculateRsr } from './serious.rules'

function refusal(run: () => unknown): { code: string; details: { path: string; message: string }[] } {
  try {
    run()
  } catch (error) {
    assert.ok(error instanceof DomainError, `not a DomainError: ${error}`)
    return { code: error.code, details: error.details }
  }
  assert.fail('was not refused')
}
const paths = (run: () => unknown) => refusal(run).details.map((d) => d.path)

const history = {
  sex: 'male' as const,
  ageAtStartOfFollowUp: 30,
  ageAtCurrentConviction: 29,
  ageAtFirstSanction: 16,
  totalSanctions: 4,
}
const actuarial = {
  ...history,
  offenceCategory: 'theft_non_motor' as const,
  offenceFreeMonths: 3,
  violentSanctions: 1,
}

describe('predictor validation', () => {
  it('refuses an age at conviction under 10, with a reason', () => {
    const r = refusal(() =>
      calculateOgrs3({
        ...history,
        ageAtCurrentConviction: 9,
        ageAtFirstSanction: 9,
        offenceCategory: 'violence',
      }),
    )
    assert.equal(r.code, 'validation.failed')
    assert.deepEqual(
      r.details.map((d) => d.path),
      ['ageAtCurrentConviction'],
    )
    assert.match(r.details[0]!.message, /under 10/)
  })

  it('refuses a first sanction after the current conviction, in every predictor', () => {
    const late = { ageAtFirstSanction: 31 }
    assert.deepEqual(
      paths(() => calculateOgrs3({ ...history, ...late, offenceCategory: 'violence' })),
      ['ageAtFirstSanction'],
    )
    for (const calculate of [calculateArp, calculateVrp, calculateSvrp, calculateRsr, calculateCsrp])
      assert.deepEqual(
        paths(() => calculate({ ...actuarial, ...late })),
        ['ageAtFirstSanction'],
      )
  })

  it('refuses total sanctions below 1 (the current sanction counts)', () => {
    const r = refusal(() => calculateArp({ ...actuarial, totalSanctions: 0, violentSanctions: 0 }))
    assert.deepEqual(
      r.details.map((d) => d.path),
      ['totalSanctions'],
    )
    assert.match(r.details[0]!.message, /at least 1/)
    assert.deepEqual(
      paths(() => calculateOvp({ ...ovp, totalSanctions: 0, violentSanctions: 0 })),
      ['totalSanctions'],
    )
  })

  it('refuses an unknown offence category', () => {
    assert.deepEqual(
      paths(() => calculateOgrs3({ ...history, offenceCategory: 'shoplifting' as never })),
      ['offenceCategory'],
    )
    assert.deepEqual(
      paths(() => calculateVrp({ ...actuarial, offenceCategory: 'violence' as never })),
      ['offenceCategory'],
    )
  })

  it('asks for the exact offence when a Home Office code spans categories', () => {
    const entries: OffenceMappingEntry[] = [
      {
        homeOfficeCode: '088/00',
        description: 'Other offences (placeholder weight in OASys)',
        ogrs3: null,
        actuarial: null,
        needsExactOffence: true,
      },
      {
        homeOfficeCode: '028/01',
        description: 'Burglary in a dwelling',
        ogrs3: 'burglary_domestic',
        actuarial: 'burglary_domestic',
        needsExactOffence: false,
      },
    ]
    const mapping = new Map(entries.map((e) => [e.homeOfficeCode, e]))
    assert.equal(offenceCategoryFor(mapping, '028/01', 'ogrs3'), 'burglary_domestic')
    const exact = refusal(() => offenceCategoryFor(mapping, '088/00', 'ogrs3'))
    assert.equal(exact.code, 'predictor.needs_exact_offence')
    assert.deepEqual(exact.details, [
      { path: 'offenceCode', message: '088/00 needs the exact offence to be chosen' },
    ])
    assert.equal(
      refusal(() => offenceCategoryFor(mapping, '999/99', 'actuarial')).code,
      'predictor.unmapped_offence',
    )
    assert.equal(
      refusal(() => offenceCategoryFor(mapping, '28/1', 'ogrs3')).code,
      'predictor.invalid_offence_code',
    )
  })

  it('refuses more violent sanctions than sanctions, and a missing count where one is needed', () => {
    assert.deepEqual(
      paths(() => calculateSvrp({ ...actuarial, violentSanctions: 5 })),
      ['violentSanctions'],
    )
    const { violentSanctions: _, ...withoutViolence } = actuarial
    assert.deepEqual(
      paths(() => calculateVrp(withoutViolence)),
      ['violentSanctions'],
    )
    assert.doesNotThrow(() => calculateArp(withoutViolence)) // ARP has no violence terms
  })

  it('names each missing assessment item of a dynamic predictor', () => {
    assert.deepEqual(
      paths(() => calculateSvrp({ ...actuarial, dynamic: { weaponUsed: true, unemployed: false } })),
      [
        'dynamic.accommodationSuitability',
        'dynamic.currentAlcoholUse',
        'dynamic.temperControl',
        'dynamic.proCriminalAttitudes',
      ],
    )
  })

  it('refuses impossible sexual history counts, listing them with the other problems', () => {
    const sexualHistory = {
      contactAdultSanctions: -1,
      contactChildSanctions: 0,
      indecentImageSanctions: 0,
      nonContactSanctions: 0,
      ageAtMostRecentSexualSanction: 8,
      currentOffenceAgainstStranger: false,
    }
    assert.deepEqual(
      paths(() => calculateRsr({ ...actuarial, ageAtFirstSanction: 31, sexualHistory })),
      [
        'ageAtFirstSanction',
        'sexualHistory.contactAdultSanctions',
        'sexualHistory.ageAtMostRecentSexualSanction',
      ],
    )
    assert.deepEqual(
      paths(() => calculateCsrp({ ...actuarial, sexualHistory })),
      ['sexualHistory.contactAdultSanctions', 'sexualHistory.ageAtMostRecentSexualSanction'],
    )
  })

  it('refuses an unknown SNSV coefficient set', () => {
    assert.deepEqual(
      paths(() => calculateRsr({ ...actuarial, coefficientSet: 'published' as never })),
      ['coefficientSet'],
    )
  })

  it('refuses an OVP under 18 and an OGP with an OGRS3 percentage outside 1-99', () => {
    assert.deepEqual(
      paths(() => calculateOvp({ ...ovp, ageAtStartOfFollowUp: 17 })),
      ['ageAtStartOfFollowUp'],
    )
    assert.deepEqual(
      paths(() => calculateOgp({ ...ogp, ogrs3TwoYearPercent: 0 })),
      ['ogrs3TwoYearPercent'],
    )
  })
})

const ovp = {
  sex: 'male' as const,
  ageAtStartOfFollowUp: 30,
  totalSanctions: 3,
  violentSanctions: 1,
  doesNotRecogniseImpactOnOthers: false,
  noFixedAbodeOrTransient: false,
  unemployed: false,
  currentAlcoholUse: 0 as const,
  bingeDrinking: 0 as const,
  currentPsychiatricTreatment: false,
  temperControl: 0 as const,
  proCriminalAttitudes: 0 as const,
}
const ogp = {
  ogrs3TwoYearPercent: 40,
  noFixedAbodeOrTransient: false,
  unemployed: false,
  activitiesEncourageOffending: 0 as const,
  currentDrugMisuse: 0 as const,
  motivationToTackleDrugMisuse: 0 as const,
  problemSolving: 0 as const,
  awarenessOfConsequences: 0 as const,
  understandsOthersViews: 0 as const,
  proCriminalAttitudes: 0 as const,
}
