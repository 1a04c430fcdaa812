import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readCro, readPnc, readSearch, type SearchParams } from './search.query.rules'

const today = '2026-11-23'
const read = (params: SearchParams) => {
  const result = readSearch(params, today)
  if (!result.ok) throw new Error(JSON.stringify(result.details))
  return result.criteria
}

describe('identifiers in any written form', () => {
  const pncs: [string, string | null][] = [
    ['2001/0123456F', '2001/0123456F'],
    ['2001/123456f', '2001/0123456F'],
    ['01/123456F', '2001/0123456F'],
    // A wrong check letter: the digits decide.
    ['2001/0123456Z', '2001/0123456F'],
    ['2001/0123456', '2001/0123456F'],
    ['79/163001B', '1979/0163001B'],
    ['2099/0000001A', null],
    ['2001/0000000F', null],
    ['A123456', null],
  ]
  for (const [text, expected] of pncs)
    it(`PNC ${text} -> ${expected}`, () => assert.equal(readPnc(text, today), expected))
  const cros: [string, string | null][] = [
    ['123456/01X', '123456/01X'],
    ['123456/01', '123456/01X'],
    ['sf93/123456x', 'SF93/123456X'],
    ['nonsense', null],
  ]
  for (const [text, expected] of cros)
    it(`CRO ${text} -> ${expected}`, () => assert.equal(readCro(text), expected))
})

describe('the free-text box', () => {
  it('reads a name and a date: "smith 12/3/85"', () => {
    const c = read({ q: 'smith 12/3/85' })
    assert.deepEqual(c.words, ['SMITH'])
    assert.equal(c.dateOfBirth, '1985-03-12')
  })
  it('reads a PNC with a wrong check letter: "2001/0123456Z"', () => {
    assert.equal(read({ q: '2001/0123456Z' }).pnc, '2001/0123456F')
  })
  it('reads every kind of identifier, spaced as people write them, and names in any order', () => {
    const c = read({
      q: "O'Brien-Smith Seán a123456 A1234BC ab 12 34 56 c sw1a 1aa 12 March 1985 123456/01X",
    })
    assert.deepEqual(c.words, ['OBRIEN SMITH', 'SEAN'])
    assert.equal(c.crn, 'A123456')
    assert.equal(c.prisonNumber, 'A1234BC')
    assert.equal(c.niNumber, 'AB123456C')
    assert.equal(c.postcode, 'SW1A 1AA')
    assert.equal(c.dateOfBirth, '1985-03-12')
    assert.equal(c.cro, '123456/01X')
  })
  it('names what it cannot read', () => {
    const result = readSearch({ q: 'smith x9!' }, today)
    assert.equal(result.ok, false)
    if (!result.ok) assert.match(result.details[0]?.message ?? '', /could not read "x9!"/)
  })
})

describe('the named fields', () => {
  it('normalises names and reads each identifier and date', () => {
    const c = read({
      firstName: 'Zoë',
      middleNames: 'Anne-Marie',
      surname: 'Mac Donald',
      dateOfBirth: '12/03/1985',
      pnc: '01/123456F',
      niNumber: 'ab 12 34 56 c',
    })
    assert.equal(c.firstName, 'ZOE')
    assert.deepEqual(c.middleNames, ['ANNE', 'MARIE'])
    assert.equal(c.surname, 'MAC DONALD')
    assert.equal(c.dateOfBirth, '1985-03-12')
    assert.equal(c.pnc, '2001/0123456F')
    assert.equal(c.niNumber, 'AB123456C')
  })
  it('refuses each field it cannot read, by name, and an empty search', () => {
    const result = readSearch(
      { dateOfBirth: '31/02/1985', pnc: 'nope', postcode: 'XX', surname: 'Sm1th' },
      today,
    )
    assert.equal(result.ok, false)
    if (!result.ok)
      assert.deepEqual(result.details.map((d) => d.path).sort(), [
        'dateOfBirth',
        'pnc',
        'postcode',
        'surname',
      ])
    const empty = readSearch({ q: '  ' }, today)
    assert.equal(empty.ok, false)
    if (!empty.ok) assert.match(empty.details[0]?.message ?? '', /give something to search for/)
  })
})
