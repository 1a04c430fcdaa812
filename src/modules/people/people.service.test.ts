import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sql } from 'kysely'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import type { DomainError } from '../../platform/errors'

const practitioner = userActor(['practitioner'])
const spo = userActor(['spo'])

const buildPerson = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Seán',
  surname: 'O’Brien-Smith',
  sex: 'male',
  dateOfBirth: '1990-04-25',
  pnc: '79/163001b',
  niNumber: 'ab 12 34 56 c',
  postcode: 'm1 1ae',
  aliases: [{ firstName: 'Sean', surname: 'OBrien' }],
  // These tests create the same details again and again: each time a different person, on purpose.
  confirmDifferentPerson: true,
  differentPersonReason: 'a test person',
  ...overrides,
})

const code = (expected: string) => (error: DomainError) => {
  assert.equal(error.code, expected)
  return true
}

describe('the person record', async () => {
  const services = await testServices(fixedClock('2026-11-23T10:00:00Z'))
  const { people, audit } = services
  const { db } = services.database
  // The confirmation that a person with the same details is a different one has its own tests (duplicates).
  const actionsFor = async (crn: string) =>
    (await audit.entriesFor(db, { crn }))
      .map((e) => e.action)
      .filter((a) => a !== 'person.confirmed_different')

  it('creates a person with a CRN, version 1, canonical identifiers and the audit entry', async () => {
    const created = await people.createPerson(practitioner, buildPerson())
    assert.match(created.crn, /^[A-Z]\d{6}$/)
    assert.equal(created.version, 1)
    assert.equal(created.surname, 'O’Brien-Smith')
    assert.equal(created.pnc, '1979/0163001B')
    assert.equal(created.niNumber, 'AB123456C')
    assert.equal(created.postcode, 'M1 1AE')
    assert.equal(created.addresses[0]?.status, 'main')
    assert.equal(created.middleNames, null)
    assert.deepEqual(created.aliases, [
      { firstName: 'Sean', middleNames: null, surname: 'OBrien', dateOfBirth: null },
    ])
    const entries = await audit.entriesFor(db, { crn: created.crn })
    assert.deepEqual(
      entries.map((e) => [e.action, e.actor.name]),
      [['person.created', practitioner.name]],
    )
    assert.deepEqual(entries[0]?.data, created)
  })

  it('gives each person a new CRN', async () => {
    const a = await people.createPerson(practitioner, buildPerson())
    const b = await people.createPerson(practitioner, buildPerson())
    assert.notEqual(a.crn, b.crn)
  })

  it('accepts an unknown date of birth and a 16-year-old', async () => {
    const unknown = await people.createPerson(practitioner, buildPerson({ dateOfBirth: undefined }))
    assert.equal(unknown.dateOfBirth, null)
    const young = await people.createPerson(practitioner, buildPerson({ dateOfBirth: '2010-11-23' }))
    assert.equal(young.dateOfBirth, '2010-11-23')
  })

  it('refuses invalid input with every problem, writing nothing', async () => {
    await assert.rejects(
      people.createPerson(practitioner, buildPerson({ pnc: '2001/0123456G', aliases: [{ firstName: 'A' }] })),
      (error: DomainError) => {
        assert.equal(error.code, 'validation.failed')
        assert.deepEqual(error.details.map((d) => d.path).sort(), ['aliases.0.surname', 'pnc'])
        return true
      },
    )
  })

  it('reads a person, auditing the read in the same transaction', async () => {
    const { crn } = await people.createPerson(practitioner, buildPerson())
    const read = await people.getPerson(practitioner, crn.toLowerCase())
    assert.equal(read.crn, crn)
    assert.deepEqual(await actionsFor(crn), ['person.created', 'person.read'])
    await assert.rejects(people.getPerson(practitioner, 'Z999999'), code('person.not_found'))
  })

  it('updates part of a person, replacing the lists given and adding one to the version', async () => {
    const created = await people.createPerson(
      practitioner,
      buildPerson({ circumstances: [{ kind: 'disability', type: 'hearing' }] }),
    )
    const updated = await people.updatePerson(practitioner, created.crn, {
      version: 1,
      surname: 'D’Souza',
      dateOfBirth: null,
      aliases: [
        { firstName: 'Bill', surname: 'Smith' },
        { firstName: 'Will', surname: 'Smith' },
      ],
      postcode: 'SW1A 1AA',
    })
    assert.equal(updated.version, 2)
    assert.equal(updated.surname, 'D’Souza')
    assert.equal(updated.firstName, 'Seán')
    assert.equal(updated.dateOfBirth, null)
    assert.equal(updated.pnc, '1979/0163001B')
    assert.deepEqual(
      updated.aliases.map((a) => a.firstName),
      ['Bill', 'Will'],
    )
    assert.equal(updated.postcode, 'SW1A 1AA')
    assert.equal(updated.addresses.length, 1)
    assert.deepEqual(
      updated.circumstances.map((c) => c.type),
      ['hearing'],
    )
    assert.deepEqual(await people.getPerson(practitioner, created.crn), updated)
  })

  it('refuses a stale version with the current record, and changes nothing', async () => {
    const { crn } = await people.createPerson(practitioner, buildPerson())
    await people.updatePerson(practitioner, crn, { version: 1, firstName: 'Sean' })
    await assert.rejects(
      people.updatePerson(practitioner, crn, { version: 1, firstName: 'Shaun' }),
      (error: any) => {
        assert.equal(error.code, 'record.stale_version')
        assert.equal(error.data.version, 2)
        assert.equal(error.data.firstName, 'Sean')
        return true
      },
    )
    assert.equal((await people.getPerson(practitioner, crn)).firstName, 'Sean')
  })

  it('soft-deletes and restores a person, both audited and reversible', async () => {
    const { crn } = await people.createPerson(practitioner, buildPerson())
    await assert.rejects(people.deletePerson(spo, crn, { version: 9 }), code('record.stale_version'))
    await assert.rejects(people.deletePerson(spo, crn, {}), code('validation.failed'))
    const deleted = await people.deletePerson(spo, crn, { version: 1 })
    assert.equal(deleted.version, 2)
    assert.ok(deleted.deletedAt)
    await assert.rejects(people.getPerson(spo, crn), code('person.not_found'))
    await assert.rejects(
      people.updatePerson(spo, crn, { version: 2, firstName: 'X' }),
      code('person.not_found'),
    )
    await assert.rejects(people.deletePerson(spo, crn, { version: 2 }), code('person.not_found'))
    const row = await db.selectFrom('people').select('deleted_at').where('crn', '=', crn).executeTakeFirst()
    assert.ok(row?.deleted_at, 'the row is still there')

    const restored = await people.restorePerson(spo, crn)
    assert.equal(restored.version, 3)
    assert.equal(restored.deletedAt, null)
    assert.equal((await people.getPerson(spo, crn)).surname, 'O’Brien-Smith')
    await assert.rejects(people.restorePerson(spo, crn), code('person.not_deleted'))
    assert.deepEqual(
      (await actionsFor(crn)).filter((a) => a !== 'person.read'),
      ['person.created', 'person.deleted', 'person.restored'],
    )
  })

  it('gives every version of the record as history', async () => {
    const { crn } = await people.createPerson(practitioner, buildPerson())
    await people.updatePerson(practitioner, crn, { version: 1, firstName: 'Sean' })
    await people.deletePerson(spo, crn, { version: 2 })
    await assert.rejects(people.personHistory(practitioner, crn), code('person.not_found'))
    await people.restorePerson(spo, crn, { version: 3 })
    const history = await people.personHistory(practitioner, crn)
    assert.deepEqual(
      history.map((h) => [h.version, h.action, h.record?.firstName, Boolean(h.record?.deletedAt)]),
      [
        [1, 'person.created', 'Seán', false],
        [2, 'person.updated', 'Sean', false],
        [3, 'person.deleted', 'Sean', true],
        [4, 'person.restored', 'Sean', false],
      ],
    )
    assert.equal(history[1]?.actor.name, practitioner.name)
    assert.equal((await actionsFor(crn)).at(-1), 'person.read') // reading the history is audited
  })

  it('leaves no audit entry and no change when an update fails part-way', async () => {
    const { crn } = await people.createPerson(practitioner, buildPerson())
    // Fails at commit, after the change and its audit entry were written inside the transaction.
    await sql`
      create function refuse_boom() returns trigger language plpgsql as $$
        begin raise exception 'boom'; end $$;
      create constraint trigger refuse_boom after update on people deferrable initially deferred
        for each row when (new.first_name = 'Boom') execute function refuse_boom();
    `.execute(db)
    await assert.rejects(people.updatePerson(practitioner, crn, { version: 1, firstName: 'Boom' }), /boom/)
    assert.deepEqual(await actionsFor(crn), ['person.created'])
    const current = await people.getPerson(practitioner, crn)
    assert.equal(current.version, 1)
    assert.equal(current.firstName, 'Seán')
  })

  it('refuses people without the permission', async () => {
    const { crn } = await people.createPerson(systemActor, buildPerson())
    for (const role of ['analyst', 'partner'] as const) {
      const actor = userActor([role])
      await assert.rejects(people.createPerson(actor, buildPerson()), code('access.forbidden'))
      await assert.rejects(people.getPerson(actor, crn), code('access.forbidden'))
      await assert.rejects(people.updatePerson(actor, crn, { version: 1 }), code('access.forbidden'))
      await assert.rejects(people.personHistory(actor, crn), code('access.forbidden'))
      await assert.rejects(people.importPeople(actor, []), code('access.forbidden'))
    }
    await assert.rejects(people.deletePerson(practitioner, crn, { version: 1 }), code('access.forbidden'))
    await assert.rejects(people.restorePerson(practitioner, crn), code('access.forbidden'))
    assert.deepEqual(await actionsFor(crn), ['person.created'])
  })
})
