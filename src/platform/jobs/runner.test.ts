import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sql } from 'kysely'
import { finished, jobsDatabase } from '../../../test/jobs-database'
import { systemClock } from '../clock'
import { embeddedExecutor, InFlight } from './embedded-sql'
import { startJobRunner } from './runner'

describe('the job runner (pg-boss)', async () => {
  const { database, databaseUrl } = await jobsDatabase(systemClock)
  const runner = await startJobRunner({ database, databaseUrl, pollingIntervalSeconds: 0.5 })

  it('works a job sent to a registered queue, with its data, and marks it completed', async () => {
    const seen: unknown[] = []
    await runner.register('test-echo', async (data) => {
      seen.push(data)
      return { ok: true }
    })
    const id = await runner.send('test-echo', { crn: 'X123456', ids: ['a', 'b'] })
    assert.equal(await finished(runner.stateOf, 'test-echo', id), 'completed')
    assert.deepEqual(seen, [{ crn: 'X123456', ids: ['a', 'b'] }])
  })

  it('keeps a job whose handler throws for a retry', async () => {
    await runner.register('test-failing', async () => {
      throw new Error('no')
    })
    const id = await runner.send('test-failing')
    assert.equal(await finished(runner.stateOf, 'test-failing', id), 'retry')
  })

  it("waits for the app's open transaction on the one embedded connection, never interleaving", async () => {
    await runner.register('test-count', async () => {
      const row = await sql<{ n: number }>`select count(*)::int as n from pgboss.queue`.execute(database.db)
      return row.rows[0]?.n
    })
    let sent = ''
    let sending: Promise<void> | undefined
    await database.db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx)
      // On PostgreSQL the runner has its own pool; on PGlite the send waits for this transaction.
      sending = runner.send('test-count').then((id) => {
        sent = id
      })
      await new Promise((resolve) => setTimeout(resolve, 300))
      if (database.engine === 'embedded') assert.equal(sent, '', 'sent while the transaction was open')
    })
    await sending
    assert.equal(await finished(runner.stateOf, 'test-count', sent), 'completed')
  })

  it('rolls back a multi-statement transaction that fails, leaving the connection usable', async () => {
    const executor = embeddedExecutor(database.db, new InFlight())
    await sql`create table jobs_test (n int)`.execute(database.db)
    await assert.rejects(
      executor.executeSql('BEGIN; INSERT INTO jobs_test VALUES (1); SELECT 1/0; COMMIT;'),
      /division by zero/,
    )
    const rows = await sql<{ n: number }>`select count(*)::int as n from jobs_test`.execute(database.db)
    assert.deepEqual(rows.rows, [{ n: 0 }])
  })

  it('lists its schedules in London time and stops cleanly', async () => {
    await runner.schedule('test-echo', '0 2 * * *')
    assert.deepEqual(await runner.schedules(), [
      { name: 'test-echo', cron: '0 2 * * *', timezone: 'Europe/London' },
    ])
    assert.deepEqual(await runner.unscheduleOthers([]), ['test-echo'])
    await runner.stop()
    await runner.stop() // twice is harmless
    await assert.rejects(runner.send('test-echo'))
    const still = await sql<{ n: number }>`select 1 as n`.execute(database.db)
    assert.deepEqual(still.rows, [{ n: 1 }], 'the database is still usable')
  })
})
