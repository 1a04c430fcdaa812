// OGP and OVP in the case: the record's part (OGRS3's 2-year percentage for OGP; sex, age and sanctions
// for OVP) and the assessment's items. Without a completed assessment they say so. Pure.
import { DomainError, type ErrorDetail } from '../../platform/errors'
import type { PredictorOutcome } from './case-predictors.rules'
import type { DynamicInputs } from './dynamic-inputs.rules'
import type { DynamicItems, ItemScore } from './dynamic-items'
import { calculateOgp, calculateOvp } from './points.rules'

/** What OVP reads from the inputs (null: not known). */
export interface PointsRecordValues {
  sex: 'male' | 'female' | null
  ageAtStartOfFollowUp: number | null
  totalSanctions: number | null
  violentSanctions: number | null
}

const OGP_ITEMS = [
  'noFixedAbodeOrTransient',
  'unemployed',
  'activitiesEncourageOffending',
  'currentDrugUse',
  'motivationToTackleDrugMisuse',
  'problemSolving',
  'awarenessOfConsequences',
  'understandsOthersViews',
  'proCriminalAttitudes',
] as const
const OVP_ITEMS = [
  'noFixedAbodeOrTransient',
  'unemployed',
  'currentAlcoholUse',
  'bingeDrinking',
  'temperControl',
  'proCriminalAttitudes',
] as const

function unanswered(items: DynamicItems, names: readonly (keyof DynamicItems)[], d: DynamicInputs) {
  return names
    .filter((name) => items[name] === undefined)
    .map((name) => ({
      path: `dynamic.${name}`,
      message: `is not answered (or not known) in ${d.assessment.label}`,
    }))
}

function run(d: DynamicInputs, problems: ErrorDetail[], compute: () => unknown): PredictorOutcome {
  if (problems.length) return { status: 'refused', problems }
  try {
    return { status: 'computed', version: 'dynamic', result: compute(), assessment: d.assessment.label }
  } catch (error) {
    if (error instanceof DomainError) return { status: 'refused', problems: error.details }
    throw error
  }
}

const score = (s: ItemScore | undefined) => s as ItemScore

export function pointsOutcomes(
  ogrs3: PredictorOutcome,
  v: PointsRecordValues,
  d: DynamicInputs | null,
): { ogp: PredictorOutcome; ovp: PredictorOutcome } {
  if (!d)
    return {
      ogp: {
        status: 'needs_assessment',
        message: 'OGP has no static version: it needs a completed assessment',
      },
      ovp: {
        status: 'needs_assessment',
        message: 'OVP has no static version: it needs a completed assessment',
      },
    }
  const i = d.items
  const ogp: PredictorOutcome =
    ogrs3.status === 'computed'
      ? run(d, unanswered(i, OGP_ITEMS, d), () =>
          calculateOgp({
            ogrs3TwoYearPercent: (ogrs3.result as { twoYearPercent: number }).twoYearPercent,
            noFixedAbodeOrTransient: i.noFixedAbodeOrTransient as boolean,
            unemployed: i.unemployed as boolean,
            activitiesEncourageOffending: score(i.activitiesEncourageOffending),
            // 8.1 is a yes/no question; OASys scores a yes as 2, as it does 4.2 unemployed.
            currentDrugMisuse: i.currentDrugUse ? 2 : 0,
            motivationToTackleDrugMisuse: score(i.motivationToTackleDrugMisuse),
            problemSolving: score(i.problemSolving),
            awarenessOfConsequences: score(i.awarenessOfConsequences),
            understandsOthersViews: score(i.understandsOthersViews),
            proCriminalAttitudes: score(i.proCriminalAttitudes),
          }),
        )
      : ogrs3.status === 'needs_input'
        ? ogrs3 // OGP builds on OGRS3, so it needs what OGRS3 needs
        : {
            status: 'refused',
            problems: [{ path: 'ogrs3', message: 'OGP builds on OGRS3, which is not computed' }],
          }
  const absent = (['sex', 'ageAtStartOfFollowUp', 'totalSanctions', 'violentSanctions'] as const).filter(
    (name) => v[name] === null,
  )
  const ovp: PredictorOutcome = absent.length
    ? {
        status: 'needs_input',
        missing: absent.map((input) => ({ input, message: 'not known from the record' })),
      }
    : run(d, unanswered(i, OVP_ITEMS, d), () =>
        calculateOvp({
          sex: v.sex as 'male' | 'female',
          ageAtStartOfFollowUp: v.ageAtStartOfFollowUp as number,
          totalSanctions: v.totalSanctions as number,
          violentSanctions: v.violentSanctions as number,
          ...d.ovp,
          noFixedAbodeOrTransient: i.noFixedAbodeOrTransient as boolean,
          unemployed: i.unemployed as boolean,
          currentAlcoholUse: score(i.currentAlcoholUse),
          bingeDrinking: score(i.bingeDrinking),
          temperControl: score(i.temperControl),
          proCriminalAttitudes: score(i.proCriminalAttitudes),
        }),
      )
  return { ogp, ovp }
}
