// Every pure calculator, by name: the list the API (POST /api/v1/calculators/<name>) and the CLI
// (openprobation calculate <name>) serve. Each module defines its own with defineCalculator.
import { predictorCalculators } from './modules/predictors'
import { tierCalculator } from './modules/tiering'
import { workloadCalculator } from './modules/workload'
import type { Calculator } from './platform/calculator'
import { DomainError } from './platform/errors'

export const calculators: Calculator[] = [...predictorCalculators, tierCalculator, workloadCalculator]

export function findCalculator(name: string): Calculator {
  const calculator = calculators.find((c) => c.name === name)
  if (!calculator) {
    throw new DomainError(
      'calculator.not_found',
      `There is no calculator called "${name}"; the calculators are ${calculators.map((c) => c.name).join(', ') || 'none yet'}`,
    )
  }
  return calculator
}
