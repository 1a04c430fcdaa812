// The predictors module: pure, explained risk predictors (issue 6), and the same computed in the case
// from the record, with corrections and history.
import type { PersonOwnedRows } from '../../platform/db/person-rows'
import { dynamicItemsForPerson } from '../assessment'
import { type CasePredictors, DEFAULT_CASE_COEFFICIENT_SETS } from './case-predictors.rules'
import { scoreCase } from './dynamic-inputs.rules'
import type { CaseInputs } from './predictor-inputs.rules'
import { loadCorrections, loadRecords } from './predictors.repository'

export type { ActuarialOffenceCategory } from './actuarial-categories'
export { actuarialOffenceCategories } from './actuarial-categories'
// In the case: inputs derived from the record, corrections, history (predictors.service.ts).
export {
  type CaseCoefficientSets,
  DEFAULT_CASE_COEFFICIENT_SETS,
  type PredictorOutcome,
} from './case-predictors.rules'
export { casePredictorsOutput, correctionInput, predictorHistoryOutput } from './case-predictors.schema'
export type { PredictorVersion, Sex } from './common.rules'
export { exactDecimal, percentOf, roundDouble, roundHalfUp } from './decimal'
export type { DynamicItems } from './dynamic-items'
export type { LogisticPredictorInput, LogisticPredictorResult } from './logistic-predictor.rules'
export { calculateArp, calculateSvrp, calculateVrp, type OasysRResult } from './oasys-r.rules'
export { type OffenceMapping, type OffenceMappingEntry, offenceCategoryFor } from './offence-mapping.rules'
export { offenceMappingEntries } from './offence-mapping.table'
export {
  type Ogrs3CoefficientSet,
  type Ogrs3OffenceCategory,
  ogrs3CoefficientSets,
  ogrs3OffenceCategories,
} from './ogrs3.coefficients'
export { calculateOgrs3, type Ogrs3Input, type Ogrs3Result, ogrs3Band } from './ogrs3.rules'
export { calculateIic, calculateOspDc, type SexualHistory } from './osp.rules'
export { calculateOgp, calculateOvp, type OgpInput, type OvpInput } from './points.rules'
export type { CaseInput, CaseInputs, InputName } from './predictor-inputs.rules'
export { predictorCalculators } from './predictors.calculators'
// The rows that follow the person when two records of one person are merged (src/services.ts). Score
// history and corrections both move: corrections keep their seq, so where both records corrected the same
// input the later correction wins, as it would on one record.
export const personOwnedRows: PersonOwnedRows[] = [
  { key: 'predictorScores', table: 'predictor_scores' },
  { key: 'predictorCorrections', table: 'predictor_corrections' },
]
export {
  type CasePredictorsView,
  createPredictorsService,
  type PredictorsService,
} from './predictors.service'
export { type CsrpResult, calculateCsrp, calculateRsr, type RsrInput, type RsrResult } from './serious.rules'
export { type SnsvCoefficientSet, snsvCoefficientSets } from './snsv.coefficients'

/**
 * Each person's predictors as the record and the latest completed assessment stand (corrections
 * applied; dynamic versions with an assessment), for tiering: no permission check, no audit entry and
 * no history row, because the caller's use case does those.
 */
export async function currentPredictors(
  db: Parameters<typeof loadRecords>[0],
  personIds: string[],
  today: string,
): Promise<Map<string, { inputs: CaseInputs; predictors: CasePredictors['predictors'] }>> {
  const records = await loadRecords(db, personIds)
  const corrections = await loadCorrections(db, personIds)
  const out = new Map<string, { inputs: CaseInputs; predictors: CasePredictors['predictors'] }>()
  for (const [id, record] of records) {
    const assessment = await dynamicItemsForPerson(db, id)
    const s = scoreCase(record, corrections.get(id) ?? [], today, DEFAULT_CASE_COEFFICIENT_SETS, assessment)
    out.set(id, { inputs: s.inputs, predictors: s.computed.predictors })
  }
  return out
}
