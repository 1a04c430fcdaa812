import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testApi } from '../../test/harness'

describe('API basics', async () => {
  const api = await testApi()

  it('answers /health without a token when the database is reachable', async () => {
    const response = await api.request('GET', '/health')
    assert.equal(response.status, 200)
    assert.equal(response.body.status, 'UP')
  })

  it('serves the OpenAPI document', async () => {
    const response = await api.request('GET', '/api/v1/openapi.json')
    assert.equal(response.status, 200)
    assert.equal(response.body.openapi, '3.1.0')
  })

  it('answers 401 with the error shape without a token, or with a bad one', async () => {
    for (const token of [undefined, 'op_not-a-real-token']) {
      const response = await api.request('GET', '/api/v1/anything', { token })
      assert.equal(response.status, 401)
      assert.equal(response.body.error.code, 'access.unauthenticated')
      assert.ok(response.body.error.message)
      assert.deepEqual(response.body.error.details, [])
    }
  })

  it('answers 404 for an unknown endpoint and 400 for malformed JSON, never 500', async () => {
    const token = await api.tokenFor('admin')
    const missing = await api.request('GET', '/api/v1/no-such-thing', { token })
    assert.equal(missing.status, 404)
    assert.equal(missing.body.error.code, 'route.not_found')
    const malformed = await api.request('POST', '/api/v1/people', { token, raw: '{"firstName": ' })
    assert.equal(malformed.status, 400)
    assert.equal(malformed.body.error.code, 'request.malformed_json')
  })

  it('passes a request id through, or makes one', async () => {
    const response = await fetch(`${api.baseUrl}/health`, { headers: { 'x-request-id': 'abc-123' } })
    assert.equal(response.headers.get('x-request-id'), 'abc-123')
    const fresh = await fetch(`${api.baseUrl}/health`)
    assert.match(fresh.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/)
  })
})
