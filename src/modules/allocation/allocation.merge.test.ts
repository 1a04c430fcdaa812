// Allocations and queue entries through a merge of two records of one person, and its undoing.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sql } from 'kysely'
import { testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import { allocationFixture } from './allocation.fixture'

describe('allocations when two records of one person are merged', async () => {
  const services = await testServices(fixedClock('2026-11-23T10:00:00Z'))
  const { db } = services.database
  const f = await allocationFixture(services)
  const first = await f.staff('PO')
  const second = await f.staff('PO')
  const spo = userActor(['spo'])
  const rows = async (table: 'case_allocations' | 'allocation_queue', crn: string): Promise<any[]> =>
    (
      await sql`select t.* from ${sql.table(table)} t join people p on p.id = t.person_id where p.crn = ${crn}`.execute(
        db,
      )
    ).rows
  const allocate = (crn: string, staffCode: string) =>
    services.allocation.allocateCase(f.manager, crn, { staffCode, rationale: 'Capacity' })
  const merge = async (into: string, from: string) => {
    const { version } = await services.people.getPerson(spo, into)
    await services.people.mergePeople(spo, into, { from, version, reason: 'Same man' })
  }

  it('keeps the survivor’s practitioner, ends the other record’s allocation as history, and undoes it', async () => {
    const survivor = await f.queuedCase()
    const duplicate = await f.queuedCase()
    await allocate(survivor, first)
    await allocate(duplicate, second)
    await merge(survivor, duplicate)
    const after = await rows('case_allocations', survivor)
    assert.equal(after.length, 2, 'both allocations now belong to the survivor')
    const current = after.filter((a) => a.ended_at === null)
    assert.deepEqual(
      current.map((a) => a.staff_code),
      [first],
    )
    assert.equal(after.find((a) => a.staff_code === second)?.end_reason, 'merged')

    await services.people.unmergePeople(spo, duplicate, { reason: 'Brothers' })
    const restored = await rows('case_allocations', duplicate)
    assert.deepEqual(
      restored.map((a) => [a.staff_code, a.ended_at, a.end_reason]),
      [[second, null, null]],
    )
    assert.equal((await rows('case_allocations', survivor)).length, 1)
  })

  it('moves the merged-away record’s allocation to a survivor that has none, and back', async () => {
    const survivor = await f.queuedCase()
    const duplicate = await f.queuedCase()
    await allocate(duplicate, second)
    await merge(survivor, duplicate)
    const current = (await rows('case_allocations', survivor)).filter((a) => a.ended_at === null)
    assert.deepEqual(
      current.map((a) => a.staff_code),
      [second],
    )
    await services.people.unmergePeople(spo, duplicate, { reason: 'Brothers' })
    assert.equal((await rows('case_allocations', survivor)).length, 0)
    assert.equal((await rows('case_allocations', duplicate)).length, 1)
  })

  it('keeps one open queue entry for the person, closing the other record’s and reopening it on unmerge', async () => {
    const survivor = await f.queuedCase()
    const duplicate = await f.queuedCase()
    await merge(survivor, duplicate)
    const entries = await rows('allocation_queue', survivor)
    assert.equal(entries.filter((e) => e.left_at === null).length, 1)
    assert.equal(entries.find((e) => e.left_at !== null)?.left_reason, 'merged')
    await services.people.unmergePeople(spo, duplicate, { reason: 'Brothers' })
    assert.equal((await rows('allocation_queue', duplicate)).filter((e) => e.left_at === null).length, 1)
    assert.equal((await rows('allocation_queue', survivor)).filter((e) => e.left_at === null).length, 1)
  })
})
