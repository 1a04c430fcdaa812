import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import type { DomainError } from '../../platform/errors'
import { nameKey, normaliseName } from './matching.names.rules'
import { normalInDatabase } from './search.repository'

const practitioner = userActor(['practitioner'])
const code = (expected: string) => (error: DomainError) => {
  assert.equal(error.code, expected)
  return true
}

describe('finding a person', async () => {
  const services = await testServices(fixedClock('2026-11-23T10:00:00Z'))
  const { people, audit } = services
  const { db } = services.database
  const make = (body: Record<string, unknown>) =>
    people.createPerson(systemActor, {
      sex: 'male',
      confirmDifferentPerson: true,
      differentPersonReason: 'test',
      ...body,
    })

  const william = await make({
    firstName: 'William',
    middleNames: 'John',
    surname: 'Smith-Jones',
    dateOfBirth: '1985-03-12',
    pnc: '2001/0123456F',
    cro: '123456/01X',
    prisonNumber: 'A1234BC',
    niNumber: 'AB123456C',
    postcode: 'M1 1AE',
    aliases: [{ firstName: 'Billy', surname: 'Smythe', dateOfBirth: '1984-01-02' }],
  })
  const margaret = await make({
    firstName: 'Margaret',
    surname: 'MacDonald',
    dateOfBirth: '1970-07-30',
    sex: 'female',
  })
  const sean = await make({ firstName: 'Seán', surname: "O'Brien", dateOfBirth: '1992-11-05' })
  // Namesakes: the same name, other dates of birth; a twin at William's address.
  await make({ firstName: 'William', surname: 'Smith-Jones', dateOfBirth: '1990-01-01' })
  const twin = await make({
    firstName: 'James',
    surname: 'Smith-Jones',
    dateOfBirth: '1985-03-12',
    postcode: 'M1 1AE',
  })
  for (let i = 1; i <= 9; i++)
    await make({ firstName: 'John', surname: 'Smith', dateOfBirth: `1980-0${i}-15` })

  const top = async (query: Record<string, string>) =>
    (await people.searchPeople(practitioner, query)).results
  const finds = async (query: Record<string, string>, crn: string, reason?: RegExp) => {
    const results = await top(query)
    const index = results.findIndex((r) => r.crn === crn)
    assert.ok(
      index >= 0 && index < 5,
      `${JSON.stringify(query)}: ${JSON.stringify(results.map((r) => [r.crn, r.score, r.reasons]))}`,
    )
    if (reason)
      assert.ok(
        results[index]?.reasons.some((r) => reason.test(r)),
        results[index]?.reasons.join('; '),
      )
    return results[index] as NonNullable<(typeof results)[number]>
  }

  it('finds by each identifier in any written form, and by postcode', async () => {
    await finds({ crn: william.crn.toLowerCase() }, william.crn, /CRN matched/)
    await finds({ pnc: '01/123456f' }, william.crn, /PNC matched/)
    await finds({ q: '2001/0123456Z' }, william.crn, /PNC matched/)
    await finds({ cro: '123456/01x' }, william.crn, /CRO number matched/)
    await finds({ prisonNumber: 'a1234bc' }, william.crn, /prison number matched/)
    await finds({ niNumber: 'ab 12 34 56 c' }, william.crn, /National Insurance number matched/)
    await finds({ postcode: 'm11ae' }, william.crn, /postcode matched/)
  })

  it('finds through names, aliases, misspellings, sounds, nicknames and every part of a name', async () => {
    const dob = '1985-03-12'
    await finds(
      { firstName: 'William', surname: 'Smith-Jones', dateOfBirth: dob },
      william.crn,
      /^surname matched$/,
    )
    await finds({ firstName: 'Bill', surname: 'Smith Jones', dateOfBirth: dob }, william.crn, /another form/)
    await finds({ firstName: 'William', surname: 'Jones', dateOfBirth: dob }, william.crn, /one part/)
    await finds(
      { firstName: 'Wiliam', surname: 'Smtih-Jones', dateOfBirth: dob },
      william.crn,
      /first name matched (phonetically|spelt)/,
    )
    await finds({ firstName: 'Billy', surname: 'Smith', dateOfBirth: '1984-01-02' }, william.crn, /alias/)
    await finds({ firstName: 'Smith-Jones', surname: 'William', dateOfBirth: dob }, william.crn, /swapped/)
    await finds({ firstName: 'W', surname: 'Smith-Jones', dateOfBirth: dob }, william.crn, /initial/)
    await finds({ firstName: 'John', surname: 'Smith-Jones', dateOfBirth: dob }, william.crn, /middle name/)
    await finds({ firstName: 'Peggy', surname: 'McDonald' }, margaret.crn, /another form/)
    await finds(
      { firstName: 'Margaret', surname: 'Mac Donald', dateOfBirth: '1970-07-30' },
      margaret.crn,
      /^surname matched$/,
    )
    await finds({ q: 'sean obrien' }, sean.crn, /^surname matched$/)
    await finds({ q: 'O BRIEN SEAN 5/11/92' }, sean.crn, /date of birth matched/)
  })

  it('finds through date-of-birth slips, with the slip named', async () => {
    const name = { firstName: 'William', surname: 'Smith-Jones' }
    await finds({ ...name, dateOfBirth: '1985-12-03' }, william.crn, /day and month swapped/)
    await finds({ ...name, dateOfBirth: '1985-03-13' }, william.crn, /one day out/)
    await finds({ ...name, dateOfBirth: '1985-03-17' }, william.crn, /one digit wrong/)
    await finds({ ...name, dateOfBirth: '1985-11-12' }, william.crn, /another month/)
    await finds({ ...name, dateOfBirth: '1986-03-12' }, william.crn, /year mistyped/)
    await finds(
      { q: 'smith 15/3/80' },
      (await top({ firstName: 'John', surname: 'Smith', dateOfBirth: '1980-03-15' }))[0]?.crn as string,
    )
  })

  it('ranks best first with scores from 0 to 1, the person as GET /people/{crn} gives it', async () => {
    const results = await top({ firstName: 'William', surname: 'Smith-Jones', dateOfBirth: '1985-03-12' })
    assert.equal(results[0]?.crn, william.crn)
    assert.equal(results[0]?.score, 1)
    for (let i = 1; i < results.length; i++)
      assert.ok((results[i - 1]?.score ?? 0) >= (results[i]?.score ?? 0))
    assert.ok(results.every((r) => r.score >= 0 && r.score <= 1))
    assert.deepEqual(results[0]?.person, await people.getPerson(practitioner, william.crn))
    const twinResult = results.find((r) => r.crn === twin.crn)
    assert.ok(!twinResult || twinResult.score < 0.8)
  })

  it('never finds deleted people, by name or identifier', async () => {
    const gone = await make({
      firstName: 'Ottoline',
      surname: 'Quennell',
      dateOfBirth: '1961-02-02',
      pnc: '1979/0163001B',
    })
    const spo = userActor(['spo'])
    await people.deletePerson(spo, gone.crn, { version: 1 })
    assert.deepEqual(await top({ firstName: 'Ottoline', surname: 'Quennell', dateOfBirth: '1961-02-02' }), [])
    assert.deepEqual(await top({ q: '79/163001B' }), [])
  })

  it('audits who searched for what, and each person shown as a read', async () => {
    await top({ q: 'obrien 5/11/92' })
    const searches = await audit.entriesFor(db, { targetType: 'person_search' })
    const last = searches.at(-1)
    assert.equal(last?.action, 'person.searched')
    assert.equal(last?.actor.id, practitioner.id)
    assert.deepEqual((last?.data as { query: unknown } | undefined)?.query, { q: 'obrien 5/11/92' })
    const reads = await audit.entriesFor(db, { crn: sean.crn })
    assert.ok(
      reads.some((e) => e.action === 'person.read' && (e.data as { view?: string })?.view === 'search'),
    )
  })

  it('refuses what it cannot read, and people without person:read', async () => {
    await assert.rejects(
      people.searchPeople(practitioner, { dateOfBirth: '30/02/1990' }),
      code('validation.failed'),
    )
    await assert.rejects(
      people.searchPeople(practitioner, { limit: '0', q: 'smith' }),
      code('validation.failed'),
    )
    await assert.rejects(people.searchPeople(practitioner, { shoeSize: '9' }), code('validation.failed'))
    await assert.rejects(
      people.searchPeople(userActor(['analyst']), { q: 'smith' }),
      code('access.forbidden'),
    )
  })

  it('keeps the search keys in step with updates', async () => {
    const before = await make({ firstName: 'Perpetua', surname: 'Ashdown', dateOfBirth: '1977-05-05' })
    await people.updatePerson(practitioner, before.crn, { version: 1, surname: 'Blenkinsop' })
    await finds({ firstName: 'Perpetua', surname: 'Blenkinsop' }, before.crn, /^surname matched$/)
  })

  it('normalises names in the database as in TypeScript', async () => {
    const names = [
      'O’Brien-Smith',
      'Mac Donald',
      'Zoë',
      'Łukasz',
      'Wiśniewski',
      'Strauß',
      'St. John',
      'de la  Cruz',
      'Núñez',
    ]
    for (const row of await normalInDatabase(db, names)) {
      assert.equal(row.normal, normaliseName(row.name), row.name)
      assert.equal(row.key, nameKey(normaliseName(row.name)), row.name)
    }
  })
})
