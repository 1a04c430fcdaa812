// `openprobation seed --people N [--seed S]`: loads the deterministic demo data set (the organisation
// once, then N people with their events and registers) through the modules' bulk functions, with
// progress, and prints the rate achieved.
import type { Command } from 'commander'
import { DEFAULT_SEED, seedDemoData } from '../modules/demo'
import { ValidationError } from '../platform/errors'
import { withServices } from './context'
import { formatCount, startProgress } from './progress'

export function registerSeed(program: Command) {
  program
    .command('seed')
    .description(
      'load demo data: an organisation, then N people with offence histories, sentences and registers',
    )
    .requiredOption('--people <n>', 'how many people to add')
    .option('--seed <s>', 'the random seed: the same seed gives the same people', String(DEFAULT_SEED))
    .option('--batch <n>', 'people per transaction', '5000')
    .action(async (options: { people: string; seed: string; batch: string }) => {
      const people = wholeNumber(options.people, '--people', 0)
      const seed = wholeNumber(options.seed, '--seed', 0)
      const batchSize = wholeNumber(options.batch, '--batch', 1)
      await withServices('seed', async ({ services, actor }) => {
        const progress = startProgress('Seeding', people, { unit: 'people' })
        const result = await seedDemoData(services, actor, {
          people,
          seed,
          batchSize,
          onProgress: (done) => progress.update(done),
        })
        progress.finish(`${formatCount(result.people)} people in ${(result.elapsedMs / 1000).toFixed(1)}s`)
        const organisation = result.organisation
          ? `${result.organisation.regions.length} regions, ${result.organisation.probationDeliveryUnits.length} delivery units, ` +
            `${result.organisation.teams.length} teams and ${formatCount(result.organisation.staff.length)} staff, then `
          : ''
        process.stdout.write(
          `Seeded ${organisation}${formatCount(result.people)} people with ${formatCount(result.events)} events and ` +
            `${formatCount(result.registers)} registers (seed ${seed}) in ${(result.elapsedMs / 1000).toFixed(1)}s: ` +
            `${formatCount(result.peoplePerSecond)} people/s\n`,
        )
      })
    })
}

function wholeNumber(text: string, option: string, min: number): number {
  const n = Number(text)
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min)
    throw new ValidationError(
      [{ path: option, message: `must be a whole number of at least ${min}` }],
      `${option} must be a whole number`,
    )
  return n
}
