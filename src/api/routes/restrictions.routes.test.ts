import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi, userActor } from '../../../test/harness'
import { exportPerson } from '../../cli/export.command'

// Every door that reads or changes a case by CRN: for those not allowed it must answer "not found".
const CASE_READS = [
  '',
  '/history',
  '/events',
  '/registers',
  '/chronology',
  '/predictors',
  '/predictors/history',
  '/tier',
  '/tier/history',
  '/contacts',
  '/contact-due?tier=B2',
  '/requirements/progress',
  '/compliance',
  '/enforcement-actions',
]

describe('API: per-case restriction and exclusion lists', async () => {
  const api = await testApi()
  // tokenFor names users <role>-<n>, n counting every user made here.
  const admin = await api.tokenFor('admin') // admin-1
  const named = await api.tokenFor('practitioner') // practitioner-2
  const other = await api.tokenFor('practitioner') // practitioner-3
  const excluded = await api.tokenFor('spo') // spo-4
  const person = (
    await api.request('POST', '/api/v1/people', {
      token: admin,
      body: { firstName: 'Ottoline', surname: 'Quennell', sex: 'female', dateOfBirth: '1979-04-02' },
    })
  ).body
  const crn: string = person.crn
  const url = `/api/v1/people/${crn}/restrictions`
  const put = (body: unknown, token = admin) => api.request('PUT', url, { token, body })
  const found = async (token: string) =>
    (await api.request('GET', '/api/v1/people/search?surname=Quennell', { token })).body.results.map(
      (r: { crn: string }) => r.crn,
    )

  it('lets administrators manage the lists, and no one else (403)', async () => {
    assert.equal((await api.request('GET', url, { token: named })).status, 403)
    assert.equal((await put({ restrictedTo: [], excluded: [], showAsRestricted: false }, named)).status, 403)
    const before = await api.request('GET', url, { token: admin })
    assert.deepEqual(before.body, { crn, restrictedTo: [], excluded: [], showAsRestricted: false })
    const bad = await put({
      restrictedTo: ['nobody', 'practitioner-2'],
      excluded: ['ghost'],
      showAsRestricted: 'y',
    })
    assert.equal(bad.status, 400)
    assert.deepEqual(bad.body.error.details.map((d: { path: string }) => d.path).sort(), ['showAsRestricted'])
    const unknown = await put({
      restrictedTo: ['nobody', 'practitioner-2'],
      excluded: ['ghost'],
      showAsRestricted: false,
    })
    assert.equal(unknown.status, 400)
    assert.deepEqual(unknown.body.error.details.map((d: { path: string }) => d.path).sort(), [
      'excluded.0',
      'restrictedTo.0',
    ])
    assert.equal(
      (await put({ restrictedTo: [], excluded: [], showAsRestricted: false, extra: 1 })).status,
      400,
    )
    assert.equal(
      (await api.request('GET', '/api/v1/people/X999999/restrictions', { token: admin })).status,
      404,
    )
  })

  it('hides a restricted case from everyone not named: 404 on every read, change, search and export', async () => {
    const set = await put({ restrictedTo: ['practitioner-2'], excluded: ['spo-4'], showAsRestricted: false })
    assert.equal(set.status, 200)
    assert.deepEqual(set.body, {
      crn,
      restrictedTo: ['practitioner-2'],
      excluded: ['spo-4'],
      showAsRestricted: false,
    })
    for (const token of [other, excluded]) {
      for (const path of CASE_READS) {
        const response = await api.request('GET', `/api/v1/people/${crn}${path}`, { token })
        assert.equal(response.status, 404, `GET ${path} answered ${response.status}`)
        assert.equal(response.body.error.code, 'person.not_found', path)
      }
      const patch = await api.request('PATCH', `/api/v1/people/${crn}`, {
        token,
        body: { version: 1, firstName: 'Changed' },
      })
      assert.equal(patch.status, 404)
      assert.deepEqual(await found(token), [])
    }
    // The exporting actor is a user, not on the list: the export refuses as if the case did not exist.
    await assert.rejects(exportPerson(api.services, userActor(['admin']), crn), { code: 'person.not_found' })
  })

  it('shows the case in full to the named user, and to system actors', async () => {
    const read = await api.request('GET', `/api/v1/people/${crn}`, { token: named })
    assert.equal(read.status, 200)
    assert.equal(read.body.dateOfBirth, '1979-04-02')
    for (const path of ['/history', '/events', '/registers', '/chronology', '/contacts'])
      assert.equal(
        (await api.request('GET', `/api/v1/people/${crn}${path}`, { token: named })).status,
        200,
        path,
      )
    assert.deepEqual(await found(named), [crn])
    const viaCli = await api.services.people.getPerson(systemActor, crn)
    assert.equal(viaCli.crn, crn)
  })

  it('keeps an excluded user out even when named on the restriction list', async () => {
    await put({ restrictedTo: ['spo-4'], excluded: ['spo-4'], showAsRestricted: false })
    assert.equal((await api.request('GET', `/api/v1/people/${crn}`, { token: excluded })).status, 404)
    // With only an exclusion, everyone else sees the case again.
    await put({ restrictedTo: [], excluded: ['spo-4'], showAsRestricted: false })
    assert.equal((await api.request('GET', `/api/v1/people/${crn}`, { token: other })).status, 200)
    assert.deepEqual(await found(other), [crn])
    assert.equal((await api.request('GET', `/api/v1/people/${crn}`, { token: excluded })).status, 404)
    assert.deepEqual(await found(excluded), [])
  })

  it('shows only the name and "restricted" when policy marks the case so', async () => {
    await put({ restrictedTo: ['practitioner-2'], excluded: [], showAsRestricted: true })
    const read = await api.request('GET', `/api/v1/people/${crn}`, { token: other })
    assert.equal(read.status, 403)
    assert.equal(read.body.error.code, 'person.restricted')
    assert.deepEqual(read.body.error.current, { crn, name: 'Ottoline Quennell', restricted: true })
    assert.equal((await api.request('GET', `/api/v1/people/${crn}/events`, { token: other })).status, 403)
    // Search matches on details the caller may not see, so it still leaves the case out.
    assert.deepEqual(await found(other), [])
    assert.equal((await api.request('GET', `/api/v1/people/${crn}`, { token: named })).status, 200)
  })

  it('audits every change, naming what changed, who changed it and from what to what', async () => {
    await put({ restrictedTo: [], excluded: [], showAsRestricted: false })
    const entries = await api.services.audit.entriesFor(api.services.database.db, { crn, limit: 1000 })
    const changes = entries.filter((e) => e.action.startsWith('case.') && e.action.endsWith('_changed'))
    assert.deepEqual(
      changes.map((e) => e.action),
      [
        'case.restriction_changed',
        'case.exclusion_changed',
        'case.restriction_changed',
        'case.restriction_changed',
        'case.restriction_changed',
        'case.exclusion_changed',
        'case.show_as_restricted_changed',
        'case.restriction_changed',
        'case.show_as_restricted_changed',
      ],
    )
    assert.deepEqual(changes[0]?.data, { from: [], to: ['practitioner-2'] })
    assert.deepEqual([...new Set(changes.map((e) => e.actor.name))], ['admin-1'])
    assert.ok(entries.some((e) => e.action === 'case.restrictions_read'))
    assert.equal((await api.request('GET', `/api/v1/people/${crn}`, { token: other })).status, 200)
  })
})
