import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import type { DomainError } from '../../platform/errors'
import { contactsFixture } from './contacts.fixture'
import { bookAppointmentInTransaction } from './index'

describe('bookAppointmentInTransaction (for allocation)', async () => {
  const services = await testServices(fixedClock('2026-06-01T10:00:00Z'))
  const { db } = services.database
  const fx = contactsFixture(services)
  const deps = { clock: services.clock, audit: services.audit }
  const appointment = (crn: string, staffCode: string, over: Record<string, unknown> = {}) => ({
    crn,
    type: 'office_visit',
    date: '2026-06-08',
    startTime: '10:00',
    endTime: '11:00',
    location: 'Leeds probation office',
    staffCode,
    ...over,
  })

  it('books inside the caller’s transaction and audits there; rolled back with it', async () => {
    const staff = await fx.newStaff()
    const { crn } = await fx.newPerson()
    const booked = await db
      .transaction()
      .execute((trx) => bookAppointmentInTransaction(trx, systemActor, appointment(crn, staff), deps))
    assert.equal(booked.length, 1)
    assert.equal(booked[0]?.createdAt, '2026-06-01T10:00:00.000Z')
    const entries = await services.audit.entriesFor(db, { targetId: booked[0]?.id as string })
    assert.deepEqual(
      entries.map((e) => e.action),
      ['contact.created'],
    )
    // A failure later in the caller's transaction leaves no appointment behind.
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await bookAppointmentInTransaction(
          trx,
          systemActor,
          appointment(crn, staff, { date: '2026-06-15' }),
          deps,
        )
        throw new Error('allocation failed')
      }),
      /allocation failed/,
    )
    const all = await services.contacts.listContacts(systemActor, crn)
    assert.deepEqual(
      all.map((c) => c.date),
      ['2026-06-08'],
    )
  })

  it('refuses a clash, a non-appointment type and an unknown practitioner, as booking does', async () => {
    const staff = await fx.newStaff()
    const { crn } = await fx.newPerson()
    const { crn: _, ...first } = appointment(crn, staff)
    await services.contacts.recordContact(systemActor, crn, first)
    const attempt = (over: Record<string, unknown>) =>
      db
        .transaction()
        .execute((trx) => bookAppointmentInTransaction(trx, systemActor, appointment(crn, staff, over), deps))
    await assert.rejects(attempt({ startTime: '10:30', endTime: '11:30' }), (e: DomainError) => {
      assert.equal(e.code, 'contact.clash')
      assert.match(e.message, /clashes with the person's Office appointment 10:00-11:00/)
      return true
    })
    await assert.rejects(attempt({ type: 'letter', startTime: null, endTime: null }), (e: DomainError) => {
      assert.deepEqual(
        e.details.map((d) => d.path),
        ['type'],
      )
      return true
    })
    await assert.rejects(attempt({ staffCode: 'N99Z999', date: '2026-06-09' }), (e: DomainError) => {
      assert.deepEqual(e.details, [{ path: 'staffCode', message: 'no member of staff has the code N99Z999' }])
      return true
    })
  })
})
