import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Sounds } from './matching.names.rules'
import {
  DUPLICATE_THRESHOLD,
  isLikelyDuplicate,
  type MatchCandidate,
  nameReadings,
  type SearchCriteria,
  scoreMatch,
} from './matching.score.rules'

const CODES: Record<string, string[]> = {
  SMITH: ['SM0', 'XMT'],
  SMYTH: ['SM0', 'XMT'],
  SMYTHE: ['SM0', 'XMT'],
}
const sounds: Sounds = (a, b) => Boolean(CODES[a]?.some((code) => CODES[b]?.includes(code)))

const criteria = (over: Partial<SearchCriteria>): SearchCriteria => ({
  firstName: null,
  middleNames: [],
  surname: null,
  words: [],
  dateOfBirth: null,
  crn: null,
  pnc: null,
  cro: null,
  prisonNumber: null,
  niNumber: null,
  postcode: null,
  ...over,
})

const william: MatchCandidate = {
  names: [
    {
      kind: 'main',
      firstName: 'William',
      middleNames: 'John',
      surname: 'Smith-Jones',
      dateOfBirth: '1985-03-12',
    },
    { kind: 'alias', firstName: 'Billy', middleNames: null, surname: 'Smythe', dateOfBirth: '1984-01-02' },
  ],
  dateOfBirth: '1985-03-12',
  crn: 'A000001',
  pnc: '2001/0123456F',
  cro: null,
  prisonNumber: null,
  niNumber: null,
  postcodes: [
    { postcode: 'M1 1AE', status: 'main' },
    { postcode: 'LS1 4AP', status: 'previous' },
  ],
  formerIdentifiers: [{ crn: 'A000009', pnc: null, cro: '123456/01X', prisonNumber: null, niNumber: null }],
}

describe('a person scored against what was searched for', () => {
  const table: [string, Partial<SearchCriteria>, number, number, RegExp[]][] = [
    [
      'exact names and date of birth',
      { firstName: 'WILLIAM', surname: 'SMITH JONES', dateOfBirth: '1985-03-12' },
      1,
      1,
      [/^surname matched$/, /^first name matched$/, /^date of birth matched$/],
    ],
    [
      'a nickname',
      { firstName: 'BILL', surname: 'SMITH JONES', dateOfBirth: '1985-03-12' },
      0.95,
      0.98,
      [/first name matched as another form/],
    ],
    [
      'one part of the surname, day and month swapped',
      { firstName: 'WILLIAM', surname: 'JONES', dateOfBirth: '1985-12-03' },
      0.85,
      0.95,
      [/one part of a double-barrelled/, /day and month swapped/],
    ],
    [
      'an alias surname phonetically, its own date of birth',
      { firstName: 'BILLY', surname: 'SMYTH', dateOfBirth: '1984-01-02' },
      0.9,
      0.97,
      [/^alias surname matched phonetically$/, /^alias date of birth matched$/],
    ],
    [
      'first and last names swapped',
      { firstName: 'SMITH JONES', surname: 'WILLIAM', dateOfBirth: '1985-03-12' },
      0.9,
      0.96,
      [/first and last names swapped/],
    ],
    [
      'an initial',
      { firstName: 'W', surname: 'SMITH JONES', dateOfBirth: '1985-03-12' },
      0.88,
      0.93,
      [/first name matched the initial/],
    ],
    [
      'a missing middle name on record, an extra one given',
      { firstName: 'WILLIAM', middleNames: ['PETER'], surname: 'SMITH JONES', dateOfBirth: '1985-03-12' },
      0.9,
      0.99,
      [/middle names differ/],
    ],
    [
      'free text in any order',
      { words: ['JONES', 'WILLIAM'], dateOfBirth: '1985-03-12' },
      0.95,
      1,
      [/surname matched one part/],
    ],
    ['a PNC alone', { pnc: '2001/0123456F' }, 1, 1, [/^PNC matched$/]],
    [
      'a CRO number of a record merged in',
      { cro: '123456/01X' },
      1,
      1,
      [/CRO number matched a record merged/],
    ],
    [
      'a previous address postcode alone',
      { postcode: 'LS1 4AP' },
      0.9,
      0.9,
      [/postcode of a previous address matched/],
    ],
    [
      'a different PNC pulls the score down',
      { firstName: 'WILLIAM', surname: 'SMITH JONES', dateOfBirth: '1985-03-12', pnc: '1999/0000001Z' },
      0.6,
      0.6,
      [/PNC differs/],
    ],
    [
      'another person',
      { firstName: 'MARY', surname: 'PATEL', dateOfBirth: '1970-06-30' },
      0,
      0.1,
      [/surname differs/, /date of birth differs/],
    ],
  ]
  for (const [name, given, low, high, reasons] of table)
    it(name, () => {
      const match = scoreMatch(criteria(given), william, sounds)
      assert.ok(
        match.score >= low && match.score <= high,
        `score ${match.score}: ${match.reasons.join('; ')}`,
      )
      for (const reason of reasons)
        assert.ok(
          match.reasons.some((r) => reason.test(r)),
          `${reason} in ${match.reasons.join('; ')}`,
        )
    })

  it('ranks the right person above namesakes with another date of birth', () => {
    const namesake = {
      ...william,
      pnc: null,
      formerIdentifiers: [],
      names: [{ ...william.names[0], dateOfBirth: '1990-01-01' }],
    } as MatchCandidate
    namesake.dateOfBirth = '1990-01-01'
    const query = criteria({ firstName: 'WILLIAM', surname: 'SMYTHE JONES', dateOfBirth: '1985-03-13' })
    assert.ok(scoreMatch(query, william, sounds).score > scoreMatch(query, namesake, sounds).score)
  })
})

describe('the twins rule (docs/DECISIONS.md 16)', () => {
  const twin = (first: string): MatchCandidate => ({
    ...william,
    pnc: null,
    formerIdentifiers: [],
    names: [
      {
        kind: 'main',
        firstName: first,
        middleNames: null,
        surname: 'Smith-Jones',
        dateOfBirth: '1985-03-12',
      },
    ],
  })
  const query = criteria({
    firstName: 'JAMES',
    surname: 'SMITH JONES',
    dateOfBirth: '1985-03-12',
    postcode: 'M1 1AE',
  })
  it('keeps a different first name at the same surname, date of birth and address apart', () => {
    const match = scoreMatch(query, twin('William'), sounds)
    assert.equal(match.evidence.twin, true)
    assert.ok(match.score <= 0.45)
    assert.ok(match.reasons.some((r) => /twin or family member/.test(r)))
    assert.equal(isLikelyDuplicate(match), false)
  })
  it('but not a nickname, a close spelling or an initial', () => {
    for (const first of ['Jim', 'Jamie', 'Jaems', 'J']) {
      const match = scoreMatch(query, twin(first), sounds)
      assert.equal(match.evidence.twin, false, first)
    }
  })
})

describe('likely duplicates', () => {
  it('needs names and date of birth agreeing, or an identifier in common', () => {
    const same = scoreMatch(
      criteria({ firstName: 'BILL', surname: 'SMITH JONES', dateOfBirth: '1985-03-12' }),
      william,
      sounds,
    )
    assert.ok(same.score >= DUPLICATE_THRESHOLD)
    assert.equal(isLikelyDuplicate(same), true)
    const noDate = scoreMatch(criteria({ firstName: 'WILLIAM', surname: 'SMITH JONES' }), william, sounds)
    assert.equal(isLikelyDuplicate(noDate), false)
    const pnc = scoreMatch(
      criteria({ firstName: 'MARY', surname: 'PATEL', pnc: '2001/0123456F' }),
      william,
      sounds,
    )
    assert.equal(isLikelyDuplicate(pnc), true)
  })
})

describe('free-text name readings', () => {
  it('tries every word as the surname (and pairs of words), another as the first name', () => {
    const readings = nameReadings(['JOHN', 'SMITH', 'JONES'])
    assert.ok(readings.some((r) => r.first === 'JOHN' && r.surname === 'SMITH JONES'))
    assert.ok(readings.some((r) => r.first === 'SMITH' && r.surname === 'JOHN'))
    assert.deepEqual(nameReadings(['SMITH']), [
      { first: null, middle: [], surname: 'SMITH' },
      { first: 'SMITH', middle: [], surname: null },
    ])
  })
})
