import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import type { DomainError } from '../../platform/errors'
import { findPersonRef } from '../people'

const NAMES = [
  ['Aoife', 'Byrne'],
  ['Kwame', 'Mensah'],
  ['Zofia', 'Nowak'],
  ['Rhys', 'Pritchard'],
  ['Leila', 'Haddad'],
  ['Tomasz', 'Wiśniewski'],
]

describe('registers service', async () => {
  const services = await testServices(fixedClock('2026-06-01T10:00:00Z'))
  const { registers, audit } = services
  let made = 0
  const newPerson = async () => {
    const [firstName, surname] = NAMES[made++] as string[]
    return (await services.people.createPerson(systemActor, { firstName, surname, sex: 'male' }))
      .crn as string
  }
  const rejects = (promise: Promise<unknown>, code: string, paths?: string[]) =>
    assert.rejects(promise, (e: DomainError) => {
      assert.equal(e.code, code)
      if (paths)
        assert.deepEqual(
          e.details.map((d) => d.path),
          paths,
        )
      return true
    })

  it('flags a person, checking level and category per type, one active flag of a kind', async () => {
    const crn = await newPerson()
    const mappa = await registers.createRegister(systemActor, crn, {
      type: 'mappa',
      level: 2,
      category: '1',
      registeredDate: '2026-01-05',
      nextReviewDate: '2026-07-05',
    })
    assert.deepEqual([mappa.level, mappa.category, mappa.active, mappa.crn], ['2', '1', true, crn])
    await rejects(
      registers.createRegister(systemActor, crn, {
        type: 'mappa',
        level: 1,
        category: 1,
        registeredDate: '2026-02-01',
      }),
      'register.already_active',
    )
    await rejects(
      registers.createRegister(systemActor, crn, { type: 'rosh', registeredDate: '2026-02-01' }),
      'validation.failed',
      ['level'],
    )
    await rejects(
      registers.createRegister(systemActor, crn, { type: 'ufo', registeredDate: '2026-02-01' }),
      'validation.failed',
      ['type'],
    )
    const visor = await registers.createRegister(systemActor, crn, {
      type: 'visor',
      registeredDate: '2026-02-01',
    })
    assert.equal(visor.requiresVetting, true)
    await rejects(
      registers.createRegister(systemActor, 'Z999999', { type: 'visor', registeredDate: '2026-02-01' }),
      'person.not_found',
    )
  })

  it('updates with version, de-registers, and lists active and ended flags', async () => {
    const crn = await newPerson()
    const rosh = await registers.createRegister(systemActor, crn, {
      type: 'rosh',
      level: 'medium',
      registeredDate: '2026-01-05',
    })
    const raised = await registers.updateRegister(systemActor, rosh.id, {
      version: 1,
      level: 'high',
      notes: 'new intelligence',
    })
    assert.deepEqual([raised.level, raised.version, raised.notes], ['high', 2, 'new intelligence'])
    await assert.rejects(
      registers.updateRegister(systemActor, rosh.id, { version: 1, level: 'low' }),
      (e: DomainError) => {
        assert.equal(e.code, 'record.stale_version')
        assert.equal((e.data as { level: string }).level, 'high')
        return true
      },
    )
    await rejects(
      registers.deregister(systemActor, rosh.id, { version: 2, date: '2026-01-04', reason: 'x' }),
      'validation.failed',
      ['deregisteredDate'],
    )
    await rejects(
      registers.deregister(systemActor, rosh.id, { version: 2, date: '2026-05-01' }),
      'validation.failed',
      ['reason'],
    )
    const ended = await registers.deregister(systemActor, rosh.id, {
      version: 2,
      date: '2026-05-01',
      reason: 'risk reduced',
    })
    assert.equal(ended.active, false)
    await rejects(
      registers.deregister(systemActor, rosh.id, { version: 3, date: '2026-05-02', reason: 'again' }),
      'register.already_deregistered',
    )
    const again = await registers.createRegister(systemActor, crn, {
      type: 'rosh',
      level: 'low',
      registeredDate: '2026-05-01',
    })
    const listed = await registers.listRegisters(systemActor, crn)
    assert.deepEqual(
      listed.map((r) => [r.id, r.active]),
      [
        [again.id, true],
        [rosh.id, false],
      ],
    )
    const history = await registers.registerHistory(systemActor, rosh.id)
    assert.deepEqual(
      history.map((h) => h.action),
      ['register.created', 'register.updated', 'register.deregistered'],
    )
    assert.equal((history[2]!.data as { deregistrationReason: string }).deregistrationReason, 'risk reduced')
  })

  it('soft-deletes and restores, audited with the CRN', async () => {
    const crn = await newPerson()
    const flag = await registers.createRegister(systemActor, crn, {
      type: 'weapons',
      registeredDate: '2026-03-01',
    })
    await rejects(registers.deleteRegister(userActor(['practitioner']), flag.id), 'access.forbidden')
    await registers.deleteRegister(systemActor, flag.id)
    await rejects(registers.getRegister(systemActor, flag.id), 'register.not_found')
    assert.deepEqual(await registers.listRegisters(systemActor, crn), [])
    await registers.restoreRegister(systemActor, flag.id)
    assert.equal((await registers.getRegister(systemActor, flag.id)).version, 3)
    const entries = await audit.entriesFor(services.database.db, {
      targetType: 'register',
      targetId: flag.id,
    })
    assert.ok(entries.every((e) => e.target.crn === crn))
    assert.deepEqual(
      entries.filter((e) => !e.action.endsWith('.read')).map((e) => e.action),
      ['register.created', 'register.deleted', 'register.restored'],
    )
  })

  it('imports many registers at once, refusing the whole batch on any problem', async () => {
    const crn = await newPerson()
    const ref = await findPersonRef(services.database.db, crn)
    const good = { crn, personId: ref!.id, register: { type: 'stalking', registeredDate: '2026-02-01' } }
    const bad = {
      crn,
      personId: ref!.id,
      register: { type: 'mappa', level: 5, registeredDate: '2026-02-01' },
    }
    await rejects(registers.importRegisters(systemActor, [good, bad]), 'validation.failed', [
      'items.1.register.level',
      'items.1.register.category',
    ])
    assert.deepEqual(await registers.listRegisters(systemActor, crn), [])
    const created = await registers.importRegisters(systemActor, [
      good,
      { ...good, register: { type: 'terrorism', registeredDate: '2026-02-02' } },
    ])
    assert.equal(created.length, 2)
    assert.equal((await registers.listRegisters(systemActor, crn)).length, 2)
  })
})
