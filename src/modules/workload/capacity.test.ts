// projectCapacity: the allocation module's view of each candidate's capacity before and after a case.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testServices } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import { projectCapacity } from './capacity'
import { isT2a } from './practitioner.rules'
import { REFERENCE_KINDS, versionsOf } from './reference.repository'
import { referenceKey } from './workload.facts'
import { workloadFixture } from './workload.fixture'
import { SEED_REFERENCE } from './workload.reference'

const TODAY = '2026-11-23'

describe('projectCapacity', async () => {
  const services = await testServices(fixedClock('2026-11-23T10:00:00Z'))
  const f = workloadFixture(services)
  const team = await f.newTeam()
  const sam = await f.newStaff(team, 'PO', 37)
  const pat = await f.newStaff(team, 'PSO', 18.5)
  const spo = await f.newStaff(team, 'SPO', 37)
  for (let i = 0; i < 10; i++) await f.allocate(sam, team, { tier: 'B2' })
  for (let i = 0; i < 5; i++) await f.allocate(sam, team, { tier: 'C2', sentence: 'licence' })
  await f.allocate(pat, team, { tier: 'A3', sentence: 'custody' })
  await f.allocate(pat, team, { tier: 'D1', sentence: 'community', dateOfBirth: '2005-01-01' }) // 21: T2A
  await f.allocate(pat, team, { tier: null })

  it('gives each practitioner their figure now and after the case', async () => {
    const added = { tier: 'B2', caseType: 'community' as const, t2a: false }
    const map = await projectCapacity(services.database.db, [sam, pat, spo, 'NOBODY'], added, TODAY)
    assert.equal(map.size, 3)
    const s = map.get(sam)
    // 10 × 115 + 5 × 65 = 1475 of 2176: 67.8%; +115 = 1590: 73.1%
    assert.deepEqual(
      [
        s?.caseCount,
        s?.points,
        s?.availablePoints,
        s?.capacityPercent,
        s?.pointsAfter,
        s?.capacityPercentAfter,
      ],
      [15, 1475, 2176, 67.8, 1590, 73.1],
    )
    assert.ok(s?.reasons.some((r) => r.includes('67.8% to 73.1%')))
    const p = map.get(pat)
    // custody A3 75 + T2A community D1 13 + untiered 0 = 88 of trunc(2176 × 18.5 / 37) = 1088: 8.1%
    assert.deepEqual([p?.caseCount, p?.points, p?.availablePoints, p?.capacityPercent], [3, 88, 1088, 8.1])
    const m = map.get(spo)
    assert.deepEqual([m?.availablePoints, m?.capacityPercent, m?.capacityPercentAfter], [0, 0, 0])
  })

  it('counts T2A in SQL exactly as isT2a does, at the 18th and 25th birthdays', async () => {
    const kim = await f.newStaff(team, 'PO', 37)
    await f.allocate(kim, team, { tier: 'A3', dateOfBirth: '2008-11-23' }) // 18 today: T2A 75
    await f.allocate(kim, team, { tier: 'A3', dateOfBirth: '2001-11-23' }) // 25 today: standard 206
    await f.allocate(kim, team, { tier: 'A3', dateOfBirth: '2008-11-24' }) // 17: standard 206
    assert.deepEqual(
      [isT2a('2008-11-23', TODAY), isT2a('2001-11-23', TODAY), isT2a('2008-11-24', TODAY)],
      [true, false, false],
    )
    const added = { tier: null, caseType: 'community' as const, t2a: false }
    const map = await projectCapacity(services.database.db, [kim], added, TODAY)
    assert.equal(map.get(kim)?.points, 75 + 206 + 206)
  })

  it('the migration seeds the reference data of workload.reference.ts', async () => {
    for (const kind of REFERENCE_KINDS) {
      const versions = await versionsOf(services.database.db, kind)
      assert.deepEqual(versions.at(-1)?.data, SEED_REFERENCE[referenceKey(kind)], kind)
    }
  })

  it('answers an empty map for no staff', async () => {
    const map = await projectCapacity(
      services.database.db,
      [],
      { tier: null, caseType: 'community', t2a: false },
      TODAY,
    )
    assert.equal(map.size, 0)
  })
})
