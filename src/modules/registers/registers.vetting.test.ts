import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import type { Actor } from '../../platform/actor'
import { fixedClock } from '../../platform/clock'
import type { DomainError } from '../../platform/errors'

describe('registers that need vetting', async () => {
  const services = await testServices(fixedClock('2026-06-01T10:00:00Z'))
  const { registers, organisation, audit } = services
  let staffMade = 0
  /** A practitioner linked to a new staff record with this vetting. */
  const practitioner = async (vetting: string[], vettingExpiresOn: string | null = null): Promise<Actor> => {
    const code = `N07V${String(++staffMade).padStart(3, '0')}`
    await organisation.createStaff(systemActor, {
      code,
      firstName: 'Vic',
      surname: `Vetted${staffMade}`,
      grade: 'PO',
      contractedHours: 37,
      vetting,
      vettingExpiresOn,
    })
    return { ...userActor(['practitioner']), staffCode: code }
  }
  const person = await services.people.createPerson(systemActor, {
    firstName: 'Dariusz',
    surname: 'Kowalczyk',
    sex: 'male',
  })
  const crn = person.crn as string
  const visor = await registers.createRegister(systemActor, crn, {
    type: 'visor',
    registeredDate: '2026-02-01',
    nextReviewDate: '2026-08-01',
    notes: 'Managed under ViSOR: police lead DS Hale',
  })
  const rosh = await registers.createRegister(systemActor, crn, {
    type: 'rosh',
    level: 'high',
    registeredDate: '2026-02-01',
  })

  const vetted = await practitioner(['visor'], '2027-01-31')
  const noExpiry = await practitioner(['visor', 'npvv'])
  const unvetted = await practitioner(['npvv'])
  const expired = await practitioner(['visor'], '2026-05-31')
  const noStaff = userActor(['admin'])

  const visorAs = async (actor: Actor) =>
    (await registers.listRegisters(actor, crn)).find((r) => r.id === visor.id)

  it('shows every detail to staff with current ViSOR vetting (with or without an expiry)', async () => {
    for (const actor of [vetted, noExpiry, systemActor]) {
      const seen = await visorAs(actor)
      assert.deepEqual(
        [seen?.restricted, seen?.registeredDate, seen?.nextReviewDate, seen?.notes],
        [false, '2026-02-01', '2026-08-01', 'Managed under ViSOR: police lead DS Hale'],
      )
      assert.equal((await registers.getRegister(actor, visor.id)).notes, visor.notes)
    }
  })

  it('shows only that a restricted register exists to the unvetted, the expired and users with no staff record', async () => {
    for (const actor of [unvetted, expired, noStaff]) {
      const seen = await visorAs(actor)
      assert.deepEqual(seen && { ...seen }, {
        ...visor,
        level: null,
        category: null,
        registeredDate: null,
        nextReviewDate: null,
        deregisteredDate: null,
        deregistrationReason: null,
        notes: null,
        restricted: true,
        createdAt: null,
        updatedAt: null,
      })
      const one = await registers.getRegister(actor, visor.id)
      assert.deepEqual([one.restricted, one.notes, one.registeredDate], [true, null, null])
      // Other registers of the same case are not affected.
      const other = (await registers.listRegisters(actor, crn)).find((r) => r.id === rosh.id)
      assert.deepEqual([other?.restricted, other?.level], [false, 'high'])
      // The history says when it changed, not what it said.
      const history = await registers.registerHistory(actor, visor.id)
      assert.deepEqual(
        history.map((h) => h.data),
        [{ restricted: true }],
      )
    }
  })

  it('refuses changes to a gated register without vetting, before saying anything of its version', async () => {
    const refused = (promise: Promise<unknown>) =>
      assert.rejects(promise, (e: DomainError) => {
        assert.equal(e.code, 'access.forbidden')
        assert.equal(e.data, undefined)
        return true
      })
    await refused(registers.updateRegister(expired, visor.id, { version: 99, notes: 'x' }))
    await refused(registers.deregister(unvetted, visor.id, { version: 1, date: '2026-05-01', reason: 'x' }))
    const other = await services.people.createPerson(systemActor, {
      firstName: 'Ines',
      surname: 'Carvalho',
      sex: 'female',
    })
    await refused(
      registers.createRegister(unvetted, other.crn as string, {
        type: 'visor',
        registeredDate: '2026-02-01',
      }),
    )
    const made = await registers.createRegister(vetted, other.crn as string, {
      type: 'visor',
      registeredDate: '2026-02-01',
    })
    assert.equal(made.restricted, false)
    const changed = await registers.updateRegister(vetted, visor.id, { version: 1, notes: 'Reviewed' })
    assert.equal(changed.notes, 'Reviewed')
  })

  it('audits each read, saying why details were withheld', async () => {
    await registers.listRegisters(expired, crn)
    const reads = await audit.entriesFor(services.database.db, { targetType: 'register', targetId: visor.id })
    const last = reads.filter((e) => e.action === 'register.read').at(-1)
    assert.equal(last?.actor.id, expired.id)
    assert.deepEqual(last?.data, {
      detailsWithheld: `${expired.staffCode}: visor vetting expired on 2026-05-31`,
    })
    await registers.listRegisters(vetted, crn)
    const shown = (
      await audit.entriesFor(services.database.db, { targetType: 'register', targetId: visor.id })
    ).at(-1)
    assert.deepEqual([shown?.action, shown?.data], ['register.read', null])
  })

  it('keeps vetting-gated details out of the chronology for the unvetted', async () => {
    const entries = await services.enforcement.chronology(unvetted, crn)
    assert.equal(
      entries.some((e) => e.recordId === visor.id),
      false,
    )
    const full = await services.enforcement.chronology(vetted, crn)
    assert.equal(
      full.some((e) => e.recordId === visor.id),
      true,
    )
  })
})
