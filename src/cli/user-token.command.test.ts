import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, it } from 'node:test'
import { freshCliDatabaseEnv, runCliProcess } from '../../test/cli'
import { openDatabase } from '../platform/db/open'

describe('openprobation user add and token create', async () => {
  const env = await freshCliDatabaseEnv()

  it('adds a user with the password from standard input, and refuses a bad role with the reason', async () => {
    const added = await runCliProcess(['user', 'add', '--username', 'sam.jones', '--role', 'practitioner'], {
      env,
      input: 'a long enough password\n',
    })
    assert.equal(added.code, 0, added.stderr)
    assert.match(added.stdout, /Added sam\.jones \(practitioner\)/)

    const bad = await runCliProcess(['user', 'add', '--username', 'x.y', '--role', 'wizard'], {
      env,
      input: 'a long enough password',
    })
    assert.equal(bad.code, 1)
    assert.match(bad.stderr, /role: must be one of practitioner, spo, admin, court, analyst, partner/)
    assert.doesNotMatch(bad.stderr, /at .*\.ts:\d+/, 'no stack trace')

    const short = await runCliProcess(['user', 'add', '--username', 'x.z', '--role', 'spo'], {
      env,
      input: 'short',
    })
    assert.equal(short.code, 1)
    assert.match(short.stderr, /password: must be at least 12 characters/)
  })

  it('prints the token alone, once, and stores only its hash', async () => {
    const created = await runCliProcess(['token', 'create', '--user', 'sam.jones'], { env })
    assert.equal(created.code, 0, created.stderr)
    const token = created.stdout.trim()
    assert.match(created.stdout, /^op_[\w-]{43}\n$/)

    const database = await openDatabase({
      databaseUrl: env.DATABASE_URL,
      dataDir: env.DATA_DIR as string,
      command: 'test',
    })
    try {
      const rows = await database.db.selectFrom('api_tokens').select('token_hash').execute()
      assert.deepEqual(
        rows.map((r) => r.token_hash),
        [createHash('sha256').update(token).digest('hex')],
      )
    } finally {
      await database.close()
    }
  })

  it('refuses a token for an unknown user', async () => {
    const result = await runCliProcess(['token', 'create', '--user', 'nobody'], { env })
    assert.equal(result.code, 1)
    assert.match(result.stderr, /No user is called nobody/)
  })
})
