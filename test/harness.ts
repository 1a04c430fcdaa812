// Per-test-file databases: a copy of the migrated embedded template, or a new PostgreSQL database made
// from the migrated template database. Started by test/run.ts, which says which engine is under test.
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { after } from 'node:test'
import pg from 'pg'
import type { Role } from '../src/platform/actor'
import { type Actor, Actor as Actors } from '../src/platform/actor'
import { type Clock, systemClock } from '../src/platform/clock'
import { migrateToLatest } from '../src/platform/db/migrate'
import { type DatabaseHandle, openDatabase } from '../src/platform/db/open'
import { createApp } from '../src/server'
import { createServices, type Services } from '../src/services'

export const engine = (process.env.OP_TEST_ENGINE ?? 'embedded') as 'embedded' | 'postgres'
const TEMPLATE_DATABASE = 'openprobation_template'

/** A fresh, migrated database for this test file, removed when the file's tests end. */
export async function testDatabase(): Promise<DatabaseHandle> {
  if (engine === 'postgres') return postgresDatabase()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openprobation-test-'))
  const template = process.env.OP_TEST_TEMPLATE_DIR
  if (template) fs.cpSync(template, dir, { recursive: true })
  const database = await openDatabase({ dataDir: dir, command: 'test' })
  // Without the wrapper (a single file run by hand), migrate the fresh directory here.
  if (!template) await migrateToLatest(database.db)
  after(async () => {
    await database.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })
  return database
}

async function postgresDatabase(): Promise<DatabaseHandle> {
  const base = process.env.OP_TEST_POSTGRES_URL
  if (!base) throw new Error('OP_TEST_POSTGRES_URL is not set: run the suite with npm test')
  const name = `test_${randomUUID().replace(/-/g, '')}`
  const admin = new pg.Client({ connectionString: `${base}postgres` })
  await admin.connect()
  await admin.query(`create database ${name} template ${TEMPLATE_DATABASE}`)
  await admin.end()
  const database = await openDatabase({
    databaseUrl: `${base}${name}`,
    dataDir: '',
    command: 'test',
    poolSize: 5,
  })
  after(async () => {
    await database.close()
    const cleanup = new pg.Client({ connectionString: `${base}postgres` })
    await cleanup.connect()
    await cleanup.query(`drop database if exists ${name}`)
    await cleanup.end()
  })
  return database
}

/** The real services over a fresh test database. */
export async function testServices(clock: Clock = systemClock): Promise<Services> {
  return createServices(await testDatabase(), clock)
}

export const systemActor: Actor = Actors.system('test', 'test')

/** A signed-in user actor with the given roles (for service tests of permissions). */
export function userActor(roles: Role[], id = randomUUID()): Actor {
  return {
    kind: 'user',
    id,
    name: `user-${roles.join('-')}`,
    roles,
    staffCode: null,
    source: 'test',
    requestId: null,
  }
}

export interface TestApi {
  baseUrl: string
  services: Services
  /** A bearer token for a new user with this role. */
  tokenFor(role: Role): Promise<string>
  request(
    method: string,
    url: string,
    options?: { token?: string; body?: unknown; raw?: string },
  ): Promise<{
    status: number
    body: any
  }>
}

/** The real app on a loopback port, driven in-process over HTTP. */
export async function testApi(clock: Clock = systemClock): Promise<TestApi> {
  const services = await testServices(clock)
  const server = createApp(services).listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  after(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  let users = 0
  return {
    baseUrl,
    services,
    async tokenFor(role) {
      const username = `${role}-${++users}`
      await services.access.addUser(systemActor, { username, role, password: 'correct horse battery' })
      return services.access.createToken(systemActor, username)
    },
    async request(method, url, options = {}) {
      const headers: Record<string, string> = {}
      if (options.token) headers.authorization = `Bearer ${options.token}`
      let body: string | undefined = options.raw
      if (options.body !== undefined) body = JSON.stringify(options.body)
      if (body !== undefined) headers['content-type'] = 'application/json'
      const response = await fetch(`${baseUrl}${url}`, { method, headers, body })
      const text = await response.text()
      let parsed: unknown = text
      try {
        parsed = JSON.parse(text)
      } catch {
        // Not JSON (a page): keep the text.
      }
      return { status: response.status, body: parsed }
    },
  }
}
