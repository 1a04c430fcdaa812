import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import type { DomainError } from '../../platform/errors'
import { contactsFixture } from './contacts.fixture'

describe('contacts service', async () => {
  const services = await testServices(fixedClock('2026-06-01T10:00:00Z'))
  const { contacts, audit } = services
  const fx = contactsFixture(services)
  const rejects = (promise: Promise<unknown>, code: string, paths?: string[], message?: RegExp) =>
    assert.rejects(promise, (e: DomainError) => {
      assert.equal(e.code, code, e.message)
      if (paths)
        assert.deepEqual(
          e.details.map((d) => d.path),
          paths,
        )
      if (message) assert.match(e.message, message)
      return true
    })
  const office = (staffCode: string, over: Record<string, unknown> = {}) => ({
    type: 'office_visit',
    date: '2026-05-11',
    startTime: '10:00',
    endTime: '11:00',
    location: 'Leeds probation office',
    staffCode,
    ...over,
  })

  it('lists the contact types with what each is and counts towards', async () => {
    const types = await contacts.listContactTypes(systemActor)
    const rar = types.find((t) => t.code === 'rar_activity')
    const uw = types.find((t) => t.code === 'unpaid_work_session')
    const letter = types.find((t) => t.code === 'letter')
    assert.deepEqual(rar, {
      code: 'rar_activity',
      version: 1,
      label: 'RAR activity (one to one)',
      appointment: true,
      countsTowardsRar: true,
      needsOutcome: true,
      creditsUnpaidWork: false,
    })
    assert.equal(uw?.creditsUnpaidWork, true)
    assert.deepEqual([letter?.appointment, letter?.needsOutcome], [false, false])
  })

  it('books a single appointment with its type version, practitioner and place; audits it', async () => {
    const staff = await fx.newStaff()
    const { crn } = await fx.newPerson()
    const [contact] = await contacts.recordContact(systemActor, crn, office(staff, { sensitive: true }))
    assert.ok(contact)
    assert.deepEqual(
      [contact.type.code, contact.type.version, contact.staffCode, contact.location, contact.status],
      ['office_visit', 1, staff, 'Leeds probation office', 'booked'],
    )
    assert.equal(contact.sensitive, true)
    assert.equal(contact.seriesId, null)
    const trail = await audit.entriesFor(services.database.db, {
      targetType: 'contact',
      targetId: contact.id,
    })
    assert.deepEqual(
      trail.map((e) => e.action),
      ['contact.created'],
    )
  })

  it('refuses what an appointment lacks, unknown types, staff and events, naming each field', async () => {
    const staff = await fx.newStaff()
    const { crn } = await fx.newPerson()
    await rejects(
      contacts.recordContact(systemActor, crn, {
        type: 'office_visit',
        date: '2026-05-11',
        staffCode: staff,
      }),
      'validation.failed',
      ['startTime', 'endTime', 'location'],
    )
    await rejects(
      contacts.recordContact(systemActor, crn, office(staff, { startTime: '11:00', endTime: '10:00' })),
      'validation.failed',
      ['endTime'],
    )
    await rejects(
      contacts.recordContact(systemActor, crn, office(staff, { type: 'seance' })),
      'validation.failed',
      ['type'],
    )
    await rejects(contacts.recordContact(systemActor, crn, office('ZZZ999')), 'validation.failed', [
      'staffCode',
    ])
    await rejects(
      contacts.recordContact(
        systemActor,
        crn,
        office(staff, { eventId: '00000000-0000-4000-8000-000000000000' }),
      ),
      'validation.failed',
      ['eventId'],
    )
    await rejects(contacts.recordContact(systemActor, 'Z999999', office(staff)), 'person.not_found')
    const { staffCode: _, ...noStaff } = office(staff)
    await rejects(contacts.recordContact(userActor(['practitioner']), crn, noStaff), 'validation.failed', [
      'staffCode',
    ])
    await rejects(contacts.recordContact(userActor(['analyst']), crn, office(staff)), 'access.forbidden')
  })

  it('books weekly, fortnightly and custom repeats as one series', async () => {
    const staff = await fx.newStaff()
    const { crn } = await fx.newPerson()
    const weekly = await contacts.recordContact(
      systemActor,
      crn,
      office(staff, { date: '2026-06-02', repeat: { pattern: 'weekly', until: '2026-06-23' } }),
    )
    assert.deepEqual(
      weekly.map((c) => c.date),
      ['2026-06-02', '2026-06-09', '2026-06-16', '2026-06-23'],
    )
    assert.equal(new Set(weekly.map((c) => c.seriesId)).size, 1)
    assert.ok(weekly[0]?.seriesId)
    const fortnightly = await contacts.recordContact(
      systemActor,
      crn,
      office(staff, { date: '2026-06-03', repeat: { pattern: 'fortnightly', count: 3 } }),
    )
    assert.deepEqual(
      fortnightly.map((c) => c.date),
      ['2026-06-03', '2026-06-17', '2026-07-01'],
    )
    const custom = await contacts.recordContact(
      systemActor,
      crn,
      office(staff, {
        date: '2026-06-04',
        repeat: { pattern: 'custom', dates: ['2026-06-12', '2026-06-05'] },
      }),
    )
    assert.deepEqual(
      custom.map((c) => c.date),
      ['2026-06-04', '2026-06-05', '2026-06-12'],
    )
    await rejects(
      contacts.recordContact(systemActor, crn, {
        type: 'letter',
        date: '2026-06-04',
        staffCode: staff,
        repeat: { pattern: 'weekly', count: 2 },
      }),
      'validation.failed',
      ['repeat'],
    )
  })

  it('refuses a clash in the person’s or the practitioner’s diary, naming it; touching times are fine', async () => {
    const staff = await fx.newStaff()
    const other = await fx.newStaff()
    const { crn } = await fx.newPerson()
    const { crn: crn2 } = await fx.newPerson()
    const [first] = await contacts.recordContact(systemActor, crn, office(staff, { date: '2026-07-06' }))
    await rejects(
      contacts.recordContact(
        systemActor,
        crn,
        office(other, { date: '2026-07-06', startTime: '10:30', endTime: '11:30' }),
      ),
      'contact.clash',
      ['date'],
      new RegExp(
        `2026-07-06 10:30-11:30 clashes with the person's Office appointment 10:00-11:00 \\(contact ${first?.id}\\) with ${staff}`,
      ),
    )
    await rejects(
      contacts.recordContact(
        systemActor,
        crn2,
        office(staff, { date: '2026-07-06', startTime: '09:30', endTime: '10:15' }),
      ),
      'contact.clash',
      ['staffCode'],
      new RegExp(`practitioner ${staff}'s Office appointment 10:00-11:00`),
    )
    await rejects(
      contacts.recordContact(
        systemActor,
        crn2,
        office(staff, { date: '2026-06-29', repeat: { pattern: 'weekly', count: 2 } }),
      ),
      'contact.clash',
      ['staffCode'],
      /2026-07-06 10:00-11:00 clashes/,
    )
    const touching = await contacts.recordContact(
      systemActor,
      crn,
      office(staff, { date: '2026-07-06', startTime: '11:00', endTime: '12:00' }),
    )
    assert.equal(touching.length, 1)
    // A letter is not an appointment and clashes with nothing.
    await contacts.recordContact(systemActor, crn, { type: 'letter', date: '2026-07-06', staffCode: staff })
  })

  it('reschedules keeping the old appointment, marked and linked; checks version and clashes', async () => {
    const staff = await fx.newStaff()
    const { crn } = await fx.newPerson()
    const [old] = await contacts.recordContact(systemActor, crn, office(staff, { date: '2026-07-07' }))
    assert.ok(old)
    const move = {
      version: 1,
      date: '2026-07-08',
      startTime: '14:00',
      endTime: '15:00',
      reason: 'Job interview',
    }
    await rejects(
      contacts.rescheduleContact(systemActor, old.id, { ...move, version: 2 }),
      'record.stale_version',
    )
    const moved = await contacts.rescheduleContact(systemActor, old.id, move)
    assert.deepEqual(
      [moved.date, moved.startTime, moved.rescheduledFrom, moved.status],
      ['2026-07-08', '14:00', old.id, 'booked'],
    )
    const before = await contacts.getContact(systemActor, old.id)
    assert.deepEqual(
      [before.status, before.rescheduledTo, before.rescheduleReason, before.version],
      ['rescheduled', moved.id, 'Job interview', 2],
    )
    await rejects(
      contacts.rescheduleContact(systemActor, old.id, { ...move, version: 2 }),
      'contact.not_reschedulable',
    )
    // Moving within its own slot is not a clash with itself; moving onto another appointment is.
    const same = await contacts.rescheduleContact(systemActor, moved.id, {
      ...move,
      startTime: '14:30',
      endTime: '15:30',
    })
    await contacts.recordContact(systemActor, crn, office(staff, { date: '2026-07-09' }))
    await rejects(
      contacts.rescheduleContact(systemActor, same.id, {
        ...move,
        date: '2026-07-09',
        startTime: '10:30',
        endTime: '11:00',
      }),
      'contact.clash',
    )
    const trail = await audit.entriesFor(services.database.db, { targetType: 'contact', targetId: old.id })
    assert.deepEqual(
      trail.map((e) => e.action),
      ['contact.created', 'contact.rescheduled', 'contact.read'],
    )
  })

  it('records an outcome with its absence reason, refuses the future, corrects with version', async () => {
    const staff = await fx.newStaff()
    const { crn } = await fx.newPerson()
    const [past] = await contacts.recordContact(systemActor, crn, office(staff, { date: '2026-05-20' }))
    const [future] = await contacts.recordContact(systemActor, crn, office(staff, { date: '2026-06-20' }))
    assert.ok(past && future)
    await rejects(
      contacts.recordOutcome(systemActor, future.id, { version: 1, outcome: 'attended_complied' }),
      'contact.outcome_in_future',
    )
    await rejects(
      contacts.recordOutcome(systemActor, past.id, { version: 1, outcome: 'acceptable_absence' }),
      'validation.failed',
      ['absenceReason'],
    )
    await rejects(
      contacts.recordOutcome(systemActor, past.id, {
        version: 1,
        outcome: 'failed_to_attend',
        absenceReason: 'medical',
      }),
      'validation.failed',
      ['absenceReason'],
    )
    await rejects(
      contacts.recordOutcome(systemActor, past.id, { version: 1, outcome: 'late' }),
      'validation.failed',
      ['outcome'],
    )
    const failed = await contacts.recordOutcome(systemActor, past.id, {
      version: 1,
      outcome: 'failed_to_attend',
      notes: 'No answer on the phone',
    })
    assert.deepEqual(
      [failed.outcome?.code, failed.outcome?.label, failed.notes],
      ['failed_to_attend', 'Failed to attend', 'No answer on the phone'],
    )
    await rejects(
      contacts.recordOutcome(systemActor, past.id, {
        version: 1,
        outcome: 'acceptable_absence',
        absenceReason: 'medical',
      }),
      'record.stale_version',
    )
    const judged = await contacts.recordOutcome(systemActor, past.id, {
      version: 2,
      outcome: 'acceptable_absence',
      absenceReason: 'medical',
      sensitive: true,
    })
    assert.deepEqual([judged.outcome?.absenceReason, judged.sensitive, judged.version], ['medical', true, 3])
    const updated = await contacts.updateContact(systemActor, past.id, {
      version: 3,
      notes: 'GP letter seen',
    })
    assert.equal(updated.notes, 'GP letter seen')
    await rejects(
      contacts.updateContact(systemActor, past.id, { version: 3, notes: 'x' }),
      'record.stale_version',
    )
    const trail = await audit.entriesFor(services.database.db, { targetType: 'contact', targetId: past.id })
    assert.deepEqual(
      trail.map((e) => e.action),
      ['contact.created', 'contact.outcome_recorded', 'contact.outcome_changed', 'contact.updated'],
    )
    const letter = await contacts.recordContact(systemActor, crn, {
      type: 'letter',
      date: '2026-05-20',
      staffCode: staff,
    })
    await rejects(
      contacts.recordOutcome(systemActor, letter[0]?.id as string, {
        version: 1,
        outcome: 'attended_complied',
      }),
      'validation.failed',
      ['outcome'],
    )
  })

  it('links RAR activities and unpaid work to the only such requirement and credits hours per session', async () => {
    const staff = await fx.newStaff()
    const { crn } = await fx.newPerson()
    const order = await fx.newOrder(crn)
    const rar = order.disposal?.requirements.find((r) => r.type === 'rar')
    const uw = order.disposal?.requirements.find((r) => r.type === 'unpaid_work')
    const [activity] = await contacts.recordContact(systemActor, crn, office(staff, { type: 'rar_activity' }))
    assert.deepEqual([activity?.eventId, activity?.requirementId], [order.id, rar?.id])
    const [session] = await contacts.recordContact(
      systemActor,
      crn,
      office(staff, {
        type: 'unpaid_work_session',
        date: '2026-05-16',
        startTime: '09:00',
        endTime: '16:00',
      }),
    )
    assert.equal(session?.requirementId, uw?.id)
    await rejects(
      contacts.recordContact(
        systemActor,
        crn,
        office(staff, { type: 'rar_activity', requirementId: uw?.id, date: '2026-05-12' }),
      ),
      'validation.failed',
      ['requirementId'],
    )
    await rejects(
      contacts.recordOutcome(systemActor, session?.id as string, {
        version: 1,
        outcome: 'attended_complied',
        hoursCredited: 8,
      }),
      'validation.failed',
      ['hoursCredited'],
    )
    const whole = await contacts.recordOutcome(systemActor, session?.id as string, {
      version: 1,
      outcome: 'attended_complied',
    })
    assert.equal(whole.hoursCredited, 7)
    const part = await contacts.recordOutcome(systemActor, session?.id as string, {
      version: 2,
      outcome: 'sent_home_service_issues',
      hoursCredited: 2.5,
    })
    assert.equal(part.hoursCredited, 2.5)
    await rejects(
      contacts.recordOutcome(systemActor, activity?.id as string, {
        version: 1,
        outcome: 'attended_complied',
        hoursCredited: 1,
      }),
      'validation.failed',
      ['hoursCredited'],
    )
  })
})
