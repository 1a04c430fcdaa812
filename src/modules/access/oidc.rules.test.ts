import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Role } from '../../platform/actor'
import { claimedRoles, emailForLinking, type ProviderIdentity, sessionRolesFor } from './oidc.rules'

const identity = (overrides: Partial<ProviderIdentity>): ProviderIdentity => ({
  issuer: 'https://id.example.org',
  subject: 's1',
  email: 'pat@example.org',
  emailVerified: true,
  ...overrides,
})

describe('emailForLinking', () => {
  it('links only by an email the provider has verified', () => {
    const linked = emailForLinking(identity({}))
    assert.equal('email' in linked && linked.email, 'pat@example.org')
    assert.equal(
      (emailForLinking(identity({ emailVerified: false })) as { refusal: string }).refusal,
      'email_not_verified',
    )
    assert.equal((emailForLinking(identity({ email: null })) as { refusal: string }).refusal, 'no_account')
  })
})

describe('claimedRoles', () => {
  const cases: [unknown, string[]][] = [
    [
      ['spo', 'admin'],
      ['spo', 'admin'],
    ],
    ['spo admin', ['spo', 'admin']],
    ['spo,admin', ['spo', 'admin']],
    [['spo', 7, null], ['spo']],
    [undefined, []],
    [{ spo: true }, []],
  ]
  for (const [value, expected] of cases) {
    it(`reads ${JSON.stringify(value)}`, () => assert.deepEqual(claimedRoles(value), expected))
  }
})

describe('sessionRolesFor', () => {
  const granted: Role[] = ['practitioner', 'spo']
  const claim = (value: unknown) => ({ name: 'roles', value })

  it('gives every granted role when no roles claim is configured', () => {
    const decided = sessionRolesFor(granted, undefined)
    assert.deepEqual(decided.ok && decided.roles, ['practitioner', 'spo'])
  })

  it('narrows to the granted roles the claim also names, and never adds one', () => {
    const decided = sessionRolesFor(granted, claim(['spo', 'admin']))
    assert.deepEqual(decided.ok && [decided.roles, decided.narrowed], [['spo'], true])
  })

  it('refuses when nothing is left, saying why', () => {
    const none = sessionRolesFor(granted, claim(['admin']))
    assert.equal(none.ok, false)
    assert.match(none.reasons[0] ?? '', /names none of the account's roles \(practitioner, spo\)/)
    assert.equal(sessionRolesFor(granted, claim(undefined)).ok, false)
    assert.equal(sessionRolesFor([], undefined).ok, false)
  })
})
