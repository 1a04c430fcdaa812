import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { newId } from './ids'

describe('newId', () => {
  it('makes RFC 9562 version 7 UUIDs that carry the time first', () => {
    const before = Date.now()
    const id = newId()
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    const ms = Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16)
    assert.ok(ms >= before && ms <= Date.now())
  })

  it('never repeats and sorts by creation time across milliseconds', async () => {
    const first = newId()
    await new Promise((resolve) => setTimeout(resolve, 3))
    const ids = Array.from({ length: 10_000 }, newId)
    assert.equal(new Set(ids).size, ids.length)
    assert.ok(ids.every((id) => id > first))
  })
})
