import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import type { DomainError } from '../../platform/errors'
import { validatePersonInput } from './people.schema'

const practitioner = userActor(['practitioner'])
const today = '2026-11-23'

describe('likely duplicates of a new person', async () => {
  const services = await testServices(fixedClock(`${today}T10:00:00Z`))
  const { people, audit } = services
  const { db } = services.database
  const existing = await people.createPerson(systemActor, {
    firstName: 'Margaret',
    surname: 'McDonald',
    sex: 'female',
    dateOfBirth: '1970-07-30',
    pnc: '2001/0123456F',
    postcode: 'M1 1AE',
  })
  const duplicate = (error: DomainError & { data?: any }) => {
    assert.equal(error.code, 'person.possible_duplicate')
    return true
  }

  it('refuses a person who looks like one on record, with the candidates and why (and reads audited)', async () => {
    const error = await people
      .createPerson(practitioner, {
        firstName: 'Peggy',
        surname: 'MacDonald',
        sex: 'female',
        dateOfBirth: '1970-07-03',
      })
      .catch((e: DomainError & { data?: any }) => e)
    assert.ok(error && duplicate(error as DomainError))
    const { candidates } = (error as DomainError & { data: any }).data
    assert.equal(candidates[0].crn, existing.crn)
    assert.ok(candidates[0].score >= 0.8)
    assert.ok(candidates[0].reasons.some((r: string) => /another form of the name/.test(r)))
    assert.ok(candidates[0].reasons.some((r: string) => /one digit wrong|two digits swapped/.test(r)))
    assert.match((error as DomainError).details[0]?.message ?? '', new RegExp(existing.crn))
    const reads = await audit.entriesFor(db, { crn: existing.crn })
    assert.ok(reads.some((e) => e.action === 'person.read' && e.actor.id === practitioner.id))
    assert.equal((await people.searchPeople(practitioner, { surname: 'MacDonald' })).results.length, 1)
  })

  it('refuses a shared identifier whatever the name', async () => {
    await assert.rejects(
      people.createPerson(practitioner, {
        firstName: 'Zed',
        surname: 'Zebedee',
        sex: 'male',
        pnc: '01/123456F',
      }),
      duplicate,
    )
  })

  it('creates the person when confirmed different with a reason, and records both', async () => {
    await assert.rejects(
      people.createPerson(practitioner, {
        firstName: 'Margaret',
        surname: 'McDonald',
        sex: 'female',
        dateOfBirth: '1970-07-30',
        confirmDifferentPerson: true,
      }),
      (e: DomainError) => e.code === 'validation.failed' && e.details[0]?.path === 'differentPersonReason',
    )
    const created = await people.createPerson(practitioner, {
      firstName: 'Margaret',
      surname: 'McDonald',
      sex: 'female',
      dateOfBirth: '1970-07-30',
      confirmDifferentPerson: true,
      differentPersonReason: 'Mother and daughter: checked with the court',
    })
    const entries = await audit.entriesFor(db, { crn: created.crn })
    assert.deepEqual(
      entries.map((e) => e.action),
      ['person.created', 'person.confirmed_different'],
    )
    const data = entries[1]?.data as { reason: string; candidates: { crn: string }[] }
    assert.equal(data.reason, 'Mother and daughter: checked with the court')
    assert.equal(data.candidates[0]?.crn, existing.crn)
  })

  it('lets twins be created: same surname, date of birth and address, another first name', async () => {
    const twin = await people.createPerson(practitioner, {
      firstName: 'Elspeth',
      surname: 'McDonald',
      sex: 'female',
      dateOfBirth: '1970-07-30',
      postcode: 'M1 1AE',
    })
    assert.match(twin.crn, /^[A-Z]\d{6}$/)
  })

  it('gives the import each row’s likely duplicates, in order', async () => {
    const rows = [
      { firstName: 'Maggie', surname: 'Mcdonald', sex: 'female', dateOfBirth: '1970-07-30' },
      { firstName: 'Unique', surname: 'Nobodyelse', sex: 'male', dateOfBirth: '1999-09-09' },
      { firstName: 'X', surname: 'Y', sex: 'male', pnc: '2001/0123456F' },
    ].map((raw) => {
      const checked = validatePersonInput(raw, today)
      assert.ok(checked.ok)
      return checked.value
    })
    const found = await people.findLikelyDuplicates(systemActor, rows)
    assert.equal(found.length, 3)
    assert.ok(found[0]?.some((c) => c.crn === existing.crn))
    assert.deepEqual(found[1], [])
    assert.equal(found[2]?.[0]?.crn, existing.crn)
    assert.ok(found[2]?.[0]?.reasons.includes('PNC matched'))
  })
})
