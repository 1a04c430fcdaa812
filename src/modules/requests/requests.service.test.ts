import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sql } from 'kysely'
import { systemActor, testServices, userActor } from '../../../test/harness'
import type { Actor, Role } from '../../platform/actor'
import { fixedClock } from '../../platform/clock'
import { DomainError } from '../../platform/errors'
import { contactsFixture } from '../contacts/contacts.fixture'

async function refused(run: Promise<unknown>, code: string) {
  await assert.rejects(run, (e: unknown) => e instanceof DomainError && e.code === code)
}

describe('requests between teams', async () => {
  const s = await testServices(fixedClock('2026-11-23T10:00:00Z'))
  const fx = contactsFixture(s)
  const teamA = await fx.newTeam()
  const teamB = await fx.newTeam()
  const officer = await fx.newStaff('PO', teamA)
  const manager = await fx.newStaff('SPO', teamB)
  const { crn } = await fx.newPerson()
  const order = await fx.newOrder(crn)
  const register = await s.registers.createRegister(systemActor, crn, {
    type: 'rosh',
    level: 'high',
    registeredDate: '2026-11-01',
  })
  const as = (roles: Role[], staffCode: string | null): Actor => ({
    ...userActor(roles),
    staffCode,
  })
  const raiser = as(['practitioner'], officer)
  const decider = as(['practitioner'], manager)
  const bystander = as(['practitioner'], null)
  const escalate = (over: Record<string, unknown> = {}, who = raiser) =>
    s.requests.raiseRequest(who, crn, {
      kind: 'risk_escalation',
      toTeamCode: teamB,
      reason: 'Threats to a former partner reported by the police',
      evidence: [
        { kind: 'register', recordId: register.id },
        { kind: 'event', recordId: order.id },
      ],
      decisionMaker: manager,
      ...over,
    })

  it('raises a risk escalation with evidence labels, a default deadline and a timeline', async () => {
    const r = await escalate()
    assert.equal(r.state, 'raised')
    assert.equal(r.fromTeam.code, teamA, "the raiser's team by default")
    assert.equal(r.toTeam.code, teamB)
    assert.equal(r.deadline, '2026-11-28', 'five days, from the kind')
    assert.deepEqual(
      r.evidence.map((e) => [e.kind, e.href]),
      [
        ['register', `/api/v1/registers/${register.id}`],
        ['event', `/api/v1/events/${order.id}`],
      ],
    )
    assert.match(r.evidence[0]?.label ?? '', /RoSH high since 2026-11-01/)
    assert.deepEqual(
      r.timeline.map((t) => [t.action, t.toState]),
      [['raise', 'raised']],
    )
    assert.equal(r.overdue.overdue, false)
  })

  it('goes raised -> accepted -> done, each step by the named decision-maker and on the timeline', async () => {
    const r = await escalate()
    const accepted = await s.requests.moveRequest(decider, r.id, 'accept', { version: r.version })
    assert.equal(accepted.state, 'accepted')
    const done = await s.requests.moveRequest(decider, r.id, 'complete', { version: accepted.version })
    assert.equal(done.state, 'done')
    assert.deepEqual(
      done.timeline.map((t) => `${t.fromState ?? '-'}>${t.toState}`),
      ['->raised', 'raised>accepted', 'accepted>done'],
    )
    const audit = await sql<{
      action: string
    }>`select action from audit_log where target_id = ${r.id} order by id`.execute(s.database.db)
    assert.deepEqual(
      audit.rows.map((a) => a.action),
      ['request.raised', 'request.accepted', 'request.done'],
    )
  })

  it('declines with a reason, and refuses a decline without one', async () => {
    const r = await escalate()
    await refused(
      s.requests.moveRequest(decider, r.id, 'decline', { version: r.version }),
      'request.reason_required',
    )
    const declined = await s.requests.moveRequest(decider, r.id, 'decline', {
      version: r.version,
      reason: 'Already escalated through MAPPA',
    })
    assert.equal(declined.state, 'declined')
    assert.equal(declined.decisionReason, 'Already escalated through MAPPA')
    await refused(
      s.requests.moveRequest(decider, r.id, 'accept', { version: declined.version }),
      'request.transition_refused',
    )
  })

  it('lets only the raiser withdraw, and only a raised request', async () => {
    const r = await escalate()
    await refused(
      s.requests.moveRequest(decider, r.id, 'withdraw', { version: r.version }),
      'request.not_raiser',
    )
    const withdrawn = await s.requests.moveRequest(raiser, r.id, 'withdraw', { version: r.version })
    assert.equal(withdrawn.state, 'withdrawn')
    await refused(
      s.requests.moveRequest(raiser, r.id, 'withdraw', { version: withdrawn.version }),
      'request.transition_refused',
    )
  })

  it('refuses a decision by someone who is neither the decision-maker nor a manager; a manager may decide', async () => {
    const r = await escalate()
    await refused(
      s.requests.moveRequest(bystander, r.id, 'accept', { version: r.version }),
      'request.not_decision_maker',
    )
    await refused(
      s.requests.moveRequest(raiser, r.id, 'accept', { version: r.version }),
      'request.not_decision_maker',
    )
    const spo = as(['spo'], null)
    assert.equal(
      (await s.requests.moveRequest(spo, r.id, 'accept', { version: r.version })).state,
      'accepted',
    )
  })

  it('refuses a stale version with the current request', async () => {
    const r = await escalate()
    await refused(
      s.requests.moveRequest(decider, r.id, 'accept', { version: r.version + 1 }),
      'record.stale_version',
    )
  })

  it('refuses bad input naming each field, and writes nothing', async () => {
    const before = await s.requests.listRequests(systemActor, { team: teamB })
    await assert.rejects(
      escalate({
        kind: 'nonsense',
        toTeamCode: 'NOPE',
        decisionMaker: 'NOBODY',
        evidence: [{ kind: 'contact', recordId: register.id }],
        deadline: '2026-01-01',
      }),
      (e: unknown) =>
        e instanceof DomainError &&
        e.code === 'validation.failed' &&
        e.details.map((d) => d.path).join() === 'evidence.0.recordId',
    )
    await assert.rejects(
      escalate({ toTeamCode: 'NOPE', decisionMaker: 'NOBODY', deadline: '2026-01-01' }),
      (e: unknown) =>
        e instanceof DomainError &&
        e.details.map((d) => d.path).join() === 'toTeamCode,decisionMaker,deadline',
    )
    await assert.rejects(
      escalate({ kind: 'nonsense' }),
      (e: unknown) => e instanceof DomainError && e.details[0]?.path === 'kind',
    )
    assert.equal((await s.requests.listRequests(systemActor, { team: teamB })).length, before.length)
  })

  it('lists a team’s incoming and outgoing requests, and flags the overdue', async () => {
    const late = await s.requests.raiseRequest(raiser, crn, {
      kind: 'information',
      toTeamCode: teamB,
      reason: 'Previous convictions from Scotland',
      decisionMaker: manager,
      deadline: '2026-11-23',
    })
    const later = fixedClock('2026-11-26T09:00:00Z')
    const { createRequestsService } = await import('./index')
    const tomorrow = createRequestsService({ ...s, db: s.database.db, clock: later })
    const incoming = await tomorrow.listRequests(systemActor, {
      team: teamB,
      direction: 'incoming',
      overdue: 'true',
    })
    assert.ok(incoming.some((r) => r.id === late.id))
    const flagged = incoming.find((r) => r.id === late.id)
    assert.equal(flagged?.overdue.reason, 'deadline 2026-11-23 passed 3 days ago while raised')
    const outgoingOfB = await s.requests.listRequests(systemActor, { team: teamB, direction: 'outgoing' })
    assert.equal(outgoingOfB.length, 0)
    const outgoingOfA = await s.requests.listRequests(systemActor, {
      team: teamA,
      direction: 'outgoing',
      state: 'raised',
    })
    assert.ok(outgoingOfA.every((r) => r.state === 'raised' && r.fromTeam.code === teamA))
  })

  it('hides requests on a case hidden from the caller, like the case', async () => {
    const r = await escalate()
    await s.access.addUser(systemActor, {
      username: 'outsider',
      role: 'admin',
      password: 'correct horse battery',
    })
    const user = await sql<{ id: string }>`select id from users where username = 'outsider'`.execute(
      s.database.db,
    )
    const outsider = { ...as(['admin'], null), id: user.rows[0]?.id as string }
    await s.restrictions.setCaseRestrictions(systemActor, crn, {
      restrictedTo: [],
      excluded: ['outsider'],
      showAsRestricted: false,
    })
    await refused(s.requests.getRequest(outsider, r.id), 'request.not_found')
    const list = await s.requests.listRequests(outsider, { team: teamB })
    assert.equal(list.length, 0)
    await s.restrictions.setCaseRestrictions(systemActor, crn, {
      restrictedTo: [],
      excluded: [],
      showAsRestricted: false,
    })
  })

  it('needs request:raise to raise (court and analyst refused)', async () => {
    await refused(escalate({}, as(['court'], null)), 'access.forbidden')
    await refused(escalate({}, as(['analyst'], null)), 'access.forbidden')
  })

  it('transfers a case: handover pack, acknowledgement, allocation ended, queued for the receiving team, sender keeps read access', async () => {
    const db = s.database.db
    const { crn: moving } = await fx.newPerson()
    const found = await sql<{ id: string }>`select id from people where crn = ${moving}`.execute(db)
    const person = { id: found.rows[0]?.id as string }
    // Test set-up: the case is allocated to the officer (allocation's own use case is not under test here).
    await sql`insert into case_allocations (id, person_id, staff_code, team_code, started_at, rationale, allocated_by)
      values (gen_random_uuid(), ${person.id}, ${officer}, ${teamA}, now(), 'Initial allocation', 'test')`.execute(
      db,
    )
    await fx.newOrder(moving)
    const t = await s.requests.raiseRequest(raiser, moving, {
      kind: 'transfer',
      toTeamCode: teamB,
      reason: 'Moved to Leeds to live with his sister',
      decisionMaker: manager,
      senderNotes: 'Engages well in the mornings; avoid Friday appointments.',
    })
    assert.equal(t.transfer?.senderStaffCode, officer)
    assert.equal(t.deadline, '2026-12-03')
    await refused(
      s.requests.acknowledgeHandover(decider, t.id, { version: t.version }),
      'request.transition_refused',
    )
    const accepted = await s.requests.moveRequest(decider, t.id, 'accept', { version: t.version })
    const allocation = await sql<{ ended_at: Date | null; end_reason: string | null }>`
      select ended_at, end_reason from case_allocations where person_id = ${person.id}`.execute(db)
    assert.deepEqual(
      allocation.rows.map((a) => a.end_reason),
      ['transferred'],
    )
    const queue = await sql<{ reason: string; team_code: string; source_id: string }>`
      select reason, team_code, source_id from allocation_queue where person_id = ${person.id} and left_at is null`.execute(
      db,
    )
    assert.deepEqual(queue.rows, [{ reason: 'transfer', team_code: teamB, source_id: t.id }])
    const { readGrantsOf } = await import('./index')
    const grants = await readGrantsOf(db, person.id, '2026-12-23')
    assert.deepEqual(
      grants.map((g) => [g.staff_code, g.until]),
      [[officer, '2026-12-23']],
    )
    assert.equal((await readGrantsOf(db, person.id, '2026-12-24')).length, 0)

    const pack = await s.requests.handoverPack(decider, t.id)
    assert.equal(pack.senderNotes, 'Engages well in the mornings; avoid Friday appointments.')
    assert.ok(pack.chronology.some((c) => c.kind === 'event' && c.href?.startsWith('/api/v1/events/')))
    assert.ok(pack.plan.some((p) => /Requirement: rar/.test(p.what)))
    assert.ok(pack.upcoming.some((u) => /expected end/.test(u.what)))
    assert.equal(pack.acknowledged, null)
    await refused(s.requests.handoverPack(decider, (await escalate()).id), 'request.not_a_transfer')

    await refused(
      s.requests.moveRequest(decider, t.id, 'complete', { version: accepted.version }),
      'request.handover_not_acknowledged',
    )
    await refused(
      s.requests.acknowledgeHandover(raiser, t.id, { version: accepted.version }),
      'request.not_decision_maker',
    )
    const acknowledged = await s.requests.acknowledgeHandover(decider, t.id, { version: accepted.version })
    assert.equal(acknowledged.transfer?.acknowledgedBy?.id, decider.id)
    await refused(
      s.requests.acknowledgeHandover(decider, t.id, { version: acknowledged.version }),
      'request.already_acknowledged',
    )
    const done = await s.requests.moveRequest(decider, t.id, 'complete', { version: acknowledged.version })
    assert.equal(done.state, 'done')
    assert.deepEqual(
      done.timeline.map((e) => e.action),
      ['raise', 'accept', 'acknowledge', 'complete'],
    )
  })

  it('asks for the sender’s workload to be recalculated when a transfer is accepted', async () => {
    const calls: unknown[] = []
    const { createRequestsService } = await import('./index')
    const spied = createRequestsService({
      db: s.database.db,
      clock: s.clock,
      audit: s.audit,
      workloadChanged: async (_trx, _actor, changed, trigger) => {
        calls.push({ changed, trigger })
      },
    })
    const { crn: moving } = await fx.newPerson()
    const found = await sql<{ id: string }>`select id from people where crn = ${moving}`.execute(
      s.database.db,
    )
    await sql`insert into case_allocations (id, person_id, staff_code, team_code, started_at, rationale, allocated_by)
      values (gen_random_uuid(), ${found.rows[0]?.id}, ${officer}, ${teamA}, now(), 'Initial allocation', 'test')`.execute(
      s.database.db,
    )
    const t = await spied.raiseRequest(raiser, moving, {
      kind: 'transfer',
      toTeamCode: teamB,
      reason: 'Moved',
      decisionMaker: manager,
    })
    assert.deepEqual(calls, [])
    await spied.moveRequest(decider, t.id, 'accept', { version: t.version })
    assert.deepEqual(calls, [{ changed: { staffCodes: [officer] }, trigger: 'request.transfer_accepted' }])
  })

  it('refuses a transfer to the team that holds the case', async () => {
    await assert.rejects(
      s.requests.raiseRequest(raiser, crn, {
        kind: 'transfer',
        toTeamCode: teamA,
        reason: 'r',
        decisionMaker: manager,
      }),
      (e: unknown) => e instanceof DomainError && e.details[0]?.path === 'toTeamCode',
    )
  })
})
