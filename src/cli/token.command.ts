import type { Command } from 'commander'
import { withServices } from './context'

export function registerToken(program: Command) {
  const token = program.command('token').description('manage API tokens')
  token
    .command('create')
    .description('create an API token for a user; prints the token alone, once (only its hash is kept)')
    .requiredOption('--user <username>', 'the user the token acts as')
    .option('--name <name>', 'what the token is for', 'api')
    .action(async (options: { user: string; name: string }) => {
      await withServices('token create', async ({ services, actor }) => {
        process.stdout.write(`${await services.access.createToken(actor, options.user, options.name)}\n`)
      })
    })
}
