import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import type { DomainError } from '../../platform/errors'
import { contactsFixture } from '../contacts/contacts.fixture'

describe('breach packs and the chronology', async () => {
  const services = await testServices(fixedClock('2026-06-01T10:00:00Z'))
  const { contacts, enforcement, audit } = services
  const fx = contactsFixture(services)

  /** A case with a warning, a further failure and a breach started: the pack is a draft. */
  async function breachedCase(options: { withSpo?: boolean; eventOver?: Record<string, unknown> } = {}) {
    const team = await fx.newTeam()
    const staff = await fx.newStaff('PO', team)
    const spo = options.withSpo ? await fx.newStaff('SPO', team) : undefined
    const { crn } = await fx.newPerson()
    const order = await fx.newOrder(crn)
    if (options.eventOver)
      await services.sentences.updateEvent(systemActor, order.id, { version: 1, ...options.eventOver })
    const missed = async (date: string, notes: string, sensitive = false) => {
      const [c] = await contacts.recordContact(systemActor, crn, {
        type: 'office_visit',
        date,
        startTime: '10:00',
        endTime: '10:30',
        location: 'Leeds',
        staffCode: staff,
        eventId: order.id,
      })
      return contacts.recordOutcome(systemActor, c?.id as string, {
        version: 1,
        outcome: 'failed_to_attend',
        notes,
        sensitive,
      })
    }
    await missed('2026-04-01', 'No contact <b>at all</b>')
    await enforcement.recordDecision(systemActor, crn, {
      eventId: order.id,
      decision: 'warning_issued',
      decidedOn: '2026-04-02',
      rationale: 'First failure',
      staffCode: staff,
    })
    await missed('2026-05-01', 'Disclosed a family matter', true)
    const breach = await enforcement.recordDecision(systemActor, crn, {
      eventId: order.id,
      decision: 'breach_initiated',
      rationale: 'Second failure',
      staffCode: staff,
    })
    return { crn, order, staff, spo, packId: breach.breachPackId as string }
  }

  it('assembles the pack from the record and refuses to send it incomplete, naming what is missing', async () => {
    const { crn, staff, packId } = await breachedCase()
    const draft = await enforcement.getBreachPack(systemActor, packId)
    assert.equal(draft.status, 'draft')
    assert.deepEqual(
      [
        draft.content.order.courtName,
        draft.content.order.sentenceDate,
        draft.content.order.requirements.length,
      ],
      ['Leeds Magistrates', '2026-01-05', 2],
    )
    assert.deepEqual(
      draft.content.failures.map((f) => f.date),
      ['2026-04-01', '2026-05-01'],
    )
    assert.equal(draft.content.failures[1]?.notes, 'Recorded as sensitive: withheld from the pack')
    assert.deepEqual(
      draft.content.warnings.map((w) => [w.date, w.responseDueOn]),
      [['2026-04-02', '2026-06-08']],
    )
    assert.equal(draft.content.practitioner?.code, staff)
    // Only what the record cannot hold is asked for: nothing about the order, failures or warnings.
    assert.deepEqual(
      draft.missing.map((m) => m.path),
      ['statement', 'managerStaffCode'],
    )
    await assert.rejects(
      enforcement.submitBreachPack(systemActor, packId, { version: 1 }),
      (e: DomainError) => {
        assert.equal(e.code, 'breach.incomplete')
        assert.match(e.message, /Missing: the practitioner’s statement; the manager/)
        assert.deepEqual(
          e.details.map((d) => d.path),
          ['statement', 'managerStaffCode'],
        )
        return true
      },
    )
    const spo = await fx.newStaff('SPO')
    const ready = await enforcement.updateBreachPack(systemActor, packId, {
      version: 1,
      statement: 'Mr X has failed to attend twice since his warning.',
      managerStaffCode: spo,
    })
    assert.deepEqual(ready.missing, [])
    await assert.rejects(
      enforcement.submitBreachPack(systemActor, packId, { version: 1 }),
      (e: DomainError) => e.code === 'record.stale_version',
    )
    const sent = await enforcement.submitBreachPack(systemActor, packId, { version: 2 })
    assert.deepEqual([sent.status, sent.content.manager?.code, sent.version], ['submitted', spo, 3])
    const html = await enforcement.breachPackHtml(systemActor, packId)
    assert.match(html, /<h1>Breach pack: /)
    assert.match(html, /No contact &lt;b&gt;at all&lt;\/b&gt;/)
    assert.doesNotMatch(html, /family matter/)
    await assert.rejects(
      enforcement.updateBreachPack(systemActor, packId, { version: 3, statement: 'changed' }),
      (e: DomainError) => e.code === 'breach.already_submitted',
    )
    // Frozen: later changes to the record do not alter the sent pack.
    await contacts.recordContact(systemActor, crn, { type: 'letter', date: '2026-06-01', staffCode: staff })
    const again = await enforcement.getBreachPack(systemActor, packId)
    assert.deepEqual(again.content, sent.content)
    const trail = await audit.entriesFor(services.database.db, {
      targetType: 'breach_pack',
      targetId: packId,
    })
    assert.ok(trail.some((e) => e.action === 'breach_pack.submitted'))
    const chronology = await enforcement.chronology(systemActor, crn, { type: 'breach_pack,enforcement' })
    assert.deepEqual(
      chronology.map((e) => [e.date, e.kind, e.summary]),
      [
        ['2026-06-01', 'breach_pack', 'Breach pack submitted'],
        ['2026-06-01', 'enforcement', 'Breach initiated'],
        ['2026-04-02', 'enforcement', 'Warning issued (respond by 2026-06-08)'],
      ],
    )
  })

  it('takes the manager from the practitioner’s team and asks the record for what it lacks', async () => {
    const { packId, spo } = await breachedCase({ withSpo: true, eventOver: { courtName: null } })
    const draft = await enforcement.getBreachPack(systemActor, packId)
    assert.equal(draft.managerStaffCode, spo)
    const missing = draft.missing.map((m) => [m.path, m.message])
    assert.deepEqual(missing, [
      ['order.courtName', 'the court that made the order: add it to event 1'],
      ['statement', 'the practitioner’s statement'],
    ])
  })

  it('gives one chronology: contacts, outcomes, registers and events, filtered by kind, date and requirement', async () => {
    const staff = await fx.newStaff()
    const { crn } = await fx.newPerson()
    const order = await fx.newOrder(crn)
    const rar = order.disposal?.requirements.find((r) => r.type === 'rar')
    const [activity] = await contacts.recordContact(systemActor, crn, {
      type: 'rar_activity',
      date: '2026-05-12',
      startTime: '14:00',
      endTime: '15:00',
      location: 'Leeds',
      staffCode: staff,
    })
    await contacts.recordOutcome(systemActor, activity?.id as string, {
      version: 1,
      outcome: 'attended_complied',
    })
    await contacts.recordContact(systemActor, crn, {
      type: 'telephone',
      date: '2026-05-13',
      startTime: '09:00',
      endTime: '09:15',
      location: 'Phone',
      staffCode: staff,
    })
    await services.registers.createRegister(systemActor, crn, {
      type: 'rosh',
      level: 'high',
      registeredDate: '2026-02-01',
    })
    const all = await enforcement.chronology(systemActor, crn)
    assert.deepEqual(
      all.map((e) => [e.date, e.kind]),
      [
        ['2026-05-13', 'contact'],
        ['2026-05-12', 'contact'],
        ['2026-05-12', 'outcome'],
        ['2026-02-01', 'register'],
        ['2026-01-05', 'event'],
        ['2026-01-05', 'event'],
      ],
    )
    assert.equal(all[3]?.summary, 'Registered: rosh (high)')
    const byRequirement = await enforcement.chronology(systemActor, crn, { requirementId: rar?.id })
    assert.deepEqual(
      byRequirement.map((e) => e.kind),
      ['contact', 'outcome'],
    )
    const byDate = await enforcement.chronology(systemActor, crn, { from: '2026-05-13', to: '2026-05-31' })
    assert.equal(byDate.length, 1)
    await assert.rejects(
      enforcement.chronology(systemActor, crn, { type: 'gossip', from: '2026-13-01' }),
      (e: DomainError) =>
        e.code === 'validation.failed' && e.details.map((d) => d.path).join() === 'type.0,from',
    )
  })
})
