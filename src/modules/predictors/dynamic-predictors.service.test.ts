// The dynamic predictors in the case: a completed assessment's items feed RSR, ARP, VRP, SVRP and CSRP
// (dynamic), OGP and OVP, each item shown with its source; without one the static versions stand.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testServices, userActor } from '../../../test/harness'
import type { Actor } from '../../platform/actor'
import { fixedClock } from '../../platform/clock'
import { assessmentFixture } from '../assessment/assessment.fixture'
import { contactsFixture } from '../contacts/contacts.fixture'
import { arpCoefficients } from './arp.coefficients'
import type { CasePredictorsView } from './predictors.service'

type Computed = { status: string; version?: string; result?: Record<string, unknown>; staticResult?: unknown }
const outcome = (view: CasePredictorsView, name: string) => view.predictors[name as 'arp'] as Computed

describe('dynamic predictors in the case (service)', async () => {
  const services = await testServices(fixedClock('2026-11-23T10:00:00Z'))
  const { predictors } = services
  const af = assessmentFixture(services)
  const team = await contactsFixture(services).newTeam()
  const po: Actor = {
    ...userActor(['practitioner']),
    staffCode: await contactsFixture(services).newStaff('PO', team),
    name: 'Pat Officer',
  }

  // The items the dynamic predictors weigh, answered on purpose (the record pre-fills no fixed abode,
  // unemployed and domestic abuse perpetrator, all yes); the fixture answers the rest.
  const ANSWERS: Record<string, string> = {
    'accommodation.suitability': 'some',
    'relationships.partnerRelationship': 'some',
    'relationships.livingWithPartner': 'no',
    'lifestyle_associates.activitiesEncourageOffending': 'some',
    'drug_misuse.currentDrugUse': 'yes',
    'drug_misuse.motivation': 'some',
    'alcohol_misuse.currentUse': 'none',
    'alcohol_misuse.binge': 'some',
    'thinking_behaviour.impulsivity': 'significant',
    'thinking_behaviour.temperControl': 'some',
    'thinking_behaviour.problemSolving': 'some',
    'thinking_behaviour.awarenessOfConsequences': 'significant',
    'thinking_behaviour.understandsOthersViews': 'none',
    'attitudes.proCriminalAttitudes': 'some',
  }
  const completeAssessment = (crn: string) => af.complete(po, crn, ANSWERS)

  it('without an assessment shows the static versions; a completed one gives the dynamic versions, each item with its source, and a new history row', async () => {
    const crn = await af.caseOnRecord()
    const before = await predictors.casePredictors(po, crn)
    assert.equal(before.assessment, null)
    assert.equal(before.dynamicInputs, null)
    for (const name of ['rsr', 'arp', 'vrp', 'svrp', 'csrp'])
      assert.deepEqual(
        [outcome(before, name).status, outcome(before, name).version],
        ['computed', 'static'],
        name,
      )
    assert.equal(outcome(before, 'ogp').status, 'needs_assessment')
    assert.equal(outcome(before, 'ovp').status, 'needs_assessment')
    assert.equal((await predictors.predictorHistory(po, crn)).length, 1)

    const done = await completeAssessment(crn)
    const view = await predictors.casePredictors(po, crn)
    assert.deepEqual(view.assessment, {
      id: done.id,
      label: 'assessment 1 completed 2026-11-23',
      completedOn: '2026-11-23',
    })
    assert.match(view.dynamic, /^Dynamic versions, from the record and assessment 1 completed 2026-11-23/)
    const item = (name: string) => view.dynamicInputs?.[name]
    assert.deepEqual(item('accommodationSuitability'), {
      value: 1,
      source: 'assessment 1 completed 2026-11-23, accommodation.suitability: some',
    })
    assert.deepEqual(item('noFixedAbodeOrTransient'), {
      value: true,
      source: 'assessment 1 completed 2026-11-23, accommodation.noFixedAbode: yes',
    })
    assert.deepEqual(item('impulsivity')?.value, 2)
    assert.deepEqual(item('livingWithPartner')?.value, false)
    assert.deepEqual(item('currentDrugUse')?.value, true)
    assert.match(item('weaponUsed')?.source ?? '', /drug_possession_supply\), not a weapon offence/)
    assert.deepEqual(item('previousConvictions')?.value, [])
    for (const name of ['rsr', 'arp', 'vrp', 'svrp', 'csrp']) {
      const o = outcome(view, name)
      assert.deepEqual([o.status, o.version], ['computed', 'dynamic'], name)
      assert.ok(o.staticResult, `${name} keeps its static version beside the dynamic one`)
    }
    // Each item reaches the calculator: ARP's term is the weight × the item's score.
    const arpTerms = outcome(view, 'arp').result?.terms as Record<string, number>
    const weight = (item: string) =>
      arpCoefficients.dynamic.items.find((w) => w.item === item)?.weight as number
    assert.equal(arpTerms.accommodationSuitability, weight('accommodationSuitability') * 1)
    assert.equal(arpTerms.impulsivity, weight('impulsivity') * 2)
    assert.equal(arpTerms.unemployed, weight('unemployed') * 2)
    assert.equal(Math.abs(arpTerms.livingWithPartner as number), 0) // weight × 0 (not living with a partner)
    assert.equal(arpTerms.activitiesEncourageOffending, weight('activitiesEncourageOffending') * 1)

    // The assessment is part of the inputs: a new history row, with its items and the sets used.
    const history = await predictors.predictorHistory(po, crn)
    assert.equal(history.length, 2)
    const latest = history[0]
    assert.deepEqual(latest?.coefficientSets, { ogrs3: 'published', snsv: 'oasys' })
    const stored = latest?.inputs as Record<string, { value: unknown }>
    assert.equal((stored.assessment?.value as { id?: string } | undefined)?.id, done.id)
    assert.equal(stored['dynamic.accommodationSuitability']?.value, 1)
    const scores = latest?.scores as Record<string, { version?: string; status: string }>
    assert.equal(scores.arp?.version, 'dynamic')
    assert.equal(scores.ogp?.status, 'computed')
    assert.equal((await predictors.predictorHistory(po, crn)).length, 2, 'nothing changed: no new row')
  })

  it('computes OGP and OVP from the record and the assessment (worked by hand)', async () => {
    const crn = await af.caseOnRecord()
    await completeAssessment(crn)
    const view = await predictors.casePredictors(po, crn)
    // The record: male, born 1990-04-25, one conviction (092/00, drug possession/supply, not violent)
    // on 2026-10-01 with a community order that day: age at the start of follow-up 36, 1 sanction.
    // OGRS3 2-year is 6% (tested by hand in ogrs3.rules.test.ts).
    assert.equal((outcome(view, 'ogrs3').result as { twoYearPercent: number }).twoYearPercent, 6)

    // OGP: round(0.6 × 6 = 3.6) = 4; no fixed abode yes 5; unemployed yes 5; activities "some" 3;
    // drugs round(3.75 × (8.1 yes = 2 + motivation 1)) = round(11.25) = 11;
    // thinking round(5/6 × (problem solving 1 + consequences 2 + others' views 0)) = round(2.5) = 3;
    // pro-criminal attitudes "some" 3. Points 4 + 30 = 34.
    // 1-year: logistic(0.0616 × 34 − 3.6832 = −1.5888) = 1 / (1 + 4.89787) = 0.16955 → 17%.
    // 2-year: logistic(0.0616 × 34 − 3.0795 = −0.9851) = 1 / (1 + 2.67808) = 0.27188 → 27%, low (1-33).
    const ogp = outcome(view, 'ogp')
    assert.deepEqual([ogp.status, ogp.version], ['computed', 'dynamic'])
    const g = ogp.result as Record<string, unknown>
    assert.deepEqual(g.pointTerms, {
      ogrs3: 4,
      noFixedAbodeOrTransient: 5,
      unemployed: 5,
      activitiesEncourageOffending: 3,
      drugMisuse: 11,
      thinking: 3,
      proCriminalAttitudes: 3,
    })
    assert.deepEqual([g.staticPoints, g.dynamicPoints, g.points], [4, 30, 34])
    assert.ok(Math.abs((g.twoYear as number) - 0.27188) < 5e-5)
    assert.deepEqual([g.oneYearPercent, g.twoYearPercent, g.band], [17, 27, 'low'])

    // OVP static: any sanction 5; violent 0 → 0; non-violent 1 → 0; age 36 (36-40) → 6; male 5 = 16.
    // Dynamic: impact on others (not asked) 0; no fixed abode 4; unemployed 4;
    // alcohol ceil(2.5 × (current use 0 + binge 1)) = 3; psychiatric treatment (not asked) 0;
    // temper control 3 × 1 = 3; pro-criminal attitudes 3 × 1 = 3 = 17. Points 33.
    // 1-year: logistic(0.0722 × 33 − 4.5215 = −2.1389) = 1 / (1 + 8.49001) = 0.10537 → 11%.
    // 2-year: logistic(0.0722 × 33 − 3.8773 = −1.4947) = 1 / (1 + 4.45800) = 0.18322 → 18%, low (1-29).
    const ovp = outcome(view, 'ovp')
    const o = ovp.result as Record<string, unknown>
    assert.deepEqual(o.pointTerms, {
      anySanctions: 5,
      violentSanctions: 0,
      nonViolentSanctions: 0,
      age: 6,
      male: 5,
      doesNotRecogniseImpactOnOthers: 0,
      noFixedAbodeOrTransient: 4,
      unemployed: 4,
      alcohol: 3,
      currentPsychiatricTreatment: 0,
      temperControl: 3,
      proCriminalAttitudes: 3,
    })
    assert.deepEqual([o.staticPoints, o.dynamicPoints, o.points], [16, 17, 33])
    assert.ok(Math.abs((o.twoYear as number) - 0.18322) < 5e-5)
    assert.deepEqual([o.oneYearPercent, o.twoYearPercent, o.band], [11, 18, 'low'])
    assert.match(view.dynamicInputs?.currentPsychiatricTreatment?.source ?? '', /not asked by the assessment/)
  })

  it('still applies a correction to the dynamic versions and OVP', async () => {
    const crn = await af.caseOnRecord()
    await completeAssessment(crn)
    const view = await predictors.correctInput(po, crn, {
      input: 'totalSanctions',
      value: 3,
      reason: 'PNC shows two earlier convictions',
    })
    assert.equal(view.inputs.totalSanctions.value, 3)
    const arp = outcome(view, 'arp')
    assert.equal(arp.version, 'dynamic')
    assert.equal((arp.result?.terms as Record<string, number> | undefined)?.firstSanction, 0)
    // OVP: non-violent 3 → 2 points, so static 18 and points 35.
    // 2-year: logistic(0.0722 × 35 − 3.8773 = −1.3503) = 1 / (1 + 3.85858) = 0.20582 → 21%.
    // 1-year: logistic(0.0722 × 35 − 4.5215 = −1.9945) = 1 / (1 + 7.34853) = 0.11978 → 12%.
    const o = outcome(view, 'ovp').result as Record<string, unknown>
    assert.equal((o.pointTerms as Record<string, number>).nonViolentSanctions, 2)
    assert.deepEqual([o.staticPoints, o.points, o.oneYearPercent, o.twoYearPercent], [18, 35, 12, 21])
  })

  it('gives the tier the dynamic ARP and CSRP, naming the assessment, so the A to G tier stops being provisional', async () => {
    const crn = await af.caseOnRecord()
    const before = await services.tiering.currentTier(po, crn)
    assert.deepEqual(before.inputs.arp, { dynamic: false, percent: 9.93 })
    assert.equal(before.sources.arp, 'ARP (static) 9.93%')
    assert.equal(provisional(before), true)

    await completeAssessment(crn)
    const tier = await services.tiering.currentTier(po, crn)
    // Completing recalculated the tier in its own transaction, reading the new assessment there.
    assert.equal(tier.trigger, 'assessment.completed')
    assert.deepEqual(tier.inputs.arp, { dynamic: true, percent: 15.34 })
    assert.deepEqual(tier.inputs.csrp, { dynamic: true, percent: 0.25 })
    assert.equal(tier.sources.arp, 'ARP (dynamic, assessment 1 completed 2026-11-23) 15.34%')
    assert.equal(tier.sources.csrp, 'CSRP (dynamic, assessment 1 completed 2026-11-23) 0.25%')
    assert.equal(tier.sources.rsrPercent, 'RSR (dynamic, assessment 1 completed 2026-11-23) 0.35%')
    // Dynamic ARP and CSRP, and a RoSH level (the assessment's): the tier is settled.
    assert.equal(provisional(tier), false)
    assert.match(JSON.stringify(tier), /Not provisional: ARP and CSRP are dynamic/)
  })
})

/** The A to G result's provisional flag, wherever the view nests it. */
function provisional(view: unknown): boolean | undefined {
  if (!view || typeof view !== 'object') return undefined
  if ('provisional' in view && typeof view.provisional === 'boolean') return view.provisional
  for (const value of Object.values(view)) {
    const found = provisional(value)
    if (found !== undefined) return found
  }
  return undefined
}
