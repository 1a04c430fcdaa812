// The predictor scores of a case as the page shows them: each score with its band, or what it still
// needs; and every input with its value and where it came from, corrections included ("every score
// shows its inputs and how it was reached").
import type { CasePredictorsView } from '../../../modules/predictors'
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

export function predictorsOf(view: CasePredictorsView) {
  const scores = Object.entries(view.predictors).map(([name, outcome]) => {
    const base = { name: PREDICTORS[name] ?? name.toUpperCase() }
    switch (outcome.status) {
      case 'computed': {
        const r = outcome.result as Result
        const band = r.band ? { text: words(r.band), classes: BAND_TAGS[r.band] ?? 'govuk-tag--grey' } : null
        return { ...base, score: scoreText(r), band, note: 'Static version, from the record' }
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
  return {
    scores,
    inputs,
    dynamic: view.dynamic,
    assessmentDate: formatDate(view.assessmentDate),
    computedAt: formatDateTime(view.computedAt),
    coefficientSets: `OGRS3 ${view.coefficientSets.ogrs3} coefficients, SNSV ${view.coefficientSets.snsv} coefficients, rules ${view.rulesVersion}`,
  }
}
