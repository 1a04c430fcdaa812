import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import { type PersonInput, validatePersonInput } from './people.schema'

const TODAY = '2026-11-23'

function valid(raw: unknown): PersonInput {
  const result = validatePersonInput(raw, TODAY)
  if (!result.ok) throw new Error(JSON.stringify(result.details))
  return result.value
}

describe('importing many people', async () => {
  const services = await testServices(fixedClock(`${TODAY}T10:00:00Z`))
  const { people, audit } = services
  const { db } = services.database

  it('writes them all in one go, answering CRNs in the order given, each audited', async () => {
    const inputs = Array.from({ length: 250 }, (_, i) =>
      valid({
        firstName: `Person`,
        surname: i % 2 ? 'O’Neill' : 'Smith-Jones',
        sex: 'female',
        dateOfBirth: i % 3 ? '1980-01-01' : undefined,
        postcode: 'M1 1AE',
        aliases: i % 5 ? [] : [{ firstName: 'Alias', surname: `Number-${'x'.repeat(i % 7)}` }],
        addresses: i === 7 ? [{ status: 'previous', streetName: 'Old Road' }] : undefined,
        circumstances: i === 9 ? [{ kind: 'reasonable_adjustment', type: 'large print' }] : undefined,
        pnc: i === 0 ? '2001/0123456F' : undefined,
      }),
    )
    const actor = userActor(['practitioner'])
    const created = await people.importPeople(actor, inputs)
    assert.equal(created.length, 250)
    assert.equal(new Set(created.map((c) => c.crn)).size, 250)
    const numbers = created.map((c) => c.crn)
    assert.deepEqual([...numbers].sort(), numbers, 'CRNs follow the order of the inputs')

    const first = await people.getPerson(actor, created[0]?.crn as string)
    assert.equal(first.surname, 'Smith-Jones')
    assert.equal(first.pnc, '2001/0123456F')
    assert.equal(first.dateOfBirth, null)
    assert.equal(first.aliases.length, 1)
    const seventh = await people.getPerson(actor, created[7]?.crn as string)
    assert.deepEqual(
      seventh.addresses.map((a) => [a.status, a.postcode]),
      [
        ['previous', null],
        ['main', 'M1 1AE'],
      ],
    )
    assert.equal(seventh.postcode, 'M1 1AE')
    const ninth = await people.getPerson(actor, created[9]?.crn as string)
    assert.equal(ninth.circumstances[0]?.type, 'large print')
    assert.equal(ninth.surname, 'O’Neill')

    const imported = await audit.entriesFor(db, { crn: created[42]?.crn as string, changesOnly: true })
    assert.deepEqual(
      imported.map((e) => [e.action, e.actor.name]),
      [['person.imported', actor.name]],
    )
    // The history starts with the person as imported.
    const history = await people.personHistory(actor, created[42]?.crn as string)
    assert.equal(history[0]?.version, 1)
    assert.equal(history[0]?.record?.crn, created[42]?.crn)
    const all = await db
      .selectFrom('audit_log')
      .select(db.fn.countAll<number>().as('n'))
      .where('action', '=', 'person.imported')
      .executeTakeFirstOrThrow()
    assert.equal(Number(all.n), 250)
  })

  it('writes nothing at all when any part fails', async () => {
    const before = await db
      .selectFrom('people')
      .select(db.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    const bad = {
      ...valid({ firstName: 'A', surname: 'B', sex: 'male' }),
      sex: 'robot',
    } as unknown as PersonInput
    await assert.rejects(
      people.importPeople(systemActor, [valid({ firstName: 'A', surname: 'B', sex: 'male' }), bad]),
    )
    const after = await db
      .selectFrom('people')
      .select(db.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    assert.equal(Number(after.n), Number(before.n))
  })

  it('imports nothing for an empty list', async () => {
    assert.deepEqual(await people.importPeople(systemActor, []), [])
  })
})
