// A pure calculator (predictors, tier), reachable the same way from the API
// (POST /api/v1/calculators/<name>) and the CLI (openprobation calculate <name>): one JSON object or an
// array of them in, the result or an array of results in the same order out (docs/DECISIONS.md, 9).
import type { z } from 'zod'
import { DomainError, type ErrorDetail, ValidationError } from './errors'
import { issuesToDetails } from './validation'

export interface Calculator<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  name: string
  summary: string
  /** A strict zod object: unknown fields are refused. */
  input: I
  output: O
  calculate(input: z.output<I>): z.output<O>
}

export function defineCalculator<I extends z.ZodType, O extends z.ZodType>(c: Calculator<I, O>): Calculator {
  return c as unknown as Calculator
}

/**
 * Runs a calculator over one input or an array of inputs. A batch with any invalid element is refused
 * whole, naming each bad element by index and field; a calculation that refuses its input (a domain
 * rule, such as a first sanction after the current conviction) is reported the same way.
 */
export function runCalculator(calculator: Calculator, body: unknown): unknown {
  const batch = Array.isArray(body)
  const items: unknown[] = batch ? body : [body]
  if (batch && items.length === 0) throw new ValidationError([{ path: '', message: 'the array is empty' }])
  const details: ErrorDetail[] = []
  const results = items.map((item, index) => {
    const prefix = batch ? String(index) : ''
    const parsed = calculator.input.safeParse(item)
    if (!parsed.success) {
      details.push(...issuesToDetails(parsed.error.issues, prefix))
      return undefined
    }
    try {
      return calculator.calculate(parsed.data)
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      const own = error.details.length ? error.details : [{ path: '', message: error.message }]
      details.push(
        ...own.map((d) => ({ path: [prefix, d.path].filter(Boolean).join('.'), message: d.message })),
      )
      return undefined
    }
  })
  if (details.length) throw new ValidationError(details)
  return batch ? results : results[0]
}
