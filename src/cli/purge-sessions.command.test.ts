import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { freshCliDatabaseEnv, runCliProcess } from '../../test/cli'
import { testServices } from '../../test/harness'
import { openDatabase } from '../platform/db/open'
import { newId } from '../platform/ids'
import { startSessionPurge } from './purge-sessions.command'

const DAY = 86_400_000

describe('openprobation purge-sessions', async () => {
  const env = await freshCliDatabaseEnv()

  it('deletes sessions over for more than the days given, and says how many', async () => {
    const database = await openDatabase({
      databaseUrl: env.DATABASE_URL,
      dataDir: env.DATA_DIR as string,
      command: 'test',
    })
    try {
      const userId = newId()
      await database.db
        .insertInto('users')
        .values({ id: userId, username: 'old.user', display_name: 'Old User' })
        .execute()
      const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY)
      for (const [id, endedDaysAgo] of [
        ['old', 40],
        ['recent', 5],
      ] as const) {
        await database.db
          .insertInto('web_sessions')
          .values({
            id_hash: id,
            user_id: userId,
            csrf_token: 'x',
            created_at: at(endedDaysAgo + 1),
            last_seen_at: at(endedDaysAgo),
            absolute_expires_at: at(endedDaysAgo - 1),
            ended_at: at(endedDaysAgo),
            ended_reason: 'signed_out',
          })
          .execute()
      }
    } finally {
      await database.close()
    }
    const first = await runCliProcess(['purge-sessions'], { env })
    assert.equal(first.code, 0, first.stderr)
    assert.match(
      first.stdout,
      /^Deleted 1 web sessions, 0 sign-in throttles and 0 unfinished single sign-ons\n$/,
    )
    const second = await runCliProcess(['purge-sessions', '--older-than-days', '3'], { env })
    assert.equal(second.code, 0, second.stderr)
    assert.match(second.stdout, /Deleted 1 web sessions/)
  })

  it('refuses a number of days that is not a whole number, naming the option', async () => {
    const result = await runCliProcess(['purge-sessions', '--older-than-days', 'soon'], { env })
    assert.equal(result.code, 1, result.stderr)
    assert.match(result.stderr, /olderThanDays: must be a whole number from 0 to 3650/)
  })
})

describe("serve's purge timer", async () => {
  it('purges once at start and then on its interval, and stops cleanly', async () => {
    const services = await testServices()
    const db = services.database.db
    const stale = { failures: 1, window_started_at: new Date(Date.now() - DAY), locked_until: null }
    await db
      .insertInto('sign_in_throttles')
      .values({ username_key: 'first', ...stale })
      .execute()
    const throttles = () => db.selectFrom('sign_in_throttles').select('username_key').execute()
    const emptied = async () => {
      for (let waited = 0; (await throttles()).length > 0; waited += 25) {
        assert.ok(waited < 10_000, 'the purge did not run')
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    }
    const purge = startSessionPurge(services, 50)
    await emptied() // at start
    await db
      .insertInto('sign_in_throttles')
      .values({ username_key: 'second', ...stale })
      .execute()
    await emptied() // on the interval
    await purge.stop()
    await db
      .insertInto('sign_in_throttles')
      .values({ username_key: 'third', ...stale })
      .execute()
    await new Promise((resolve) => setTimeout(resolve, 200))
    assert.deepEqual(await throttles(), [{ username_key: 'third' }], 'stopped')
  })
})
