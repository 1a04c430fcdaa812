import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { systemActor, testServices } from '../../test/harness'
import { DEMO_CREDENTIALS_FILE, DEMO_TEAM, prepareDemo } from './demo'

describe('serve --demo', async () => {
  const services = await testServices()
  const { db } = services.database
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openprobation-demo-'))
  const previous = process.env.DATA_DIR
  process.env.DATA_DIR = dataDir
  after(() => {
    if (previous === undefined) delete process.env.DATA_DIR
    else process.env.DATA_DIR = previous
    fs.rmSync(dataDir, { recursive: true, force: true })
  })
  const people = async () =>
    Number((await db.selectFrom('people').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)

  it('on an empty database loads the demo data and makes one sign-in per role, kept in a private file', async () => {
    await prepareDemo(services, { people: 40 })
    assert.equal(await people(), 40)
    const file = path.join(dataDir, DEMO_CREDENTIALS_FILE)
    assert.equal(fs.statSync(file).mode & 0o777, 0o600)
    const text = fs.readFileSync(file, 'utf8')
    for (const role of ['practitioner', 'spo', 'admin', 'court', 'analyst', 'partner'])
      assert.match(text, new RegExp(`^demo\\.${role}  \\S+  ${role}`, 'm'))
  })

  it('links the demo practitioner to a probation officer of the demo team, and the SPO to its manager', async () => {
    const staff = await services.organisation.listStaff(systemActor, { teamCode: DEMO_TEAM })
    for (const [username, grade] of [
      ['demo.practitioner', 'PO'],
      ['demo.spo', 'SPO'],
    ] as const) {
      const token = await services.access.createToken(systemActor, username)
      const actor = await services.access.authenticateToken(token, 'test', null)
      const member = staff.find((s) => s.code === actor.staffCode)
      assert.equal(member?.grade, grade, `${username} is linked to ${actor.staffCode}`)
    }
  })

  it('on a database that already holds people loads nothing more', async () => {
    await prepareDemo(services, { people: 40 })
    assert.equal(await people(), 40)
  })
})
