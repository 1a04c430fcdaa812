// `serve --demo` (docs/DECISIONS.md, 1): on an empty database, load the demo data set and make one demo
// sign-in per role; print them and keep them in DATA_DIR/demo-credentials.txt (mode 600).
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Actor, ROLES } from '../platform/actor'
import { readConfig } from '../platform/config'
import type { Services } from '../services'

export const DEMO_CREDENTIALS_FILE = 'demo-credentials.txt'

export async function prepareDemo(services: Services): Promise<void> {
  const config = readConfig()
  const actor = Actor.system('demo-setup', 'cli')
  const file = path.join(config.dataDir, DEMO_CREDENTIALS_FILE)
  if (await services.access.hasUsers()) {
    if (fs.existsSync(file)) process.stdout.write(`Demo sign-ins are in ${file}\n`)
    return
  }
  const lines = ['OpenProbation demo sign-ins (username  password  role)']
  for (const role of ROLES) {
    const username = `demo.${role}`
    const password = randomBytes(9).toString('base64url')
    await services.access.addUser(actor, {
      username,
      password: `${password}-demo`,
      role,
      displayName: `Demo ${role}`,
    })
    lines.push(`${username}  ${password}-demo  ${role}`)
  }
  const token = await services.access.createToken(actor, 'demo.admin', 'demo')
  lines.push('', `API token for demo.admin: ${token}`)
  fs.mkdirSync(config.dataDir, { recursive: true })
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 })
  process.stdout.write(`${lines.join('\n')}\n(saved in ${file})\n`)
}
