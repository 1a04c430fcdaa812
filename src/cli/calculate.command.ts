import type { Command } from 'commander'
import { findCalculator } from '../calculators'
import { runCalculator } from '../platform/calculator'
import { ValidationError } from '../platform/errors'
import { readStdin } from './context'

export function registerCalculate(program: Command) {
  program
    .command('calculate')
    .description('run a calculator on one JSON object or an array read from standard input; JSON out')
    .argument('<name>', 'the calculator, for example ogrs3 or tier')
    .action(async (name: string) => {
      const calculator = findCalculator(name)
      const text = await readStdin()
      let body: unknown
      try {
        body = JSON.parse(text)
      } catch {
        throw new ValidationError(
          [{ path: '', message: 'standard input is not valid JSON' }],
          'The input is not valid JSON',
        )
      }
      process.stdout.write(`${JSON.stringify(runCalculator(calculator, body), null, 2)}\n`)
    })
}
