// The items the dynamic predictors (RSR/SNSV, ARP, VRP, SVRP, CSRP dynamic; OGP; OVP) weigh in the case,
// each with where it came from: the latest completed assessment's answers (assessment module,
// dynamicItemsForPerson), and what its question set does not ask. Weapon use and previous serious
// convictions come from the record's offence categories; the drugs misused and OVP's "does not recognise
// the impact on others" and "current psychiatric treatment" are not asked anywhere, so they count as no
// and say so (docs/predictors.md). Pure.
import { type CaseCoefficientSets, computeCasePredictors } from './case-predictors.rules'
import { type CaseRecord, categoryOf } from './case-record.rules'
import type { DynamicItems, SeriousOffenceKind } from './dynamic-items'
import { applyCorrections, type Correction, inputsFromRecord } from './predictor-inputs.rules'

/** The latest completed assessment's items, as the assessment module gives them. */
export interface CaseAssessment {
  assessmentId: string
  /** "assessment 2 completed 2026-10-01" */
  label: string
  completedOn: string
  items: DynamicItems
  sources: Partial<Record<keyof DynamicItems, string>>
}

export interface DynamicInput {
  /** null: not answered (or "not known"); the predictors that weigh it say so. */
  value: unknown
  source: string
}

export interface DynamicInputs {
  assessment: { id: string; label: string; completedOn: string }
  items: DynamicItems
  /** OVP's items that no question asks: counted as no. */
  ovp: { doesNotRecogniseImpactOnOthers: boolean; currentPsychiatricTreatment: boolean }
  /** Every item shown with its source, by input name. */
  inputs: Record<string, DynamicInput>
}

/** The items the assessment answers, in the order the page shows them. */
const ASKED: (keyof DynamicItems)[] = [
  'noFixedAbodeOrTransient',
  'accommodationSuitability',
  'unemployed',
  'livingWithPartner',
  'partnerRelationship',
  'domesticAbusePerpetrator',
  'activitiesEncourageOffending',
  'currentDrugUse',
  'motivationToTackleDrugMisuse',
  'currentAlcoholUse',
  'bingeDrinking',
  'impulsivity',
  'temperControl',
  'problemSolving',
  'awarenessOfConsequences',
  'understandsOthersViews',
  'proCriminalAttitudes',
]

const WEAPON_CATEGORIES = new Set(['firearms_most_serious', 'firearms_other', 'weapons_non_firearm'])
/** The serious previous convictions the actuarial categories can tell; the others need the exact offence. */
const PREVIOUS_BY_CATEGORY: Record<string, SeriousOffenceKind> = {
  acquisitive_violence: 'robbery',
  firearms_most_serious: 'firearms',
  firearms_other: 'firearms',
  weapons_non_firearm: 'weapon',
}

const actuarialOf = (o: CaseRecord['events'][number]['offences'][number]) => {
  const found = categoryOf(o, 'actuarial')
  return 'category' in found ? found.category : null
}

export function dynamicInputsFor(
  record: CaseRecord,
  currentCategory: string | null,
  assessment: CaseAssessment,
): DynamicInputs {
  const { label } = assessment
  const inputs: Record<string, DynamicInput> = {}
  for (const name of ASKED) {
    const value = assessment.items[name]
    inputs[name] =
      value === undefined
        ? { value: null, source: `not answered (or not known) in ${label}` }
        : { value, source: assessment.sources[name] ?? label }
  }
  const weaponUsed = currentCategory !== null && WEAPON_CATEGORIES.has(currentCategory)
  inputs.weaponUsed = {
    value: weaponUsed,
    source: `not asked by the assessment: from the current offence category (${currentCategory ?? 'not known'}), ${weaponUsed ? 'a weapon offence' : 'not a weapon offence, so counted as no'}`,
  }
  // Every conviction before the latest one: the current offence is not a previous conviction.
  const convicted = record.events
    .filter((e) => e.convictionDate)
    .sort(
      (a, b) =>
        (a.convictionDate as string).localeCompare(b.convictionDate as string) ||
        a.eventNumber - b.eventNumber,
    )
  const previous: Partial<Record<SeriousOffenceKind, boolean>> = {}
  const seen: string[] = []
  for (const event of convicted.slice(0, -1))
    for (const offence of event.offences) {
      const kind = PREVIOUS_BY_CATEGORY[actuarialOf(offence) ?? '']
      if (kind && !previous[kind]) {
        previous[kind] = true
        seen.push(`${kind} (event ${event.eventNumber})`)
      }
    }
  inputs.previousConvictions = {
    value: Object.keys(previous),
    source: `from the record's earlier convictions: ${seen.length ? seen.join(', ') : 'no robbery, firearms or weapon offence'}; homicide, wounding/GBH, kidnapping, aggravated burglary, arson and criminal damage endangering life are not told apart by the offence categories, so counted as no`,
  }
  inputs.drugs = {
    value: [],
    source: 'which drugs are misused is not asked by the assessment: counted as none',
  }
  const notAsked = 'not asked by the assessment: counted as no (OVP may understate by 4 points)'
  inputs.doesNotRecogniseImpactOnOthers = { value: false, source: notAsked }
  inputs.currentPsychiatricTreatment = { value: false, source: notAsked }
  return {
    assessment: { id: assessment.assessmentId, label, completedOn: assessment.completedOn },
    items: { ...assessment.items, weaponUsed, previousConvictions: previous, drugs: {} },
    ovp: { doesNotRecogniseImpactOnOthers: false, currentPsychiatricTreatment: false },
    inputs,
  }
}

/** One case scored: the record's inputs with corrections laid over, and the assessment's items if any. */
export function scoreCase(
  record: CaseRecord,
  corrections: readonly Correction[],
  today: string,
  sets: CaseCoefficientSets,
  assessment: CaseAssessment | null,
) {
  const inputs = applyCorrections(inputsFromRecord(record, today), corrections)
  const category = inputs.actuarialOffenceCategory.value as string | null
  const dynamic = assessment ? dynamicInputsFor(record, category, assessment) : null
  return { inputs, dynamic, computed: computeCasePredictors(inputs, sets, dynamic) }
}
