import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { LOCK_FILE, lockDataDir } from './lock'

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'openprobation-lock-'))

describe('data directory lock', () => {
  it('refuses a second holder, naming the process that holds it', async () => {
    const dir = tempDir()
    // Another live process holds the lock (written as a real holder would).
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'])
    try {
      fs.writeFileSync(
        path.join(dir, LOCK_FILE),
        JSON.stringify({ pid: other.pid, command: 'serve', startedAt: '2026-11-23T09:00:00.000Z' }),
      )
      assert.throws(
        () => lockDataDir(dir, 'migrate'),
        (error: Error & { code?: string }) =>
          error.code === 'database.locked' &&
          error.message.includes(`process ${other.pid}`) &&
          error.message.includes('openprobation serve'),
      )
    } finally {
      other.kill()
    }
  })

  it('takes over a lock left by a process that has gone', () => {
    const dir = tempDir()
    fs.writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: 2 ** 22 + 7, command: 'serve', startedAt: 'x' }),
    )
    const lock = lockDataDir(dir, 'migrate')
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid, process.pid)
    lock.release()
    assert.equal(fs.existsSync(path.join(dir, LOCK_FILE)), false)
  })

  it('is released so the directory can be opened again', () => {
    const dir = tempDir()
    lockDataDir(dir, 'serve').release()
    lockDataDir(dir, 'serve').release()
  })
})
