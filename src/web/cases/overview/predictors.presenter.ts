// The predictor scores of a case as the page shows them: each score with its band, or what it still
// needs; and every input with its value and where it came from, corrections included ("every score
// shows its inputs and how it was reached"). With a completed assessment the dynamic versions lead,
// each with its static version (the record alone) beside it, and the assessment's items are listed.
import type { CasePredictorsView, PredictorOutcome } from '../../../modules/predictors'
import { formatDate, formatDateTime, words } from '../format'

const PREDICTORS: Record<string, string> = {
  ogrs3: 'OGRS3 (proven reoffending)',
  rsr: 'RSR (serious reoffending)',
  arp: 'ARP (all reoffending)',
  vrp: 'VRP (violent reoffending)',
  svrp: 'SVRP (serious violent reoffending)',
  csrp: 'CSRP (combined serious reoffending)',
  ogp: 'OGP (general reoffending, OASys)',
  ovp: 'OVP (violent reoffending, OASys)',
}

const INPUTS: Record<string, string> = {
  sex: 'Sex used for scoring',
  ageAtStartOfFollowUp: 'Age at start of follow-up',
  ageAtCurrentConviction: 'Age at current conviction',
  ageAtFirstSanction: 'Age at first sanction',
  totalSanctions: 'Total sanctions',
  violentSanctions: 'Violent sanctions',
  offenceCategory: 'Offence category (OGRS3)',
  actuarialOffenceCategory: 'Offence category (ARP family)',
  offenceFreeMonths: 'Offence-free months',
  contactAdultSanctions: 'Contact sexual sanctions (adult)',
  contactChildSanctions: 'Contact sexual sanctions (child)',
  indecentImageSanctions: 'Indecent image sanctions',
  nonContactSanctions: 'Non-contact sexual sanctions',
  ageAtMostRecentSexualSanction: 'Age at most recent sexual sanction',
  currentOffenceAgainstStranger: 'Current offence against a stranger',
}

const ITEMS: Record<string, string> = {
  noFixedAbodeOrTransient: 'No fixed abode or transient (3.3)',
  accommodationSuitability: 'Suitability of accommodation (3.4)',
  unemployed: 'Unemployed (4.2)',
  livingWithPartner: 'Living with a partner (6.8)',
  partnerRelationship: 'Relationship with partner (6.4)',
  domesticAbusePerpetrator: 'Domestic abuse perpetrator (6.7)',
  activitiesEncourageOffending: 'Activities encourage offending (7.2)',
  currentDrugUse: 'Currently misusing drugs (8.1)',
  motivationToTackleDrugMisuse: 'Motivation to tackle drug misuse (8.8)',
  currentAlcoholUse: 'Current alcohol use (9.1)',
  bingeDrinking: 'Binge drinking (9.2)',
  impulsivity: 'Impulsivity (11.2)',
  temperControl: 'Temper control (11.4)',
  problemSolving: 'Problem-solving skills (11.6)',
  awarenessOfConsequences: 'Awareness of consequences (11.7)',
  understandsOthersViews: "Understands other people's views (11.9)",
  proCriminalAttitudes: 'Pro-criminal attitudes (12.1)',
  weaponUsed: 'Weapon carried or used (2.2)',
  previousConvictions: 'Previous serious convictions',
  drugs: 'Drugs misused',
  doesNotRecogniseImpactOnOthers: 'Does not recognise the impact on others',
  currentPsychiatricTreatment: 'Current psychiatric treatment',
}

const BAND_TAGS: Record<string, string> = {
  low: 'govuk-tag--green',
  medium: 'govuk-tag--yellow',
  high: 'govuk-tag--orange',
  very_high: 'govuk-tag--red',
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return 'Not known'
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (typeof value === 'string') return words(value)
  if (Array.isArray(value)) return value.length ? value.map((v) => words(String(v))).join(', ') : 'None'
  return String(value)
}

interface Result {
  percent?: number
  oneYearPercent?: number
  twoYearPercent?: number
  band?: string
}

function scoreText(r: Result): string {
  if (r.twoYearPercent !== undefined) return `${r.oneYearPercent}% in 1 year, ${r.twoYearPercent}% in 2 years`
  return r.percent !== undefined ? `${r.percent}%` : ''
}

function computedNote(
  outcome: Extract<PredictorOutcome, { status: 'computed' }>,
  assessedOn: string,
): string {
  if (outcome.version === 'dynamic') {
    const beside = outcome.staticResult
      ? `; static version (the record alone) ${scoreText(outcome.staticResult as Result)}`
      : ''
    return `Dynamic version, from the record and the assessment of ${assessedOn}${beside}`
  }
  const why = outcome.dynamicProblems?.map((p) => p.message).join('; ')
  return `Static version, from the record${why ? ` (no dynamic version: ${why})` : ''}`
}

export function predictorsOf(view: CasePredictorsView) {
  const assessedOn = view.assessment ? formatDate(view.assessment.completedOn) : ''
  const scores = Object.entries(view.predictors).map(([name, outcome]) => {
    const base = { name: PREDICTORS[name] ?? name.toUpperCase() }
    switch (outcome.status) {
      case 'computed': {
        const r = outcome.result as Result
        const band = r.band ? { text: words(r.band), classes: BAND_TAGS[r.band] ?? 'govuk-tag--grey' } : null
        return { ...base, score: scoreText(r), band, note: computedNote(outcome, assessedOn) }
      }
      case 'needs_input':
        return {
          ...base,
          score: 'Not calculated',
          band: null,
          note: `Needs: ${outcome.missing.map((m) => `${INPUTS[m.input] ?? m.input} (${m.message})`).join('; ')}`,
        }
      case 'refused':
        return {
          ...base,
          score: 'Not calculated',
          band: null,
          note: outcome.problems.map((p) => `${p.path ? `${p.path}: ` : ''}${p.message}`).join('; '),
        }
      default:
        return { ...base, score: 'Not calculated', band: null, note: outcome.message }
    }
  })
  const inputs = Object.entries(view.inputs).map(([name, input]) => ({
    name: INPUTS[name] ?? name,
    value: valueText(input.value),
    source: input.source,
    problem: input.problem?.message ?? null,
    correction: input.correction
      ? `Corrected by ${input.correction.by.name} on ${formatDateTime(input.correction.at)}: ${input.correction.reason}` +
        (input.fromRecord ? ` (the record gives ${valueText(input.fromRecord.value)})` : '')
      : null,
  }))
  const items = Object.entries(view.dynamicInputs ?? {}).map(([name, input]) => ({
    name: ITEMS[name] ?? name,
    value: valueText(input.value),
    source: input.source,
  }))
  return {
    scores,
    inputs,
    items,
    assessedOn: view.assessment ? assessedOn : null,
    dynamic: view.dynamic,
    assessmentDate: formatDate(view.assessmentDate),
    computedAt: formatDateTime(view.computedAt),
    coefficientSets: `OGRS3 ${view.coefficientSets.ogrs3} coefficients, SNSV ${view.coefficientSets.snsv} coefficients, rules ${view.rulesVersion}`,
  }
}
