// The assessment pages in-process: start, the task list, a section pre-filled with its sources, saving
// with and without the autosave endpoint, a stale tab refused, the plan form's errors, and who may write.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi } from '../../../test/harness'
import { webSignIn } from '../../../test/web-client'
import { assessmentFixture } from '../../modules/assessment/assessment.fixture'
import { fixedClock } from '../../platform/clock'

describe('assessment pages', async () => {
  const api = await testApi(fixedClock('2026-11-23T10:00:00Z'))
  const { services } = api
  const signedIn = webSignIn(api)
  const crn = await assessmentFixture(services).caseOnRecord()
  const base = `/cases/${crn}/assessment`
  const practitioner = await signedIn('practitioner')
  const court = await signedIn('court')
  const hidden = (html: string, name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? ''

  it('starts an assessment from the task list; sections show pre-filled answers with their source', async () => {
    const empty = await practitioner.get(base)
    assert.equal(empty.status, 200)
    assert.match(empty.html, /No assessment yet/)
    const started = await practitioner.post(base, {
      _csrf: await practitioner.csrfFrom(base),
      setting: 'community',
    })
    assert.equal(started.status, 303)
    const list = await practitioner.get(started.location as string)
    assert.match(list.html, /Assessment started/)
    assert.match(list.html, /govuk-task-list/)
    assert.match(list.html, /href="\/cases\/[A-Z]\d{6}\/assessment\/sections\/accommodation"/)
    const section = await practitioner.get(`${base}/sections/accommodation`)
    assert.equal(section.status, 200)
    assert.match(section.html, /Source: Main address: no fixed abode \(from 2026-09-01\)/)
    assert.match(section.html, /data-autosave="\/cases\/[A-Z]\d{6}\/assessment\/autosave"/)
    assert.equal((await practitioner.get(`${base}/sections/weather`)).status, 404)
  })

  it('autosaves one answer (JSON), refuses a stale tab with 409, and the Save button saves the section', async () => {
    const page = await practitioner.get(`${base}/sections/accommodation`)
    const form = {
      _csrf: hidden(page.html, '_csrf'),
      id: hidden(page.html, 'id'),
      version: hidden(page.html, 'version'),
    }
    const saved = await practitioner.post(`${base}/autosave`, {
      ...form,
      questionId: 'accommodation.suitability',
      value: 'some',
    })
    assert.equal(saved.status, 200)
    const { version } = JSON.parse(saved.html)
    assert.equal(version, Number(form.version) + 1)
    const stale = await practitioner.post(`${base}/autosave`, {
      ...form,
      questionId: 'accommodation.location',
      value: 'none',
    })
    assert.equal(stale.status, 409)
    assert.equal(JSON.parse(stale.html).error.code, 'record.stale_version')
    // The browser closed: reopening the page shows the saved answer.
    const reopened = await practitioner.get(`${base}/sections/accommodation`)
    assert.match(reopened.html, /value="some" checked/)
    const staleSave = await practitioner.post(`${base}/sections/accommodation`, {
      ...form,
      'accommodation.location': 'none',
    })
    assert.equal(staleSave.status, 409)
    assert.match(staleSave.html, /Someone changed this assessment after you opened it/)
    const save = await practitioner.post(`${base}/sections/accommodation`, {
      ...form,
      version: String(version),
      'accommodation.noFixedAbode': 'yes',
      'accommodation.permanence': 'significant',
      'accommodation.location': 'none',
      after: 'next',
    })
    assert.equal(save.status, 303)
    assert.equal(save.location, `${base}/sections/education_training_employment`)
    const after = await services.assessment.getAssessment(systemActor, form.id)
    assert.equal(after.answers['accommodation.noFixedAbode']?.confirmed, true)
    assert.equal(after.answers['accommodation.noFixedAbode']?.origin, 'record')
    assert.equal(after.sections.find((s) => s.id === 'accommodation')?.score, 5)
  })

  it('the plan form names each missing field in the error summary, then adds the goal', async () => {
    const page = await practitioner.get(`${base}/plan`)
    assert.equal(page.status, 200)
    const form = { _csrf: hidden(page.html, '_csrf'), version: hidden(page.html, 'version') }
    const refused = await practitioner.post(`${base}/plan/goals`, { ...form, title: 'Find a home' })
    assert.equal(refused.status, 400)
    assert.match(refused.html, /govuk-error-summary/)
    assert.match(refused.html, /href="#needs"/)
    assert.match(refused.html, /href="#who"/)
    assert.match(refused.html, /value="Find a home"/)
    const added = await practitioner.post(`${base}/plan/goals`, {
      ...form,
      title: 'Find a home',
      needs: 'accommodation',
      step: 'Referral to the housing team',
      who: 'probation practitioner',
      'when-day': '1',
      'when-month': '12',
      'when-year': '2026',
    })
    assert.equal(added.status, 303)
    const plan = await practitioner.get(`${base}/plan`)
    assert.match(plan.html, /Referral to the housing team/)
    assert.match(plan.html, /Linked to: Accommodation/)
  })

  it('lets court staff read but not write, and shows the check page with what is missing', async () => {
    assert.equal((await court.get(base)).status, 200)
    const csrf = await court.csrfFrom(base)
    assert.equal((await court.post(`${base}/sections/accommodation`, { _csrf: csrf })).status, 403)
    const check = await practitioner.get(`${base}/complete`)
    const completed = await practitioner.post(`${base}/complete`, {
      _csrf: hidden(check.html, '_csrf'),
      id: hidden(check.html, 'id'),
      version: hidden(check.html, 'version'),
    })
    assert.equal(completed.status, 422)
    assert.match(completed.html, /Education, training and employment is not completed/)
  })
})
