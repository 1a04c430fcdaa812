import assert from 'node:assert/strict'
import type { ChildProcess } from 'node:child_process'
import { after, describe, it } from 'node:test'
import { freshCliDatabaseEnv, runCliProcess } from '../../test/cli'
import { startCli, withCliDatabase } from '../../test/cli-database'
import { engine } from '../../test/harness'
import { finished, terminate, waitForLog } from '../../test/jobs-database'
import { openDatabase } from '../platform/db/open'
import { newId } from '../platform/ids'
import { startJobRunner } from '../platform/jobs/runner'

describe('openprobation worker', async () => {
  const env = await freshCliDatabaseEnv()
  const started: ChildProcess[] = []
  after(() => {
    for (const child of started) if (child.exitCode === null) child.kill('SIGKILL')
  })

  if (engine === 'embedded') {
    it('refuses on the embedded database, where serve runs the jobs', async () => {
      const result = await runCliProcess(['worker'], { env })
      assert.equal(result.code, 1)
      assert.match(
        result.stderr,
        /^openprobation: worker needs PostgreSQL \(DATABASE_URL\): on the embedded database `openprobation serve` runs the background jobs itself/,
      )
    })
    return
  }

  it('works jobs sent by another process, and stops cleanly on SIGTERM', async () => {
    const userId = newId()
    await withCliDatabase(env, async ({ database: { db } }) => {
      await db.insertInto('users').values({ id: userId, username: 'old.user', display_name: 'Old' }).execute()
      const ago = new Date(Date.now() - 40 * 86_400_000)
      await db
        .insertInto('web_sessions')
        .values({
          id_hash: 'old',
          user_id: userId,
          csrf_token: 'x',
          created_at: ago,
          last_seen_at: ago,
          absolute_expires_at: ago,
          ended_at: ago,
          ended_reason: 'signed_out',
        })
        .execute()
    })
    const run = startCli(['worker'], { ...env, LOG_SILENT: '' })
    started.push(run.child)
    await waitForLog(run.child, run.output, /"message":"OpenProbation worker is running"/)

    const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: '', command: 'test' })
    const sender = await startJobRunner({ database, databaseUrl: env.DATABASE_URL })
    try {
      const id = await sender.send('sessions-purge')
      assert.equal(await finished(sender.stateOf, 'sessions-purge', id), 'completed')
      const left = await database.db.selectFrom('web_sessions').select('id_hash').execute()
      assert.deepEqual(left, [])
    } finally {
      await sender.stop()
      await database.close()
    }
    assert.equal(await terminate(run.child), 0, run.output.stderr)
    assert.match(run.output.stderr, /"message":"OpenProbation worker stopped"/)
  })
})
