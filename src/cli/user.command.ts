import { createInterface } from 'node:readline/promises'
import type { Command } from 'commander'
import { ROLES } from '../platform/actor'
import { readStdin, withServices } from './context'

export function registerUser(program: Command) {
  const user = program.command('user').description('manage users')
  user
    .command('add')
    .description('add a user; the password is read from standard input, or asked for on a terminal')
    .requiredOption('--username <username>', 'the sign-in name')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--staff <code>', 'link the user to a staff member (their caseload)')
    .option('--name <display name>', 'the name shown in the app')
    .option('--email <address>', 'how a first single sign-on finds the user (else their staff email)')
    .option(
      '--scope <type:code>',
      'where the role applies: national (default), region:CODE, pdu:CODE or team:CODE',
    )
    .action(
      async (options: {
        username: string
        role: string
        staff?: string
        name?: string
        scope?: string
        email?: string
      }) => {
        const password = await readPassword()
        const [scopeType, scopeCode] = (options.scope ?? 'national').split(':')
        await withServices('user add', async ({ services, actor }) => {
          const added = await services.access.addUser(actor, {
            username: options.username,
            role: options.role,
            password,
            displayName: options.name,
            staffCode: options.staff,
            email: options.email,
            scopeType,
            scopeCode,
          })
          process.stdout.write(`Added ${added.username} (${added.role})\n`)
        })
      },
    )
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return (await readStdin()).replace(/\r?\n$/, '')
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true })
  try {
    return await rl.question('Password (at least 12 characters): ')
  } finally {
    rl.close()
  }
}
