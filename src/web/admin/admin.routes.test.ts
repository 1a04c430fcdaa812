// The administration pages through the real app and services: the organisation tree, staff (with a
// stale edit), users (adding and closing an account) and who may see a case.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi } from '../../../test/harness'
import { textOf, WebClient } from '../../../test/web-client'
import type { Role } from '../../platform/actor'
import { fixedClock } from '../../platform/clock'

const PASSWORD = 'correct horse battery'

describe('administration pages', async () => {
  const api = await testApi(fixedClock('2026-11-23T09:00:00Z'))
  const { services } = api
  let made = 0
  const signedIn = async (role: Role, staffCode?: string) => {
    const username = `${role}-${++made}`
    await services.access.addUser(systemActor, { username, password: PASSWORD, role, staffCode })
    const browser = new WebClient(api.baseUrl)
    assert.equal((await browser.signIn(username, PASSWORD)).status, 303)
    return { browser, username, csrf: await browser.csrfFrom('/') }
  }
  const admin = await signedIn('admin')
  const post = (path: string, form: Record<string, string>) =>
    admin.browser.post(path, { _csrf: admin.csrf, ...form })

  it('lists the administration pages to administrators only', async () => {
    const index = await admin.browser.get('/admin')
    assert.equal(index.status, 200)
    for (const page of ['Organisation', 'Staff', 'Users', 'Restricted cases'])
      assert.match(index.html, new RegExp(page))
    const practitioner = await signedIn('practitioner')
    for (const path of [
      '/admin',
      '/admin/organisation',
      '/admin/staff',
      '/admin/users',
      '/admin/restrictions',
    ])
      assert.equal((await practitioner.browser.get(path)).status, 403, path)
    const home = await admin.browser.get('/')
    assert.match(home.html, /href="\/admin"/)
  })

  it('adds regions, delivery units and teams, showing every problem of a refused form', async () => {
    const bad = await post('/admin/organisation/region', { code: 'x', name: '' })
    assert.equal(bad.status, 400)
    assert.match(bad.html, /govuk-error-summary/)
    assert.match(bad.html, /href="#region-code"/)
    assert.match(bad.html, /href="#region-name"/)
    assert.match(bad.html, /value="x"/, 'what was typed is kept')
    assert.equal(
      (await post('/admin/organisation/region', { code: 'N99', name: 'Testshire' })).location,
      '/admin/organisation?added=region',
    )
    const taken = await post('/admin/organisation/region', { code: 'n99', name: 'Again' })
    assert.equal(taken.status, 400)
    assert.match(textOf(taken.html), /Code N99 is already in use/)
    assert.equal(
      (await post('/admin/organisation/pdu', { code: 'N99P', regionCode: 'N99', name: 'Testshire PDU' }))
        .status,
      303,
    )
    assert.equal(
      (await post('/admin/organisation/team', { code: 'N99T1', pduCode: 'N99P', name: 'Team One' })).status,
      303,
    )
    const page = await admin.browser.get('/admin/organisation?added=team')
    assert.match(page.html, /Team added/)
    assert.match(textOf(page.html), /N99T1 Team One N99P N99/)
    const entries = await services.audit.entriesFor(services.database.db, {
      targetType: 'team',
      targetId: 'N99T1',
    })
    assert.deepEqual(
      entries.map((e) => [e.action, e.actor.name]),
      [['team.created', admin.username]],
    )
  })

  it('adds and changes staff, and shows a change made meanwhile without losing what was typed', async () => {
    const bad = await post('/admin/staff/new', {
      code: 'N99S001',
      firstName: 'Priya',
      surname: '',
      grade: 'PO',
      contractedHours: 'lots',
      'vettingExpiresOn-day': '31',
      'vettingExpiresOn-month': '2',
      'vettingExpiresOn-year': '2027',
    })
    assert.equal(bad.status, 400)
    for (const field of ['surname', 'contractedHours', 'vettingExpiresOn'])
      assert.match(bad.html, new RegExp(`href="#${field}"`))
    const good = await post('/admin/staff/new', {
      code: 'N99S001',
      firstName: 'Priya',
      surname: 'Shah',
      grade: 'PO',
      teamCode: 'N99T1',
      contractedHours: '37',
    })
    assert.equal(good.location, '/admin/staff?saved=added')
    const form = await admin.browser.get('/admin/staff/N99S001')
    assert.match(form.html, /name="version" value="1"/)
    // Another administrator changes the hours first.
    await services.organisation.updateStaff(systemActor, 'N99S001', { version: 1, contractedHours: 30 })
    const stale = await post('/admin/staff/N99S001', {
      version: '1',
      firstName: 'Priya',
      surname: 'Shah',
      grade: 'SPO',
      teamCode: 'N99T1',
      contractedHours: '37',
      vetting: 'visor',
      'vettingExpiresOn-day': '31',
      'vettingExpiresOn-month': '3',
      'vettingExpiresOn-year': '2028',
    })
    assert.equal(stale.status, 409)
    assert.match(stale.html, /Someone else changed this record/)
    assert.match(stale.html, /name="version" value="2"/)
    assert.match(stale.html, /<option value="SPO" selected>/, 'the grade typed is kept')
    assert.match(stale.html, /value="2028"/, 'the vetting expiry typed is kept')
    assert.equal((await services.organisation.getStaff(systemActor, 'N99S001')).grade, 'PO', 'nothing saved')
    const saved = await post('/admin/staff/N99S001', {
      version: '2',
      firstName: 'Priya',
      surname: 'Shah',
      grade: 'SPO',
      teamCode: 'N99T1',
      contractedHours: '37',
      vetting: 'visor',
      'vettingExpiresOn-day': '31',
      'vettingExpiresOn-month': '3',
      'vettingExpiresOn-year': '2028',
    })
    assert.equal(saved.status, 303)
    const staff = await services.organisation.getStaff(systemActor, 'N99S001')
    assert.deepEqual(
      [staff.grade, staff.contractedHours, staff.vetting, staff.vettingExpiresOn],
      ['SPO', 37, ['visor'], '2028-03-31'],
    )
    assert.match(
      textOf((await admin.browser.get('/admin/staff')).html),
      /N99S001 Priya Shah SPO N99T1 37 VISOR \(until 2028-03-31\)/,
    )
  })

  it('adds a user with a role and a staff record, and closes an account, ending its sessions', async () => {
    const bad = await post('/admin/users/new', { username: 'x', password: 'short', role: '' })
    assert.equal(bad.status, 400)
    for (const field of ['username', 'password', 'role'])
      assert.match(bad.html, new RegExp(`href="#${field}"`))
    assert.doesNotMatch(bad.html, /value="short"/, 'a password is never sent back')
    const added = await post('/admin/users/new', {
      username: 'priya.shah',
      displayName: 'Priya Shah',
      password: PASSWORD,
      role: 'spo',
      staffCode: 'n99s001',
    })
    assert.equal(added.location, '/admin/users?done=added')
    const browser = new WebClient(api.baseUrl)
    assert.equal((await browser.signIn('priya.shah', PASSWORD)).status, 303)
    assert.equal((await browser.get('/')).status, 200)
    assert.match(
      textOf((await admin.browser.get('/admin/users')).html),
      /priya\.shah Priya Shah Senior probation officer N99S001/,
    )
    assert.equal((await post('/admin/users/priya.shah/close', {})).location, '/admin/users?done=closed')
    assert.equal((await browser.get('/')).status, 303, 'the closed account is signed out')
    assert.notEqual(
      (await browser.signIn('priya.shah', PASSWORD)).status,
      303,
      'a closed account cannot sign in',
    )
    assert.equal((await post(`/admin/users/${admin.username}/close`, {})).location, '/admin/users?error=self')
  })

  it('sets who may see a case: unknown usernames refused, an excluded user then gets "not found"', async () => {
    const person = await services.people.createPerson(systemActor, {
      firstName: 'Oisin',
      surname: 'Gallagher',
      sex: 'male',
    })
    const practitioner = await signedIn('practitioner')
    assert.equal((await practitioner.browser.get(`/cases/${person.crn}`)).status, 200)
    assert.equal((await admin.browser.get('/admin/restrictions?crn=nonsense')).status, 400)
    assert.equal(
      (await admin.browser.get(`/admin/restrictions?crn=${person.crn}`)).location,
      `/admin/restrictions/${person.crn}`,
    )
    const unknown = await post(`/admin/restrictions/${person.crn}`, {
      restrictedTo: '',
      excluded: 'nobody-here',
    })
    assert.equal(unknown.status, 400)
    assert.match(textOf(unknown.html), /Exclusion list no user has the username nobody-here/)
    const saved = await post(`/admin/restrictions/${person.crn}`, {
      restrictedTo: '',
      excluded: practitioner.username,
    })
    assert.equal(saved.location, `/admin/restrictions/${person.crn}?saved=1`)
    const page = await admin.browser.get(`/admin/restrictions/${person.crn}?saved=1`)
    assert.match(page.html, new RegExp(`>${practitioner.username}</textarea>`))
    assert.equal((await practitioner.browser.get(`/cases/${person.crn}`)).status, 404)
    await post(`/admin/restrictions/${person.crn}`, {
      restrictedTo: '',
      excluded: practitioner.username,
      showAsRestricted: 'yes',
    })
    const stub = await practitioner.browser.get(`/cases/${person.crn}`)
    assert.equal(stub.status, 403)
    assert.match(textOf(stub.html), new RegExp(`Oisin Gallagher \\(${person.crn}\\): restricted`))
    const entries = await services.audit.entriesFor(services.database.db, { crn: person.crn as string })
    assert.ok(entries.some((e) => e.action === 'case.exclusion_changed' && e.actor.name === admin.username))
  })
})
