import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Sounds } from './matching.names.rules'
import { type NameRow, quickScore, shortlist } from './matching.shortlist.rules'

const sounds: Sounds = (a, b) => (a === 'SMITH' || a === 'SMYTH') && (b === 'SMITH' || b === 'SMYTH')
const row = (
  personId: string,
  firstKey: string,
  surnameKey: string,
  dateOfBirth: string | null,
): NameRow => ({
  personId,
  firstKey,
  surnameKey,
  dateOfBirth,
})

describe('the quick look at stored name forms', () => {
  const query = { surname: 'SMYTH', first: 'BILL', words: [], dateOfBirth: '1985-03-12' }
  const table: [string, NameRow, number, number][] = [
    ['sound-alike surname, nickname, same date', row('a', 'WILLIAM', 'SMITH', '1985-03-12'), 0.9, 0.95],
    ['exact names, swapped date', row('b', 'BILL', 'SMYTH', '1985-12-03'), 0.95, 0.96],
    ['names swapped', row('c', 'SMYTH', 'BILL', '1985-03-12'), 1, 1],
    ['someone else', row('d', 'MARY', 'PATEL', '1970-01-01'), 0, 0],
    ['no date on record', row('e', 'BILL', 'SMYTH', null), 0.83, 0.84],
  ]
  for (const [name, candidate, low, high] of table)
    it(name, () => {
      const score = quickScore(query, candidate, sounds)
      assert.ok(score >= low && score <= high, `${score}`)
    })

  it('reads free words in every role and keeps the best people, one entry each', () => {
    const free = { surname: null, first: null, words: ['BILL', 'SMITH'], dateOfBirth: null }
    assert.equal(quickScore(free, row('a', 'BILL', 'SMITH', null), sounds), 1)
    const rows = [
      row('x', 'MARY', 'PATEL', null),
      row('a', 'BILL', 'SMITH', null),
      row('a', 'WILLIAM', 'SMITH', null),
      row('b', 'BILLY', 'SMYTH', null),
    ]
    assert.deepEqual(shortlist(free, rows, sounds, 2), ['a', 'b'])
  })
})
