import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { freshCliDatabaseEnv, runCliProcess } from '../../test/cli'
import { withCliDatabase } from '../../test/cli-database'
import { systemActor } from '../../test/harness'

describe('openprobation export person', async () => {
  const env = await freshCliDatabaseEnv()
  const crn = await withCliDatabase(env, async (services) => {
    const person = await services.people.createPerson(systemActor, {
      firstName: 'Siobhán',
      surname: "O'Neill",
      dateOfBirth: '1988-07-14',
      sex: 'female',
      aliases: [{ firstName: 'Siobhan', surname: 'Kelly' }],
      addresses: [{ status: 'main', streetName: 'Heol y Coed', town: 'Cardiff', postcode: 'CF10 1AA' }],
    })
    await services.sentences.createEvent(systemActor, person.crn, {
      convictionDate: '2025-03-10',
      courtName: "Cardiff Magistrates' Court",
      offences: [{ main: true, homeOfficeCode: '046/00', offenceDate: '2025-01-20' }],
      disposal: {
        type: 'community_order',
        sentenceDate: '2025-03-10',
        length: { value: 12, unit: 'months' },
        requirements: [{ type: 'unpaid_work', unpaidWorkHours: 80 }],
      },
    })
    await services.registers.createRegister(systemActor, person.crn, {
      type: 'rosh',
      level: 'medium',
      registeredDate: '2025-03-12',
    })
    return person.crn
  })

  it('prints everything about the person as JSON and audits the export', async () => {
    const result = await runCliProcess(['export', 'person', crn.toLowerCase()], { env })
    assert.equal(result.code, 0, result.stderr)
    const exported = JSON.parse(result.stdout)
    assert.equal(exported.person.crn, crn)
    assert.equal(exported.person.firstName, 'Siobhán')
    assert.deepEqual(
      exported.person.aliases.map((a: any) => a.surname),
      ['Kelly'],
    )
    assert.equal(exported.person.addresses[0].postcode, 'CF10 1AA')
    assert.equal(exported.events.length, 1)
    assert.equal(exported.events[0].offences[0].homeOfficeCode, '046/00')
    assert.equal(exported.events[0].disposal.requirements[0].unpaidWorkHours, 80)
    assert.equal(exported.registers[0].type, 'rosh')
    assert.ok(exported.history.some((h: any) => h.action === 'person.created'))

    const entries = await withCliDatabase(env, (services) =>
      services.audit.entriesFor(services.database.db, { crn }),
    )
    const exports = entries.filter((e) => e.action === 'person.exported')
    assert.equal(exports.length, 1)
    assert.equal(exports[0]?.source, 'cli')
    assert.equal(exports[0]?.actor.kind, 'system')
  })

  it('says so, exits non-zero and audits nothing for an unknown CRN', async () => {
    const result = await runCliProcess(['export', 'person', 'Z999999'], { env })
    assert.equal(result.code, 1)
    assert.match(result.stderr, /No person Z999999 was found/)
    assert.equal(result.stdout, '')
    const entries = await withCliDatabase(env, (services) =>
      services.audit.entriesFor(services.database.db, { crn: 'Z999999' }),
    )
    assert.equal(entries.length, 0)
  })
})
