import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { decideCaseAccess, mergedCaseLists, NO_LISTS } from './restrictions.rules'

const user = (id: string) => ({ kind: 'user' as const, id })

describe('who may see a case, given its lists', () => {
  it('shows a case without lists to everyone', () => {
    assert.deepEqual(decideCaseAccess(user('a'), NO_LISTS), { visibility: 'visible', reason: 'no lists' })
  })

  it('shows a restricted case only to the named users', () => {
    const lists = { restrictedTo: ['a'], excluded: [], showAsRestricted: false }
    assert.equal(decideCaseAccess(user('a'), lists).visibility, 'visible')
    assert.deepEqual(decideCaseAccess(user('b'), lists), {
      visibility: 'hidden',
      reason: 'not on the restriction list',
    })
  })

  it('never shows a case to an excluded user, even one also on the restriction list', () => {
    const lists = { restrictedTo: ['a'], excluded: ['a'], showAsRestricted: false }
    assert.deepEqual(decideCaseAccess(user('a'), lists), { visibility: 'hidden', reason: 'excluded' })
    const excludedOnly = { restrictedTo: [], excluded: ['a'], showAsRestricted: false }
    assert.equal(decideCaseAccess(user('a'), excludedOnly).visibility, 'hidden')
    assert.deepEqual(decideCaseAccess(user('b'), excludedOnly), {
      visibility: 'visible',
      reason: 'not excluded',
    })
  })

  it('shows the name and "restricted" instead of nothing when policy says so', () => {
    const lists = { restrictedTo: ['a'], excluded: ['c'], showAsRestricted: true }
    assert.equal(decideCaseAccess(user('b'), lists).visibility, 'restricted')
    assert.equal(decideCaseAccess(user('c'), lists).visibility, 'restricted')
    assert.equal(decideCaseAccess(user('a'), lists).visibility, 'visible')
  })

  it('does not restrict system actors (CLI, jobs)', () => {
    const lists = { restrictedTo: ['a'], excluded: ['cli'], showAsRestricted: false }
    assert.deepEqual(decideCaseAccess({ kind: 'system', id: 'cli' }, lists), {
      visibility: 'visible',
      reason: 'system actor',
    })
  })

  it('gives a merged case the stricter of both records’ lists', () => {
    const open = { restrictedTo: [], excluded: ['x'], showAsRestricted: true }
    const restricted = { restrictedTo: ['a'], excluded: ['y'], showAsRestricted: true }
    assert.equal(mergedCaseLists(open, NO_LISTS), open)
    assert.deepEqual(mergedCaseLists(NO_LISTS, restricted), restricted)
    assert.deepEqual(mergedCaseLists(open, { ...restricted, restrictedTo: ['a', 'b'] }), {
      restrictedTo: ['a', 'b'],
      excluded: ['x', 'y'],
      showAsRestricted: true,
    })
    const hidden = { restrictedTo: ['b'], excluded: [], showAsRestricted: false }
    assert.deepEqual(mergedCaseLists(hidden, restricted), {
      restrictedTo: ['b', 'a'],
      excluded: ['y'],
      showAsRestricted: false,
    })
  })
})
