import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import { seedDemoData } from '../demo'

describe('demo allocations', async () => {
  const services = await testServices(fixedClock('2026-11-23T09:00:00Z'))
  const { db } = services.database
  const result = await seedDemoData(services, systemActor, { people: 400, seed: 3 })

  it('allocates most cases that need supervision and leaves a queue', async () => {
    const { allocated, queued } = result.allocation
    assert.ok(queued > 0 && allocated > queued * 4, `${allocated} allocated, ${queued} queued`)
    const queue = await services.allocation.allocationQueue(systemActor)
    assert.equal(queue.total, queued)
    assert.ok(
      queue.entries.some((e) => e.daysWaiting > 0),
      'some cases have waited days',
    )
  })

  it('gives high and very high RoSH cases only to probation officers, and never allocates twice', async () => {
    const rows = await db
      .selectFrom('case_allocations as a')
      .innerJoin('staff as s', 's.code', 'a.staff_code')
      .innerJoin('registers as r', (j) =>
        j.onRef('r.person_id', '=', 'a.person_id').on('r.type', '=', 'rosh'),
      )
      .select(['s.grade', 'r.level'])
      .where('r.level', 'in', ['high', 'very_high'])
      .execute()
    assert.ok(rows.every((r) => r.grade === 'PO'))
    const again = await services.allocation.allocationQueue(systemActor)
    const twice = await seedDemoData(services, systemActor, { people: 0 })
    assert.deepEqual(twice.allocation, { allocated: 0, queued: 0 })
    assert.equal((await services.allocation.allocationQueue(systemActor)).total, again.total)
  })
})
