// `serve --demo` (docs/DECISIONS.md, 1): on a database holding no people, load the demo data set (the
// organisation and a few thousand people); on one with no users, make one demo sign-in per role, the
// practitioner and the senior probation officer linked to staff of one demo team. The sign-ins are
// printed and kept in DATA_DIR/demo-credentials.txt (mode 600).
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { seedDemoData } from '../modules/demo'
import { holdsPeople } from '../modules/people'
import { Actor, ROLES, type Role } from '../platform/actor'
import { readConfig } from '../platform/config'
import type { Services } from '../services'
import { formatCount, startProgress } from './progress'

export const DEMO_CREDENTIALS_FILE = 'demo-credentials.txt'
export const DEMO_PEOPLE = 3000
/** The demo team whose staff the demo practitioner and manager are (the first team of the demo organisation). */
export const DEMO_TEAM = 'LON01T1'

export async function prepareDemo(services: Services, options: { people?: number } = {}): Promise<void> {
  const config = readConfig()
  const actor = Actor.system('demo-setup', 'cli')
  const file = path.join(config.dataDir, DEMO_CREDENTIALS_FILE)
  if (!(await holdsPeople(services.database.db))) {
    const people = options.people ?? DEMO_PEOPLE
    const progress = startProgress('Loading the demo data', people, { unit: 'people' })
    const result = await seedDemoData(services, actor, {
      people,
      onProgress: (done) => progress.update(done),
    })
    progress.finish(
      `${formatCount(result.people)} people, ${formatCount(result.events)} events and ${formatCount(result.registers)} registers loaded`,
    )
  }
  if (await services.access.hasUsers()) {
    if (fs.existsSync(file)) process.stdout.write(`${fs.readFileSync(file, 'utf8')}(saved in ${file})\n`)
    return
  }
  const links = await demoStaffLinks(services, actor)
  const lines = ['OpenProbation demo sign-ins (username  password  role)']
  for (const role of ROLES) {
    const username = `demo.${role}`
    const password = `${randomBytes(9).toString('base64url')}-demo`
    await services.access.addUser(actor, {
      username,
      password,
      role,
      displayName: `Demo ${role}`,
      ...links[role],
    })
    lines.push(`${username}  ${password}  ${role}${links[role] ? ` (staff ${links[role].staffCode})` : ''}`)
  }
  const token = await services.access.createToken(actor, 'demo.admin', 'demo')
  lines.push('', `API token for demo.admin: ${token}`)
  fs.mkdirSync(config.dataDir, { recursive: true })
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 })
  process.stdout.write(`${lines.join('\n')}\n(saved in ${file})\n`)
}

type StaffLink = { staffCode: string; scopeType: 'team'; scopeCode: string }

/**
 * The practitioner is a probation officer of the demo team and the senior probation officer its
 * manager (an SPO at team scope, docs/DECISIONS.md 18). None when the demo team is not on record.
 */
async function demoStaffLinks(services: Services, actor: Actor): Promise<Partial<Record<Role, StaffLink>>> {
  const staff = await services.organisation.listStaff(actor, { teamCode: DEMO_TEAM })
  const links: Partial<Record<Role, StaffLink>> = {}
  const po = staff.find((s) => s.grade === 'PO')
  const spo = staff.find((s) => s.grade === 'SPO')
  if (po) links.practitioner = { staffCode: po.code, scopeType: 'team', scopeCode: DEMO_TEAM }
  if (spo) links.spo = { staffCode: spo.code, scopeType: 'team', scopeCode: DEMO_TEAM }
  return links
}
