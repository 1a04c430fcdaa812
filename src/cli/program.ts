// The `openprobation` command line: one file per command, errors printed as a message and a
// non-zero exit code, never a stack trace.
import { Command, CommanderError } from 'commander'
import { ConfigError } from '../platform/config'
import { DomainError } from '../platform/errors'
import { commands } from './commands'

export async function runCli(argv: string[]): Promise<number> {
  const program = new Command('openprobation')
    .description('OpenProbation: one case record for probation services')
    .exitOverride()
    .showHelpAfterError()
  for (const register of commands) register(program)
  try {
    await program.parseAsync(argv)
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (error) {
    return reportCliError(error)
  }
}

export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`)
  }
}

function reportCliError(error: unknown): number {
  if (error instanceof CliExit) return error.exitCode
  if (error instanceof CommanderError) return error.exitCode
  if (error instanceof DomainError) {
    process.stderr.write(`openprobation: ${error.message}\n`)
    for (const detail of error.details) {
      process.stderr.write(`  ${detail.path ? `${detail.path}: ` : ''}${detail.message}\n`)
    }
    return 1
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`openprobation: configuration: ${error.message}\n`)
    return 1
  }
  process.stderr.write(
    `openprobation: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`)
  return 1
}
