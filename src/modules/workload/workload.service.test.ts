// Real-time recalculation through the services: allocating, a tier changing, hours changing and a
// reduction each change the stored figure (today's snapshot) in the writer's own transaction.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import { workloadFixture } from './workload.fixture'

const TODAY = '2026-11-23'

describe('workload recalculation through the services', async () => {
  const services = await testServices(fixedClock('2026-11-23T10:00:00Z'))
  const db = services.database.db
  const f = workloadFixture(services)
  const team = await f.newTeam()
  const sam = await f.newStaff(team, 'PO', 37)
  const spo = { ...userActor(['spo']), staffCode: null }
  const snapshot = async () =>
    db
      .selectFrom('workload_snapshots')
      .selectAll()
      .where('staff_code', '=', sam)
      .where('snapshot_date', '=', TODAY)
      .executeTakeFirst()
  const recalculate = (trigger: string) =>
    db
      .transaction()
      .execute((trx) => services.workload.recalculate(trx, systemActor, { staffCodes: [sam] }, trigger))

  it('a case allocated counts once recalculated', async () => {
    await recalculate('test')
    assert.equal((await snapshot())?.points, 0)
    const { personId } = await f.allocate(sam, team, { tier: 'B2' })
    await db
      .transaction()
      .execute((trx) =>
        services.workload.recalculate(trx, systemActor, { personIds: [personId] }, 'case allocated'),
      )
    const row = await snapshot()
    assert.deepEqual(
      [row?.points, row?.available_points, row?.capacity_percent, row?.trigger],
      [115, 2176, '5.3', 'case allocated'],
    )
  })

  it('a tier change recalculates the practitioner holding the case', async () => {
    const { crn } = await f.allocate(sam, team, { tier: 'D0' })
    await recalculate('test')
    const before = (await snapshot())?.points as number
    // A RoSH very high register moves the tier away from the inserted D0.
    await services.registers.createRegister(systemActor, crn, {
      type: 'rosh',
      level: 'very_high',
      registeredDate: '2026-11-01',
    })
    const row = await snapshot()
    assert.equal(row?.trigger, 'tier changed')
    assert.notEqual(row?.points, before)
  })

  it('changing contracted hours changes available points', async () => {
    const staff = await services.organisation.getStaff(systemActor, sam)
    await services.organisation.updateStaff(systemActor, sam, {
      version: staff.version,
      contractedHours: 18.5,
    })
    const row = await snapshot()
    assert.deepEqual([row?.available_points, row?.trigger], [1088, 'hours or grade changed'])
    const again = await services.organisation.getStaff(systemActor, sam)
    await services.organisation.updateStaff(systemActor, sam, { version: again.version, contractedHours: 37 })
    assert.equal((await snapshot())?.available_points, 2176)
  })

  it('a reduction changes available points, expires on its own, and is audited', async () => {
    const added = await services.workload.addReduction(spo, sam, {
      reasonCode: 'trade_union',
      hours: 3.7,
      startDate: '2026-11-01',
      endDate: '2026-12-31',
    })
    assert.equal(added.status, 'active')
    let row = await snapshot()
    assert.deepEqual(
      [row?.available_points, row?.reduction_hours, row?.trigger],
      [1958, '3.70', 'reduction added'],
    )
    // A fixed 20% allowance (NQO) fills in its own hours and end date (9 months).
    const nqo = await services.workload.addReduction(spo, sam, { reasonCode: 'nqo', startDate: '2026-11-01' })
    assert.deepEqual([nqo.percent, nqo.effectiveHours, nqo.endDate], [20, 7.4, '2027-07-31'])
    row = await snapshot()
    assert.equal(row?.available_points, 1523) // trunc(2176 × (37 − 3.7 − 7.4) / 37)
    await services.workload.deleteReduction(spo, nqo.id, { version: nqo.version })
    const scheduled = await services.workload.addReduction(spo, sam, {
      reasonCode: 'other',
      hours: 10,
      startDate: '2027-01-01',
      endDate: '2027-01-31',
    })
    assert.equal(scheduled.status, 'scheduled')
    assert.equal((await snapshot())?.available_points, 1958)
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('target_type', '=', 'workload_reduction')
      .execute()
    assert.deepEqual(
      audit.map((a) => a.action),
      [
        'workload_reduction.added',
        'workload_reduction.added',
        'workload_reduction.deleted',
        'workload_reduction.added',
      ],
    )
    const expired = (await services.workload.listReductions(spo, sam)).find((r) => r.id === added.id)
    assert.equal(expired?.status, 'active')
  })

  it('refuses a reduction above the reason maximum or without an end date, naming the field', async () => {
    await assert.rejects(
      services.workload.addReduction(spo, sam, {
        reasonCode: 'spoc_lead',
        hours: 5,
        startDate: '2026-11-01',
        endDate: '2026-12-01',
      }),
      (e: any) =>
        e.code === 'validation.failed' &&
        e.details[0].path === 'hours' &&
        /at most 5%/.test(e.details[0].message),
    )
    await assert.rejects(
      services.workload.addReduction(spo, sam, { reasonCode: 'other', hours: 5, startDate: '2026-11-01' }),
      (e: any) => e.details[0].path === 'endDate',
    )
    await assert.rejects(
      services.workload.addReduction(userActor(['practitioner']), sam, {
        reasonCode: 'other',
        hours: 1,
        startDate: '2026-11-01',
        endDate: '2026-11-02',
      }),
      (e: any) => e.code.startsWith('access.'),
    )
  })

  it('shows a practitioner their own figure with breakdown and history, and others only to managers', async () => {
    const own = { ...userActor(['practitioner']), staffCode: sam }
    const mine = await services.workload.staffWorkload(own, sam)
    assert.equal(mine.caseCount, 2)
    assert.ok(mine.breakdown.every((l) => l.crn))
    assert.equal(mine.history[0]?.date, TODAY)
    const other = { ...userActor(['practitioner']), staffCode: 'N07A999' }
    await assert.rejects(services.workload.staffWorkload(other, sam), (e: any) =>
      e.code.startsWith('access.'),
    )
    const analyst = await services.workload.staffWorkload(userActor(['analyst']), sam)
    assert.ok(
      analyst.breakdown.every((l) => !l.crn),
      'no CRNs for analysts',
    )
  })

  it('rolls the team up and answers the what-if', async () => {
    const team1 = await services.workload.teamWorkload(spo, team)
    assert.equal(team1.heads, 1)
    assert.equal(team1.fte, 1)
    assert.equal(team1.practitioners[0]?.staffCode, sam)
    const whatIf = await services.workload.whatIf(spo, sam, { tier: 'A3', caseType: 'community' })
    assert.equal(whatIf.pointsAfter, whatIf.points + 206)
    assert.match(whatIf.summary, /^Allocating this case takes Sam Officer\d+ from [\d.]+% to [\d.]+%$/)
  })

  it('keeps administrators versions of reference data with effective dates, audited', async () => {
    const admin = userActor(['admin'])
    const { reference } = await services.workload.workloadReference(admin)
    await services.workload.setReference(admin, 'reports', {
      effectiveFrom: '2026-11-01',
      data: { ...reference.reports, courtStandard: 150 },
    })
    await services.workload.setReference(admin, 'reports', {
      effectiveFrom: '2027-01-01',
      data: { ...reference.reports, courtStandard: 160 },
    })
    assert.equal((await services.workload.workloadReference(admin)).reference.reports.courtStandard, 150)
    assert.equal(
      (await services.workload.workloadReference(admin, '2027-02-01')).reference.reports.courtStandard,
      160,
    )
    assert.equal((await services.workload.referenceVersions(admin, 'reports')).length, 3)
    await assert.rejects(
      services.workload.setReference(admin, 'reports', {
        effectiveFrom: '2026-11-01',
        data: { courtStandard: -1 },
      }),
      (e: any) =>
        e.details.some((d: any) => d.path === 'data.courtStandard') &&
        e.details.some((d: any) => d.path === 'data.courtFast'),
    )
    await assert.rejects(services.workload.setReference(spo, 'reports', {}), (e: any) =>
      e.code.startsWith('access.'),
    )
  })
})
