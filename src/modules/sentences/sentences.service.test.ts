import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import type { DomainError } from '../../platform/errors'
import { findPersonRef } from '../people'

const NAMES = [
  ['Amara', 'Abara'],
  ['Brendan', 'Brennan'],
  ['Ceri', 'Cwmbran'],
  ['Delphine', 'Dubois'],
  ['Emeka', 'Eze'],
  ['Fionn', 'Fitzgerald'],
  ['Grainne', 'Gallagher'],
  ['Haroon', 'Hussain'],
  ['Ines', 'Iglesias'],
  ['Jarek', 'Jankowski'],
]

describe('events (sentences service)', async () => {
  const services = await testServices(fixedClock('2026-06-01T10:00:00Z'))
  const { sentences, audit } = services
  let made = 0
  const newPerson = async () => {
    const [firstName, surname] = NAMES[made++] as string[]
    const person = await services.people.createPerson(systemActor, { firstName, surname, sex: 'female' })
    return person.crn as string
  }
  const event = (over: Record<string, unknown> = {}) => ({
    convictionDate: '2026-04-01',
    courtName: 'Leeds Magistrates',
    offences: [{ main: true, homeOfficeCode: '046/00', offenceDate: '2026-03-01' }],
    disposal: {
      type: 'community_order',
      sentenceDate: '2026-04-15',
      length: { value: 12, unit: 'months' },
      expectedEndDate: '2027-04-14',
      requirements: [
        { type: 'unpaid_work', unpaidWorkHours: 120 },
        { type: 'curfew', lengthMonths: 3 },
      ],
    },
    ...over,
  })
  const rejects = (promise: Promise<unknown>, code: string) =>
    assert.rejects(promise, (e: DomainError) => {
      assert.equal(e.code, code)
      return true
    })

  it('records an event, numbering per person, filling descriptions and deriving restrictive', async () => {
    const crn = await newPerson()
    const first = await sentences.createEvent(systemActor, crn, event())
    const second = await sentences.createEvent(systemActor, crn, event())
    assert.equal(first.eventNumber, 1)
    assert.equal(second.eventNumber, 2)
    assert.equal(first.crn, crn)
    assert.equal(first.version, 1)
    assert.equal(first.offences[0]?.description, 'Theft from shops and stalls')
    assert.equal(first.offences[0]?.predictorCategory, 'theft_non_motor')
    const byType = Object.fromEntries(first.disposal!.requirements.map((r) => [r.type, r.restrictive]))
    assert.deepEqual(byType, { curfew: true, unpaid_work: false })
    const other = await sentences.createEvent(systemActor, await newPerson(), event())
    assert.equal(other.eventNumber, 1)
    const entries = await audit.entriesFor(services.database.db, { targetType: 'event', targetId: first.id })
    assert.equal(entries[0]?.action, 'event.created')
    assert.equal(entries[0]?.target.crn, crn)
    assert.equal((entries[0]!.data as { id: string }).id, first.id)
  })

  it('refuses bad input with every problem and writes nothing', async () => {
    const crn = await newPerson()
    await assert.rejects(
      sentences.createEvent(
        systemActor,
        crn,
        event({
          offences: [{ main: false, homeOfficeCode: '46' }],
          disposal: { type: 'custody', sentenceDate: '2026-04-15', requirements: [{ type: 'rar' }] },
        }),
      ),
      (e: DomainError) => {
        assert.equal(e.code, 'validation.failed')
        assert.deepEqual(
          e.details.map((d) => d.path),
          ['offences.0.homeOfficeCode'],
        )
        return true
      },
    )
    await assert.rejects(
      sentences.createEvent(
        systemActor,
        crn,
        event({
          offences: [{ main: false, homeOfficeCode: '046/00' }],
          disposal: { type: 'custody', sentenceDate: '2026-04-15', requirements: [{ type: 'rar' }] },
        }),
      ),
      (e: DomainError) => {
        assert.deepEqual(
          e.details.map((d) => d.path),
          ['offences', 'disposal.requirements', 'disposal.requirements.0.rarDays'],
        )
        return true
      },
    )
    assert.deepEqual(await sentences.listEvents(systemActor, crn), [])
    await rejects(sentences.createEvent(systemActor, 'Z999999', event()), 'person.not_found')
  })

  it('updates with the version: lists replace, a stale version is refused with the current event', async () => {
    const crn = await newPerson()
    const created = await sentences.createEvent(systemActor, crn, event())
    const updated = await sentences.updateEvent(systemActor, created.id, {
      version: 1,
      notes: 'Breached once',
      offences: [
        { main: true, homeOfficeCode: '030/00' },
        { main: false, homeOfficeCode: '999/01', description: 'Something local', count: 2 },
      ],
    })
    assert.equal(updated.version, 2)
    assert.equal(updated.notes, 'Breached once')
    assert.deepEqual(
      updated.offences.map((o) => [o.homeOfficeCode, o.count]),
      [
        ['030/00', 1],
        ['999/01', 2],
      ],
    )
    assert.equal(updated.disposal?.requirements.length, 2, 'the disposal is kept when not sent')
    await assert.rejects(
      sentences.updateEvent(systemActor, created.id, { version: 1, notes: 'x' }),
      (e: DomainError) => {
        assert.equal(e.code, 'record.stale_version')
        assert.equal((e.data as { version: number }).version, 2)
        return true
      },
    )
    const noDisposal = await sentences.updateEvent(systemActor, created.id, { version: 2, disposal: null })
    assert.equal(noDisposal.disposal, null)
    // The merged event is checked as a whole: the new sentence date falls before the stored conviction.
    await assert.rejects(
      sentences.updateEvent(systemActor, created.id, {
        version: 3,
        disposal: { type: 'community_order', sentenceDate: '2026-03-31' },
      }),
      (e: DomainError) => {
        assert.deepEqual(
          e.details.map((d) => d.path),
          ['disposal.sentenceDate'],
        )
        return true
      },
    )
  })

  it('soft-deletes and restores, with the history of every change', async () => {
    const crn = await newPerson()
    const created = await sentences.createEvent(systemActor, crn, event())
    await rejects(sentences.deleteEvent(systemActor, created.id, { version: 9 }), 'record.stale_version')
    const deleted = await sentences.deleteEvent(systemActor, created.id)
    assert.equal(deleted.version, 2)
    await rejects(sentences.getEvent(systemActor, created.id), 'event.not_found')
    assert.deepEqual(await sentences.listEvents(systemActor, crn), [])
    await rejects(sentences.deleteEvent(systemActor, created.id), 'event.not_found')
    const restored = await sentences.restoreEvent(systemActor, created.id)
    assert.equal(restored.version, 3)
    await rejects(sentences.restoreEvent(systemActor, created.id), 'event.not_deleted')
    assert.equal((await sentences.getEvent(systemActor, created.id)).id, created.id)
    const history = await sentences.eventHistory(systemActor, created.id)
    assert.deepEqual(
      history.map((h) => [h.action, (h.data as { version: number }).version]),
      [
        ['event.created', 1],
        ['event.deleted', 2],
        ['event.restored', 3],
      ],
    )
    const reads = await audit.entriesFor(services.database.db, { targetType: 'event', targetId: created.id })
    assert.ok(
      reads.some((r) => r.action === 'event.read'),
      'reads are audited too',
    )
    await rejects(sentences.getEvent(systemActor, 'not-a-uuid'), 'event.not_found')
  })

  it('checks permissions first', async () => {
    const crn = await newPerson()
    await rejects(sentences.createEvent(userActor(['analyst']), crn, event()), 'access.forbidden')
    const created = await sentences.createEvent(userActor(['practitioner']), crn, event())
    await rejects(sentences.deleteEvent(userActor(['practitioner']), created.id), 'access.forbidden')
  })

  it('imports many events in one go, numbering after existing ones, all or nothing', async () => {
    const crnA = await newPerson()
    const crnB = await newPerson()
    await sentences.createEvent(systemActor, crnA, event())
    const refA = await findPersonRef(services.database.db, crnA)
    const refB = await findPersonRef(services.database.db, crnB)
    const items = [
      { crn: crnA, personId: refA!.id, event: event() },
      { crn: crnB, personId: refB!.id, event: event() },
      { crn: crnA, personId: refA!.id, event: event({ disposal: null }) },
    ]
    await assert.rejects(
      sentences.importEvents(systemActor, [
        ...items,
        { crn: crnB, personId: refB!.id, event: event({ offences: [] }) },
      ]),
      (e: DomainError) => {
        assert.deepEqual(
          e.details.map((d) => d.path),
          ['items.3.event.offences'],
        )
        return true
      },
    )
    const created = await sentences.importEvents(systemActor, items)
    assert.deepEqual(
      created.map((c) => [c.crn, c.eventNumber]),
      [
        [crnA, 2],
        [crnB, 1],
        [crnA, 3],
      ],
    )
    const listed = await sentences.listEvents(systemActor, crnA)
    assert.deepEqual(
      listed.map((e) => e.eventNumber),
      [1, 2, 3],
    )
    const entries = await audit.entriesFor(services.database.db, {
      targetType: 'event',
      targetId: created[1]!.id,
    })
    assert.equal(entries[0]?.action, 'event.created')
    assert.equal(entries[0]?.target.crn, crnB)
  })
})
