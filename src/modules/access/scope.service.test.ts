import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices } from '../../../test/harness'
import type { Actor, Role } from '../../platform/actor'
import { scopeOf } from './scope.service'

describe('scopeOf', async () => {
  const services = await testServices()
  const db = services.database.db
  await db.insertInto('regions').values({ code: 'R1', name: 'North' }).execute()
  await db
    .insertInto('probation_delivery_units')
    .values({ code: 'P1', region_code: 'R1', name: 'P one' })
    .execute()
  await db
    .insertInto('teams')
    .values([
      { code: 'T1', pdu_code: 'P1', name: 'Team one' },
      { code: 'T2', pdu_code: 'P1', name: 'Team two' },
    ])
    .execute()
  const add = async (username: string, role: Role, scope?: string) => {
    const [scopeType, scopeCode] = (scope ?? 'national').split(':')
    const user = await services.access.addUser(systemActor, {
      username,
      role,
      password: 'correct horse battery',
      scopeType,
      scopeCode,
    })
    return user.id
  }
  const actor = (id: string, roles: Role[]): Actor => ({
    kind: 'user',
    id,
    name: id,
    roles,
    staffCode: null,
    source: 'test',
    requestId: null,
  })

  it('resolves a delivery-unit grant to its teams, and a team grant to its team', async () => {
    const manager = await add('manager', 'spo', 'pdu:P1')
    const scope = await scopeOf(db, actor(manager, ['spo']))
    assert.deepEqual(scope, {
      kind: 'teams',
      teamCodes: ['T1', 'T2'],
      reasons: ['spo at delivery unit P1: T1, T2'],
    })
    const practitioner = await add('practitioner', 'practitioner', 'team:T2')
    assert.deepEqual((await scopeOf(db, actor(practitioner, ['practitioner']))).kind, 'teams')
  })

  it('counts only the roles the caller holds now, or the one asked about', async () => {
    const both = await add('both', 'practitioner', 'team:T1')
    await db
      .insertInto('role_grants')
      .values({ user_id: both, role: 'spo', scope_type: 'national' })
      .execute()
    assert.equal((await scopeOf(db, actor(both, ['practitioner', 'spo']))).kind, 'national')
    assert.deepEqual(await scopeOf(db, actor(both, ['practitioner'])), {
      kind: 'teams',
      teamCodes: ['T1'],
      reasons: ['practitioner at team T1: T1'],
    })
    assert.equal((await scopeOf(db, actor(both, ['practitioner', 'spo']), 'practitioner')).kind, 'teams')
  })

  it('is national for system actors and national grants', async () => {
    assert.equal((await scopeOf(db, systemActor)).kind, 'national')
    const admin = await add('admin', 'admin')
    assert.equal((await scopeOf(db, actor(admin, ['admin']))).kind, 'national')
  })
})
