import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ConfigError, readConfig } from './config'

const OIDC = {
  OIDC_ISSUER: 'https://login.example.org/realms/probation',
  OIDC_CLIENT_ID: 'openprobation',
  OIDC_CLIENT_SECRET: 'secret',
  OIDC_REDIRECT_URI: 'https://openprobation.example.org/sign-in/oidc/callback',
}
const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) }

describe('single sign-on configuration (OIDC_*)', () => {
  it('is off with no OIDC_* variables', () => {
    assert.equal(readConfig({}).oidc, null)
  })

  it('reads the provider, with defaults for the name and scopes', () => {
    assert.deepEqual(readConfig({ ...PRODUCTION, ...OIDC }).oidc, {
      issuer: OIDC.OIDC_ISSUER,
      clientId: 'openprobation',
      clientSecret: 'secret',
      redirectUri: OIDC.OIDC_REDIRECT_URI,
      providerName: 'single sign-on',
      scopes: 'openid email profile',
      roleClaim: undefined,
    })
    const named = readConfig({ ...OIDC, OIDC_PROVIDER_NAME: 'Justice ID', OIDC_ROLE_CLAIM: 'roles' }).oidc
    assert.equal(named?.providerName, 'Justice ID')
    assert.equal(named?.roleClaim, 'roles')
  })

  it('refuses half a configuration, naming what is missing', () => {
    assert.throws(
      () => readConfig({ OIDC_ISSUER: OIDC.OIDC_ISSUER }),
      (error: Error) =>
        error instanceof ConfigError && /needs OIDC_CLIENT_ID, OIDC_REDIRECT_URI as well/.test(error.message),
    )
  })

  it('refuses a URL that is not one, and plain http in production', () => {
    assert.throws(
      () => readConfig({ ...OIDC, OIDC_ISSUER: 'login.example.org' }),
      /OIDC_ISSUER must be an http/,
    )
    assert.throws(
      () => readConfig({ ...PRODUCTION, ...OIDC, OIDC_REDIRECT_URI: 'http://op.example.org/cb' }),
      /OIDC_REDIRECT_URI must be an https URL in production/,
    )
    assert.equal(
      readConfig({ ...OIDC, OIDC_ISSUER: 'http://127.0.0.1:8080' }).oidc?.issuer,
      'http://127.0.0.1:8080',
    )
  })
})
