import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  compareFirstNames,
  compareSurnames,
  firstNamesCompatible,
  jaroWinkler,
  nameKey,
  normaliseName,
  type Sounds,
} from './matching.names.rules'
import { areNicknames, nameForms, nicknamePairCount } from './nicknames.rules'

// Double metaphone codes as the database gives them (dmetaphone, dmetaphone_alt), for the words used here.
const CODES: Record<string, string[]> = {
  SMITH: ['SM0', 'XMT'],
  SMYTH: ['SM0', 'XMT'],
  SCHMIDT: ['XMT', 'SMT'],
  THOMPSON: ['TMPS'],
  TOMPSON: ['TMPS'],
  KATHERINE: ['K0RN', 'KTRN'],
  CATHERINE: ['K0RN', 'KTRN'],
  STEPHEN: ['STFN'],
  STEVEN: ['STFN'],
  JONES: ['JNS', 'ANS'],
  JOANS: ['JNS', 'ANS'],
}
const sounds: Sounds = (a, b) => Boolean(CODES[a]?.some((code) => CODES[b]?.includes(code)))

describe('name normalisation', () => {
  const table: [string, string, string][] = [
    ['O’Brien-Smith', 'OBRIEN SMITH', 'OBRIENSMITH'],
    ["O'Brien", 'OBRIEN', 'OBRIEN'],
    ['  de  la   Cruz ', 'DE LA CRUZ', 'DELACRUZ'],
    ['MacDonald', 'MACDONALD', 'MCDONALD'],
    ['Mac Donald', 'MAC DONALD', 'MCDONALD'],
    ['McDonald', 'MCDONALD', 'MCDONALD'],
    ['Mack', 'MACK', 'MACK'],
    ['Zoë', 'ZOE', 'ZOE'],
    ['Seán', 'SEAN', 'SEAN'],
    ['Łukasz', 'LUKASZ', 'LUKASZ'],
    ['Wiśniewski', 'WISNIEWSKI', 'WISNIEWSKI'],
    ['Müller', 'MULLER', 'MULLER'],
    ['Strauß', 'STRAUSS', 'STRAUSS'],
    ['St. John', 'ST JOHN', 'STJOHN'],
    ['Søndergaard', 'SONDERGAARD', 'SONDERGAARD'],
  ]
  for (const [raw, normal, key] of table)
    it(`${raw} -> ${normal} (${key})`, () => {
      assert.equal(normaliseName(raw), normal)
      assert.equal(nameKey(normaliseName(raw)), key)
    })
})

describe('surnames compared', () => {
  const table: [string, string, number, RegExp][] = [
    ['SMITH', 'SMITH', 1, /^matched$/],
    ['MCDONALD', 'MACDONALD', 1, /^matched$/],
    ['MAC DONALD', 'MCDONALD', 1, /^matched$/],
    ['OBRIEN', 'O BRIEN', 1, /^matched$/],
    ['SMITH', 'SMITH JONES', 0.9, /one part of a double-barrelled/],
    ['JONES', 'SMITH JONES', 0.9, /one part of a double-barrelled/],
    ['JONES SMITH', 'SMITH JONES', 0.95, /parts in another order/],
    ['SMYTH', 'SMITH', 0.85, /phonetically/],
    ['SCHMIDT', 'SMITH', 0.85, /phonetically/],
    ['THOMPSON', 'TOMPSON', 0.85, /phonetically/],
    ['SMTIH', 'SMITH', 0.8, /spelt similarly/],
    ['WILLIAMSON', 'WILIAMSON', 0.8, /spelt similarly/],
    ['JOANS', 'SMITH JONES', 0.8, /one part .* phonetically/],
    ['PATEL', 'KHAN', 0, /differs/],
  ]
  for (const [query, candidate, level, reason] of table)
    it(`${query} ~ ${candidate}: ${level}`, () => {
      const result = compareSurnames(query, candidate, sounds)
      assert.equal(result.level, level)
      assert.match(result.reason, reason)
    })
})

describe('first names compared', () => {
  const table: [string, string, number, RegExp][] = [
    ['WILLIAM', 'WILLIAM', 1, /^matched$/],
    ['BILL', 'WILLIAM', 0.9, /another form of the name \(Bill and William\)/],
    ['PEGGY', 'MARGARET', 0.9, /another form/],
    ['W', 'WILLIAM', 0.7, /initial/],
    ['WILLIAM', 'W', 0.7, /initial/],
    ['J', 'WILLIAM', 0, /differs/],
    ['STEPHEN', 'STEVEN', 0.9, /another form/],
    ['KATHERINE', 'CATHERINE', 0.9, /another form/],
    ['CHRISTOPH', 'CHRISTOPHER', 0.8, /shortened form|spelt/],
    ['JOHN PAUL', 'JOHN', 0.9, /first part/],
    ['JOHNATHAN', 'JONATHAN', 0.65, /spelt similarly/],
    ['JOHN', 'MARY', 0, /differs/],
  ]
  for (const [query, candidate, level, reason] of table)
    it(`${query} ~ ${candidate}: ${level}`, () => {
      const result = compareFirstNames(query, candidate, sounds)
      assert.equal(result.level, level, result.reason)
      assert.match(result.reason, reason)
    })

  it('treats first names as one person’s under the twins rule only when alike', () => {
    assert.equal(firstNamesCompatible('BILL', 'WILLIAM'), true)
    assert.equal(firstNamesCompatible('JON', 'JOHN'), true)
    assert.equal(firstNamesCompatible('J', 'JOHN'), true)
    assert.equal(firstNamesCompatible('JOHN', 'JAMES'), false)
    assert.equal(firstNamesCompatible('JANE', 'JOHN'), false)
  })
})

describe('Jaro-Winkler', () => {
  const table: [string, string, number][] = [
    ['MARTHA', 'MARHTA', 0.961],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.813],
    ['SMITH', 'SMITH', 1],
    ['ABC', '', 0],
  ]
  for (const [a, b, expected] of table)
    it(`${a} ~ ${b} = ${expected}`, () => assert.equal(Math.round(jaroWinkler(a, b) * 1000) / 1000, expected))
})

describe('the nickname table', () => {
  it('holds at least 150 pairs and works both ways', () => {
    assert.ok(nicknamePairCount() >= 150, `${nicknamePairCount()} pairs`)
    assert.equal(areNicknames('BILL', 'WILLIAM'), true)
    assert.equal(areNicknames('WILLIAM', 'BILL'), true)
    assert.equal(areNicknames('PEGGY', 'MARGARET'), true)
    assert.equal(areNicknames('ALEX', 'ALEXANDRA'), true)
    assert.equal(areNicknames('ALEX', 'ALEXANDER'), true)
    assert.equal(areNicknames('ALEXANDER', 'ALEXANDRA'), false)
    assert.equal(areNicknames('BILL', 'ROBERT'), false)
    assert.ok(nameForms('BOB').includes('ROBERT'))
    assert.deepEqual(nameForms('ZEBEDEE'), ['ZEBEDEE'])
  })
})
