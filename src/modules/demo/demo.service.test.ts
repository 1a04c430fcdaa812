import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices } from '../../../test/harness'
import { holdsPeople } from '../people'
import { findOffenceCode } from '../sentences'
import { seedDemoData } from '.'

describe('seeding the demo data', async () => {
  const services = await testServices()
  const { db } = services.database
  const count = async (table: 'people' | 'events' | 'registers' | 'staff' | 'regions') =>
    Number((await db.selectFrom(table).select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)

  it('loads the organisation, then people with events and registers, in batches, through the modules', async () => {
    assert.equal(await holdsPeople(db), false)
    const progress: number[] = []
    const result = await seedDemoData(services, systemActor, {
      people: 250,
      seed: 5,
      batchSize: 100,
      onProgress: (done) => progress.push(done),
    })
    assert.deepEqual(progress, [100, 200, 250])
    assert.equal(result.people, 250)
    assert.equal(await count('people'), 250)
    assert.equal(await count('events'), result.events)
    assert.equal(await count('registers'), result.registers)
    assert.ok(result.events >= 250, `${result.events} events`)
    assert.equal(await count('regions'), 12)
    assert.equal(await count('staff'), result.organisation?.staff.length)
    assert.equal(await holdsPeople(db), true)
    const imported = await services.audit.entriesFor(db, { limit: 100_000 })
    assert.equal(imported.filter((e) => e.action === 'person.imported').length, 250)
    assert.equal(imported.filter((e) => e.action === 'event.created').length, result.events)
  })

  it('gives the people offence histories with real Home Office codes, sentences and registers', async () => {
    const events = await services.sentences.listEvents(systemActor, 'A000001')
    assert.ok(events.length >= 1)
    for (const event of events) {
      assert.ok(event.offences.every((o) => findOffenceCode(o.homeOfficeCode)))
      assert.ok(event.disposal, 'every demo event has a disposal')
    }
    const requirements = await db.selectFrom('requirements').select('type').execute()
    assert.ok(
      requirements.some((r) => r.type === 'unpaid_work') && requirements.some((r) => r.type === 'rar'),
    )
    const registerTypes = new Set(
      (await db.selectFrom('registers').select('type').execute()).map((r) => r.type),
    )
    for (const type of ['rosh', 'domestic_abuse_perpetrator']) assert.ok(registerTypes.has(type), type)
  })

  it('adds more people on a second run, keeping the organisation already there', async () => {
    const staff = await count('staff')
    const result = await seedDemoData(services, systemActor, { people: 20, seed: 6 })
    assert.equal(result.organisation, null)
    assert.equal(await count('staff'), staff)
    assert.equal(await count('people'), 270)
  })
})
