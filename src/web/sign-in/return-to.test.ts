import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { safeReturnTo } from './return-to'

describe('safeReturnTo', () => {
  const cases: [unknown, string][] = [
    ['/', '/'],
    ['/cases?page=2', '/cases?page=2'],
    ['/people/X123456/addresses', '/people/X123456/addresses'],
    [undefined, '/'],
    ['', '/'],
    [['/a', '/b'], '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['\\\\evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['evil.example', '/'],
    ['/sign-in?returnTo=/x', '/'],
    ['/sign-out', '/'],
    [`/${'a'.repeat(3000)}`, '/'],
  ]
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)?.slice(0, 40)} -> ${expected}`, () => {
      assert.equal(safeReturnTo(input), expected)
    })
  }
})
