import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { personSchemas, validatePersonInput } from './people.schema'

const TODAY = '2026-11-23'
const minimal = { firstName: 'Seán', surname: 'O’Brien', sex: 'male' }

function problems(raw: unknown): Record<string, string> {
  const result = validatePersonInput(raw, TODAY)
  assert.equal(result.ok, false, 'expected the input to be refused')
  return result.ok ? {} : Object.fromEntries(result.details.map((d) => [d.path, d.message]))
}

function accepted(raw: unknown) {
  const result = validatePersonInput(raw, TODAY)
  assert.ok(result.ok, `expected the input to be accepted: ${JSON.stringify(!result.ok && result.details)}`)
  return result.value
}

describe('a person to create', () => {
  it('needs only names and sex: the date of birth may be unknown', () => {
    assert.equal(accepted(minimal).dateOfBirth, undefined)
    assert.equal(accepted({ ...minimal, dateOfBirth: null }).dateOfBirth, null)
    assert.equal(accepted({ ...minimal, dateOfBirth: '' }).dateOfBirth, null)
  })

  it('accepts a 16- or 17-year-old', () => {
    assert.equal(accepted({ ...minimal, dateOfBirth: '2010-11-23' }).dateOfBirth, '2010-11-23')
    assert.equal(accepted({ ...minimal, dateOfBirth: '2009-06-01' }).dateOfBirth, '2009-06-01')
  })

  it('keeps names as written and stores identifiers in canonical form', () => {
    const value = accepted({
      ...minimal,
      middleNames: 'Mary-Kate Ní',
      pnc: '79/163001b',
      cro: '12345/99n',
      prisonNumber: 'a1234bc',
      niNumber: 'ab 12 34 56 c',
      postcode: 'sw1a1aa',
    })
    assert.equal(value.firstName, 'Seán')
    assert.equal(value.surname, 'O’Brien')
    assert.equal(value.middleNames, 'Mary-Kate Ní')
    assert.equal(value.pnc, '1979/0163001B')
    assert.equal(value.cro, '012345/99N')
    assert.equal(value.prisonNumber, 'A1234BC')
    assert.equal(value.niNumber, 'AB123456C')
    assert.equal(value.postcode, 'SW1A 1AA')
  })

  it('lists every problem at once, each at its dotted path', () => {
    const found = problems({
      firstName: 'J0hn',
      surname: '',
      sex: 'M',
      dateOfBirth: '2023-02-30',
      pnc: '2001/0123456G',
      cro: '123456/01A',
      prisonNumber: '12345',
      niNumber: 'QQ123456C',
      postcode: 'nowhere',
      aliases: [{ firstName: 'Bill', surname: 'Smith' }, { firstName: 'Will' }],
      nickname: 'Jonny',
    })
    assert.match(found.firstName ?? '', /digits/)
    assert.match(found.surname ?? '', /blank/)
    assert.match(found.sex ?? '', /male, female, other, unknown/)
    assert.match(found.dateOfBirth ?? '', /not a real date/)
    assert.match(found.pnc ?? '', /should end in F, not G/)
    assert.match(found.cro ?? '', /should end in X/)
    assert.match(found.prisonNumber ?? '', /A1234BC/)
    assert.match(found.niNumber ?? '', /first letter/)
    assert.match(found.postcode ?? '', /not a UK postcode/)
    assert.equal(found['aliases.1.surname'], 'is required')
    assert.match(found[''] ?? '', /unknown field: nickname/)
    assert.equal(Object.keys(found).length, 11)
  })

  it('refuses a date of birth in the future, under 10 or before 1900, saying why', () => {
    assert.match(problems({ ...minimal, dateOfBirth: '2027-01-01' }).dateOfBirth ?? '', /future/)
    assert.match(
      problems({ ...minimal, dateOfBirth: '2020-01-01' }).dateOfBirth ?? '',
      /age of criminal responsibility/,
    )
    assert.match(problems({ ...minimal, dateOfBirth: '1850-01-01' }).dateOfBirth ?? '', /1900/)
    assert.match(problems({ ...minimal, dateOfBirth: 19900425 }).dateOfBirth ?? '', /string/)
  })

  it('checks aliases like the main name', () => {
    const found = problems({
      ...minimal,
      aliases: [{ firstName: 'Bill', surname: 'X1', dateOfBirth: '2030-01-01' }],
    })
    assert.match(found['aliases.0.surname'] ?? '', /digits/)
    assert.match(found['aliases.0.dateOfBirth'] ?? '', /future/)
    const fine = accepted({ ...minimal, aliases: [{ firstName: 'Bill', surname: 'O’Brien' }] })
    assert.deepEqual(fine.aliases, [{ firstName: 'Bill', surname: 'O’Brien' }])
  })

  it('allows one main address, and a no-fixed-abode address without street or postcode', () => {
    const value = accepted({
      ...minimal,
      addresses: [
        { status: 'main', noFixedAbode: true, town: 'Leeds' },
        { status: 'previous', streetName: 'High Street', postcode: 'LS1 4AP', endDate: '2026-01-01' },
      ],
    })
    assert.equal(value.addresses?.[0]?.noFixedAbode, true)
    assert.equal(value.addresses?.[1]?.postcode, 'LS1 4AP')
    const found = problems({
      ...minimal,
      addresses: [
        { status: 'main', streetName: 'High Street' },
        { status: 'secondary', town: 'Leeds' },
        { status: 'main', postcode: 'M1 1AE', startDate: '2026-02-01', endDate: '2026-01-01' },
        { status: 'home', postcode: 'M1 1AE' },
      ],
    })
    assert.match(found['addresses.1'] ?? '', /building name, a street name or a postcode/)
    assert.match(found['addresses.2.endDate'] ?? '', /before the start date/)
    assert.match(found['addresses.3.status'] ?? '', /main, previous, secondary, postal/)
  })

  it('refuses a second main address', () => {
    const found = problems({
      ...minimal,
      addresses: [
        { status: 'main', streetName: 'High Street' },
        { status: 'main', postcode: 'M1 1AE' },
      ],
    })
    assert.match(found['addresses.1.status'] ?? '', /only one address can be the main address/)
  })

  it('refuses a top-level postcode that differs from the main address', () => {
    const found = problems({
      ...minimal,
      postcode: 'SW1A 1AA',
      addresses: [{ status: 'main', postcode: 'M1 1AE' }],
    })
    assert.match(found.postcode ?? '', /differs from the main address's postcode M1 1AE/)
  })

  it('checks circumstances and contact details', () => {
    const found = problems({
      ...minimal,
      circumstances: [
        { kind: 'disability', type: '' },
        { kind: 'mood', type: 'x' },
      ],
      emailAddress: 'not an email',
      phoneNumber: 'call me',
    })
    assert.match(found['circumstances.0.type'] ?? '', /blank/)
    assert.match(found['circumstances.1.kind'] ?? '', /reasonable_adjustment/)
    assert.match(found.emailAddress ?? '', /email address/)
    assert.match(found.phoneNumber ?? '', /telephone number/)
  })
})

describe('a change to a person', () => {
  const update = personSchemas(TODAY).update

  it('needs the version it is based on, and nothing else', () => {
    assert.deepEqual(update.parse({ version: 3 }), { version: 3 })
    const missing = update.safeParse({ surname: 'Smith' })
    assert.equal(missing.success, false)
    assert.deepEqual(
      missing.error?.issues.map((i) => i.path.join('.')),
      ['version'],
    )
  })

  it('may clear what is no longer known, but never a name or the sex', () => {
    assert.deepEqual(update.parse({ version: 1, dateOfBirth: null, pnc: null }), {
      version: 1,
      dateOfBirth: null,
      pnc: null,
    })
    const refused = update.safeParse({ version: 1, surname: null, sex: null, other: 1 })
    assert.deepEqual(refused.error?.issues.map((i) => i.path.join('.')).sort(), ['', 'sex', 'surname'])
  })
})

describe('free text', () => {
  it('keeps line breaks but refuses other control characters', () => {
    const value = accepted({
      ...minimal,
      circumstances: [{ kind: 'circumstance', type: 'carer', notes: 'a\nb\tc' }],
    })
    assert.equal(value.circumstances?.[0]?.notes, 'a\nb\tc')
    const found = problems({
      ...minimal,
      ethnicity: 'x\u0000y',
      circumstances: [{ kind: 'disability', type: 'a\u0007' }],
    })
    assert.match(found.ethnicity ?? '', /control characters/)
    assert.match(found['circumstances.0.type'] ?? '', /control characters/)
  })
})
