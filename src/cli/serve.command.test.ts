import assert from 'node:assert/strict'
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { freshCliDatabaseEnv, runCliProcess } from '../../test/cli'
import { startCli } from '../../test/cli-database'
import { engine } from '../../test/harness'
import { terminate, waitForLog } from '../../test/jobs-database'
import { LOCK_FILE } from '../platform/db/lock'

describe('openprobation serve', async () => {
  const env = await freshCliDatabaseEnv()
  const started: ChildProcess[] = []
  after(() => {
    for (const child of started) if (child.exitCode === null) child.kill('SIGKILL')
  })
  // Logs on, so the test sees what the server says; port 0 is any free port.
  const serve = (...args: string[]) => {
    const run = startCli(['serve', ...args], { ...env, PORT: '0', LOG_SILENT: '' })
    started.push(run.child)
    return run
  }

  it('runs the background jobs with the web app, and stops cleanly on SIGTERM', async () => {
    const { child, output } = serve()
    await waitForLog(child, output, /"message":"OpenProbation is running"/)
    assert.match(output.stderr, /"message":"background jobs started".*allocation-release-sweep/)
    assert.equal(await terminate(child), 0, output.stderr)
    assert.match(output.stderr, /"message":"OpenProbation stopped"/)
    assert.doesNotMatch(output.stderr, /"level":"error"/)
    if (engine === 'embedded')
      assert.equal(fs.existsSync(path.join(env.DATA_DIR as string, LOCK_FILE)), false)
  })

  if (engine === 'embedded') {
    it('refuses --no-jobs on the embedded database, where no other process can run them', async () => {
      const result = await runCliProcess(['serve', '--no-jobs'], { env: { ...env, PORT: '0' } })
      assert.equal(result.code, 1)
      assert.match(result.stderr, /--no-jobs needs PostgreSQL \(DATABASE_URL\)/)
    })
  } else {
    it('leaves the jobs to workers with --no-jobs on PostgreSQL', async () => {
      const { child, output } = serve('--no-jobs')
      await waitForLog(child, output, /"message":"OpenProbation is running"/)
      assert.doesNotMatch(output.stderr, /background jobs started/)
      assert.equal(await terminate(child), 0, output.stderr)
    })
  }
})
