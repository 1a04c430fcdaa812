// Runs the real `openprobation` binary in a child process against a fresh database of its own, as a
// user at a terminal would (the embedded data directory can be opened by one process only).
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after } from 'node:test'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { engine } from './harness'

const BIN = fileURLToPath(new URL('../bin/openprobation.js', import.meta.url))

/** Environment variables pointing a CLI process at a new, migrated database (removed after the file's tests). */
export async function freshCliDatabaseEnv(): Promise<Record<string, string>> {
  if (engine === 'postgres') {
    const base = process.env.OP_TEST_POSTGRES_URL as string
    const name = `cli_${randomUUID().replace(/-/g, '')}`
    const admin = new pg.Client({ connectionString: `${base}postgres` })
    await admin.connect()
    await admin.query(`create database ${name} template openprobation_template`)
    await admin.end()
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openprobation-cli-'))
    after(async () => {
      fs.rmSync(dataDir, { recursive: true, force: true })
      const cleanup = new pg.Client({ connectionString: `${base}postgres` })
      await cleanup.connect()
      await cleanup.query(`drop database if exists ${name} with (force)`)
      await cleanup.end()
    })
    return { DATABASE_URL: `${base}${name}`, DATA_DIR: dataDir }
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openprobation-cli-'))
  const template = process.env.OP_TEST_TEMPLATE_DIR
  if (template) fs.cpSync(template, dataDir, { recursive: true })
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }))
  return { DATA_DIR: dataDir, DATABASE_URL: '' }
}

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

export function runCliProcess(
  args: string[],
  options: { env: Record<string, string>; input?: string; cwd?: string },
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? os.tmpdir(),
      env: { ...process.env, LOG_SILENT: '1', ...options.env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(options.input ?? '')
  })
}
