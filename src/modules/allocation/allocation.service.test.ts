import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import { DomainError } from '../../platform/errors'
import type { Services } from '../../services'
import { allocationFixture } from './allocation.fixture'
import { createAllocationService } from './index'

const clock = fixedClock('2026-11-23T10:00:00Z')

describe('allocation', async () => {
  const services: Services = await testServices(clock)
  const f = await allocationFixture(services)
  const po = await f.staff('PO', { specialisms: ['domestic_abuse'] })
  const pso = await f.staff('PSO')
  const queueOf = async (teamCode: string) =>
    (await services.allocation.allocationQueue(f.manager, { teamCode })).entries.map((e) => e.crn)
  const code = async (run: () => Promise<unknown>) => {
    try {
      await run()
    } catch (error) {
      return error instanceof DomainError ? error.code : String(error)
    }
    return 'no error'
  }

  it('queues a case when a community order is recorded, for the recording team, with days waiting', async () => {
    const crn = await f.queuedCase()
    const queue = await services.allocation.allocationQueue(f.manager, { teamCode: f.teamCode })
    const entry = queue.entries.find((e) => e.crn === crn)
    assert.equal(entry?.reason, 'sentence')
    assert.equal(entry?.sentenceType, 'community_order')
    assert.equal(entry?.sentenceDate, '2026-11-10')
    assert.equal(entry?.daysWaiting, 0)
    assert.ok(entry?.tier, 'the tier calculated in the same transaction')
    assert.equal(queue.counts.byTeam[f.teamCode], queue.total)
    const team = queue.teams.find((t) => t.teamCode === f.teamCode)
    assert.equal(typeof team?.capacityPercent, 'number', 'the team capacity from the workload module')
    assert.equal(team?.overCapacity, (team?.capacityPercent ?? 0) > 100)
  })

  it('signals a team over capacity', async () => {
    const over = createAllocationService(
      { db: services.database.db, clock, audit: services.audit },
      { teamCapacity: async (_db, codes) => new Map(codes.map((c) => [c, { percent: 104.1 }])) },
    )
    const queue = await over.allocationQueue(f.manager, { teamCode: f.teamCode })
    assert.deepEqual(queue.teams, [{ teamCode: f.teamCode, capacityPercent: 104.1, overCapacity: true }])
  })

  it('does not queue a suspended sentence order without requirements, and a deleted event leaves', async () => {
    const crn = await f.queuedCase({
      type: 'suspended_sentence_order',
      requirements: [],
      length: { value: 12, unit: 'months' },
    })
    assert.ok(!(await queueOf(f.teamCode)).includes(crn))
    const other = await f.queuedCase()
    const [event] = await services.sentences.listEvents(systemActor, other)
    await services.sentences.deleteEvent(systemActor, event?.id as string)
    assert.ok(!(await queueOf(f.teamCode)).includes(other))
  })

  it('refuses the queue to a practitioner and hides a case from those excluded', async () => {
    assert.equal(
      await code(() => services.allocation.allocationQueue(userActor(['practitioner']))),
      'access.forbidden',
    )
    const crn = await f.queuedCase()
    const excluded = await services.access.addUser(systemActor, {
      username: 'excluded.spo',
      password: 'a long password 1',
      role: 'spo',
    })
    await services.restrictions.setCaseRestrictions(systemActor, crn, {
      restrictedTo: [],
      excluded: ['excluded.spo'],
      showAsRestricted: false,
    })
    const them = userActor(['spo'], excluded.id as ReturnType<typeof crypto.randomUUID>)
    const queue = await services.allocation.allocationQueue(them, { teamCode: f.teamCode })
    assert.ok(!queue.entries.some((e) => e.crn === crn))
    assert.equal(queue.total, queue.entries.length)
    assert.equal(await code(() => services.allocation.caseForAllocation(them, crn)), 'person.not_found')
  })

  it('recommends with reasons: high RoSH never to a PSO, specialisms, continuity', async () => {
    const crn = await f.queuedCase()
    await f.rosh(crn, 'high')
    await services.registers.createRegister(systemActor, crn, {
      type: 'domestic_abuse_perpetrator',
      registeredDate: '2026-11-10',
    })
    const view = await services.allocation.caseForAllocation(f.manager, crn)
    assert.equal(view.rosh, 'high')
    const bySc = new Map(view.recommendations.map((r) => [r.staffCode, r]))
    assert.equal(bySc.get(pso)?.suitable, false)
    assert.match(
      bySc.get(pso)?.reasons.find((r) => r.factor === 'grade')?.text ?? '',
      /PSO may not hold high RoSH/,
    )
    assert.equal(bySc.get(po)?.rank, 1, 'the PO with the domestic abuse specialism first')
    assert.ok(bySc.get(po)?.reasons.some((r) => r.factor === 'specialism'))
    assert.ok(!bySc.has(f.manager.staffCode as string), 'the SPO is not offered cases')
    const workload = bySc.get(po)?.reasons.find((r) => r.factor === 'workload')?.text ?? ''
    assert.match(workload, /^Workload \d+\.\d% to \d+\.\d%/, 'before and after, from the workload module')
  })

  it('allocates: rationale required, leaves the queue, books the first appointment, notifies, emits an event', async () => {
    const crn = await f.queuedCase()
    assert.equal(
      await code(() => services.allocation.allocateCase(f.manager, crn, { staffCode: po })),
      'validation.failed',
    )
    const allocation = await services.allocation.allocateCase(f.manager, crn, {
      staffCode: po,
      rationale: 'Capacity and domestic abuse experience',
      oversightNote: 'Check the DA history at induction',
      oversightSensitive: true,
      firstAppointment: { date: '2026-11-26', startTime: '10:00' },
    })
    assert.equal(allocation.staffCode, po)
    assert.equal(allocation.firstAppointment?.date, '2026-11-26')
    assert.ok(!(await queueOf(f.teamCode)).includes(crn))
    const contacts = await services.contacts.listContacts(systemActor, crn)
    assert.ok(contacts.some((c) => c.date === '2026-11-26' && c.staffCode === po))
    const mine = await services.allocation.myNotifications({ ...userActor(['practitioner']), staffCode: po })
    assert.ok(mine.some((n) => n.title === `Case ${crn} allocated to you`))
    const db = services.database.db
    const events = await db
      .selectFrom('domain_events')
      .selectAll()
      .where('type', '=', 'person.community.manager.allocated')
      .execute()
    const payload = events
      .map((e) => e.payload as { crn: string; oversightNote: string | null })
      .find((p) => p.crn === crn)
    assert.equal(payload?.oversightNote, null, 'a sensitive note stays out of the event')
    const audit = await db.selectFrom('audit_log').select('action').where('crn', '=', crn).execute()
    assert.ok(audit.some((a) => a.action === 'case.allocated'))
  })

  it('refuses a second allocation naming who allocated it, and reallocates with a reason', async () => {
    const crn = await f.queuedCase()
    await services.allocation.allocateCase(f.manager, crn, { staffCode: po, rationale: 'first' })
    const second = await services.allocation
      .allocateCase({ ...f.manager, name: 'Other manager' }, crn, { staffCode: pso, rationale: 'second' })
      .catch((e: DomainError) => e)
    assert.ok(second instanceof DomainError)
    assert.equal(second.code, 'record.conflict')
    assert.match(second.message, /allocated to PO Officer\d+ .* by Team manager/)
    const view = await services.allocation.caseForAllocation(f.manager, crn)
    const moved = await services.allocation.reallocateCase(f.manager, crn, {
      staffCode: pso,
      rationale: 'Balance caseloads',
      reason: 'caseload_adjustment',
      version: view.current?.version as number,
    })
    assert.equal(moved.previous?.staffCode, po)
    const after = await services.allocation.caseForAllocation(f.manager, crn)
    assert.equal(after.current?.staffCode, pso)
    assert.equal(after.previousPractitioners[1]?.endReason, 'caseload_adjustment')
    assert.equal(after.recommendations[0]?.staffCode, pso, 'continuity: the current practitioner first')
  })

  it('needs an oversight note for an NQO on a high RoSH case', async () => {
    const nqo = await f.staff('NQO')
    const crn = await f.queuedCase()
    await f.rosh(crn, 'high')
    assert.equal(
      await code(() => services.allocation.allocateCase(f.manager, crn, { staffCode: nqo, rationale: 'x' })),
      'validation.failed',
    )
    assert.equal(
      await code(() => services.allocation.allocateCase(f.manager, crn, { staffCode: pso, rationale: 'x' })),
      'allocation.unsuitable',
    )
    const done = await services.allocation.allocateCase(f.manager, crn, {
      staffCode: nqo,
      rationale: 'x',
      oversightNote: 'Weekly supervision',
    })
    assert.equal(done.needsOversight, true)
  })

  it('queues custody cases as their release approaches', async () => {
    const { crn } = await f.newPerson()
    await services.sentences.createEvent(systemActor, crn, {
      convictionDate: '2025-06-01',
      offences: [{ main: true, homeOfficeCode: '046/00' }],
      disposal: {
        type: 'custody',
        sentenceDate: '2025-06-01',
        length: { value: 2, unit: 'years' },
        releaseDate: '2026-12-20',
        licenceEndDate: '2027-06-01',
        requirements: [],
        licenceConditions: [],
      },
    })
    const queue = await services.allocation.allocationQueue(f.manager)
    assert.equal(queue.entries.find((e) => e.crn === crn)?.reason, 'release', 'release within 56 days')
  })

  it('lets exactly one of many simultaneous allocations succeed', async () => {
    const crn = await f.queuedCase()
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        services.allocation.allocateCase({ ...f.manager, name: `Manager ${i}` }, crn, {
          staffCode: i % 2 ? po : pso,
          rationale: `attempt ${i}`,
        }),
      ),
    )
    const ok = attempts.filter((a) => a.status === 'fulfilled')
    assert.equal(ok.length, 1)
    for (const a of attempts)
      if (a.status === 'rejected')
        assert.equal((a.reason as DomainError).code, 'record.conflict', String(a.reason))
    const current = await services.database.db
      .selectFrom('case_allocations as a')
      .innerJoin('people as p', 'p.id', 'a.person_id')
      .select('a.id')
      .where('p.crn', '=', crn)
      .where('a.ended_at', 'is', null)
      .execute()
    assert.equal(current.length, 1)
  })
})
