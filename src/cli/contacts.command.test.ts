import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { freshCliDatabaseEnv, runCliProcess } from '../../test/cli'
import { withCliDatabase } from '../../test/cli-database'
import { systemActor } from '../../test/harness'
import { addDays } from '../modules/contacts'
import { contactsFixture } from '../modules/contacts/contacts.fixture'

describe('openprobation contacts due', async () => {
  const env = await freshCliDatabaseEnv()
  const { crn, team } = await withCliDatabase(env, async (services) => {
    const fx = contactsFixture(services)
    const team = await fx.newTeam()
    const staffCode = await fx.newStaff('PO', team)
    const { crn } = await fx.newPerson()
    await services.contacts.recordContact(systemActor, crn, {
      type: 'office_visit',
      date: addDays(services.clock.today(), -3),
      startTime: '10:00',
      endTime: '11:00',
      location: 'Leeds, "main" office',
      staffCode,
    })
    return { crn, team }
  })

  it('prints a team’s appointments awaiting an outcome as CSV', async () => {
    const result = await runCliProcess(['contacts', 'due', '--team', team], { env })
    assert.equal(result.code, 0, result.stderr)
    const [header, first] = result.stdout.trim().split('\n')
    assert.equal(header, 'kind,crn,name,date,type,staff_code,days_overdue')
    assert.match(
      first ?? '',
      new RegExp(`^awaiting_outcome,${crn},Aoife Byrne,\\d{4}-\\d{2}-\\d{2},Office appointment,N07A001,3$`),
    )
  })

  it('gives JSON with the counts, and refuses a call naming neither a team nor a practitioner', async () => {
    const json = await runCliProcess(['contacts', 'due', '--staff', 'n07a001', '--json'], { env })
    assert.equal(json.code, 0, json.stderr)
    assert.equal(JSON.parse(json.stdout).counts.awaitingOutcome, 1)
    const neither = await runCliProcess(['contacts', 'due'], { env })
    assert.equal(neither.code, 2)
    assert.match(neither.stderr, /Give either --team CODE or --staff CODE/)
  })
})
