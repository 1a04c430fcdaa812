import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { freshCliDatabaseEnv, runCliProcess } from '../../test/cli'
import { openDatabase } from '../platform/db/open'
import { newId } from '../platform/ids'

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
