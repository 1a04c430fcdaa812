import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sql } from 'kysely'
import { systemActor, testServices } from '../../../test/harness'

describe('audit trail', async () => {
  const services = await testServices()
  const { db } = services.database

  it('is written in the caller transaction and kept when it commits', async () => {
    await db
      .transaction()
      .execute((trx) =>
        services.audit.record(trx, systemActor, 'thing.changed', { type: 'thing', id: 'T1' }, { a: 1 }),
      )
    const entries = await services.audit.entriesFor(db, { targetType: 'thing', targetId: 'T1' })
    assert.equal(entries.length, 1)
    assert.equal(entries[0]?.action, 'thing.changed')
    assert.equal(entries[0]?.actor.name, 'test')
    assert.deepEqual(entries[0]?.data, { a: 1 })
  })

  it('is absent after the transaction rolls back', async () => {
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await services.audit.record(trx, systemActor, 'thing.changed', { type: 'thing', id: 'T2' })
        throw new Error('the change failed')
      }),
    )
    assert.equal((await services.audit.entriesFor(db, { targetType: 'thing', targetId: 'T2' })).length, 0)
  })

  it('cannot be changed or deleted, even in SQL', async () => {
    await services.audit.record(db, systemActor, 'thing.read', { type: 'thing', id: 'T3' })
    await assert.rejects(sql`update audit_log set action = 'x'`.execute(db), /append-only/)
    await assert.rejects(sql`delete from audit_log`.execute(db), /append-only/)
    await assert.rejects(sql`truncate audit_log`.execute(db), /append-only/)
  })
})
