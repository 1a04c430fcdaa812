import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { startProgress } from './progress'

function fakeStream(isTTY: boolean) {
  const writes: string[] = []
  return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } }
}

describe('progress', () => {
  it('on a terminal redraws one bar in place, then ends with a closing line', () => {
    let now = 0
    const { writes, stream } = fakeStream(true)
    const progress = startProgress('Seeding', 1000, { stream, unit: 'people', now: () => now })
    for (let done = 100; done <= 1000; done += 100) {
      now += 500
      progress.update(done)
    }
    progress.finish()
    const bars = writes.filter((w) => w.startsWith('\r') && w.includes('█'))
    assert.equal(bars.length, 10)
    assert.ok(
      bars.every((b) => !b.includes('\n')),
      'a bar never starts a new line',
    )
    assert.match(bars.at(-1) as string, /100% 1,000\/1,000 people 200\/s/)
    assert.match(writes.at(-1) as string, /^Seeding: done, 1,000 people in 5\.0s\n$/)
  })

  it('redraws a terminal bar at most ten times a second', () => {
    let now = 0
    const { writes, stream } = fakeStream(true)
    const progress = startProgress('Importing', 1000, { stream, now: () => now })
    for (let done = 1; done <= 1000; done++) {
      now += 1 // a millisecond per row: 1,000 updates in one second
      progress.update(done)
    }
    assert.ok(writes.length <= 11, `${writes.length} redraws`)
  })

  it('elsewhere writes a plain line at each tenth, not one per update', () => {
    let now = 0
    const { writes, stream } = fakeStream(false)
    const progress = startProgress('Checking', 1000, { stream, unit: 'rows', now: () => now })
    for (let done = 1; done <= 1000; done++) {
      now += 10
      progress.update(done)
    }
    progress.finish('1,000 rows checked')
    assert.ok(writes.every((w) => w.endsWith('\n') && !w.includes('\r')))
    assert.ok(writes.length >= 9 && writes.length <= 11, `${writes.length} lines`)
    assert.ok(writes.includes('Checking: 500 of 1,000 rows (50%, 100/s)\n'), writes.join(''))
    assert.equal(writes.at(-1), 'Checking: 1,000 rows checked\n')
  })

  it('elsewhere also writes a line every few seconds when progress is slow', () => {
    let now = 0
    const { writes, stream } = fakeStream(false)
    const progress = startProgress('Importing', 1_000_000, { stream, now: () => now, lineEveryMs: 5000 })
    for (let done = 1; done <= 30; done++) {
      now += 1000
      progress.update(done) // far below a tenth
    }
    assert.equal(writes.length, 6) // every 5 of the 30 seconds
  })

  it('says nothing but its closing line when the work is quick', () => {
    let now = 0
    const { writes, stream } = fakeStream(false)
    const progress = startProgress('Checking', 10, { stream, now: () => now })
    for (let done = 1; done <= 10; done++) {
      now += 1
      progress.update(done)
    }
    progress.finish()
    assert.deepEqual(writes, ['Checking: done, 10 in 0.0s\n'])
  })
})
