// The allocation pages: the queue with counts and sorting, the printable meeting view, the case with the
// ranked practitioners and their reasons, the allocate form's problems, and the confirmation.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testApi } from '../../../test/harness'
import { adjustableClock, webSignIn } from '../../../test/web-client'
import { allocationFixture } from '../../modules/allocation/allocation.fixture'

describe('allocation pages', async () => {
  const api = await testApi(adjustableClock('2026-11-23T09:00:00Z'))
  const { services } = api
  const f = await allocationFixture(services)
  const po = await f.staff('PO')
  const signedIn = webSignIn(api)
  const spo = await signedIn('spo', f.manager.staffCode as string)
  const crn = await f.queuedCase()
  await f.rosh(crn, 'medium')

  it("shows the manager's team queue with counts, sort links and the meeting view", async () => {
    const page = await spo.get('/allocation')
    assert.equal(page.status, 200)
    assert.match(page.html, new RegExp(`href="/allocation/cases/${crn}"`))
    assert.match(page.html, /data-test="queue-total"><strong>1<\/strong> case waiting/)
    assert.match(page.html, /Sort by:/)
    const sorted = await spo.get(`/allocation?teamCode=${f.teamCode}&sort=daysWaiting`)
    assert.match(sorted.html, /<strong>Days waiting<\/strong>/)
    const meeting = await spo.get(`/allocation/meeting?teamCode=${f.teamCode}`)
    assert.equal(meeting.status, 200)
    assert.match(meeting.html, new RegExp(`<td class="govuk-table__cell">${crn}</td>`))
  })

  it('refuses the queue to a practitioner', async () => {
    const practitioner = await signedIn('practitioner')
    assert.equal((await practitioner.get('/allocation')).status, 403)
  })

  it('shows the case with the ranked practitioners and their reasons', async () => {
    const page = await spo.get(`/allocation/cases/${crn}`)
    assert.equal(page.status, 200)
    assert.match(page.html, /Medium/)
    assert.match(page.html, /1\. PO Officer\d+/)
    assert.match(page.html, /PO · workload \d+\.\d% to \d+\.\d%/)
  })

  it('names every problem of the form, then allocates and books the first appointment', async () => {
    const _csrf = await spo.csrfFrom(`/allocation/cases/${crn}`)
    const empty = await spo.post(`/allocation/cases/${crn}`, {
      _csrf,
      staffCode: po,
      'appointmentDate-day': '31',
      'appointmentDate-month': '2',
      'appointmentDate-year': '2026',
    })
    assert.equal(empty.status, 400)
    assert.match(empty.html, /Date of the first appointment must be a real date/)
    const noRationale = await spo.post(`/allocation/cases/${crn}`, { _csrf, staffCode: po })
    assert.equal(noRationale.status, 400)
    assert.match(noRationale.html, /href="#rationale">Rationale/)
    const done = await spo.post(`/allocation/cases/${crn}`, {
      _csrf,
      staffCode: po,
      rationale: 'Lowest workload',
      'appointmentDate-day': '26',
      'appointmentDate-month': '11',
      'appointmentDate-year': '2026',
      appointmentTime: '10:00',
    })
    assert.equal(done.status, 303, done.html.slice(0, 2000))
    const confirmation = await spo.get(done.location as string)
    assert.match(confirmation.html, /Case allocated/)
    assert.match(confirmation.html, /First appointment 26 November 2026 at 10:00/)
    assert.match(confirmation.html, /Reallocate case/)
    assert.doesNotMatch((await spo.get('/allocation')).html, new RegExp(crn))
  })
})
