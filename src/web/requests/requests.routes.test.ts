// The request pages through the real app: the "Escalate risk" form (with its error summary), the
// request page where the named decision-maker accepts or declines, the team's list, and the handover.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi } from '../../../test/harness'
import { textOf, WebClient } from '../../../test/web-client'
import { contactsFixture } from '../../modules/contacts/contacts.fixture'
import type { Role } from '../../platform/actor'
import { fixedClock } from '../../platform/clock'

const PASSWORD = 'correct horse battery'

describe('request pages', async () => {
  const api = await testApi(fixedClock('2026-11-23T10:00:00Z'))
  const { services } = api
  const fx = contactsFixture(services)
  const team = await fx.newTeam()
  const officer = await fx.newStaff('PO', team)
  const manager = await fx.newStaff('SPO', team)
  const { crn } = await fx.newPerson()
  const register = await services.registers.createRegister(systemActor, crn, {
    type: 'rosh',
    level: 'high',
    registeredDate: '2026-11-01',
  })
  const signedIn = async (username: string, role: Role, staffCode?: string) => {
    await services.access.addUser(systemActor, { username, password: PASSWORD, role, staffCode })
    const browser = new WebClient(api.baseUrl)
    assert.equal((await browser.signIn(username, PASSWORD)).status, 303)
    return browser
  }
  const pat = await signedIn('pat', 'practitioner', officer)
  const sam = await signedIn('sam', 'practitioner', manager)
  const analyst = await signedIn('ann', 'analyst')

  it('raises a risk escalation from the case in one form, then the decision-maker accepts it', async () => {
    const formUrl = `/cases/${crn}/requests/new?kind=risk_escalation`
    const overview = await pat.get(`/cases/${crn}`)
    assert.ok(overview.html.includes(formUrl.replace('&', '&amp;')) || overview.html.includes(formUrl))
    const form = await pat.get(formUrl)
    assert.equal(form.status, 200)
    assert.match(textOf(form.html), /Escalate risk/)
    assert.match(textOf(form.html), /RoSH high since 2026-11-01/)
    const _csrf = /name="_csrf" value="([^"]+)"/.exec(form.html)?.[1] as string

    const missing = await pat.post(`/cases/${crn}/requests/new`, {
      _csrf,
      kind: 'risk_escalation',
      toTeamCode: team,
    })
    assert.equal(missing.status, 400)
    assert.match(missing.html, /govuk-error-summary/)
    assert.match(textOf(missing.html), /Enter the reason/)
    assert.match(textOf(missing.html), /Enter the decision-maker/)

    const sent = await pat.post(`/cases/${crn}/requests/new`, {
      _csrf,
      kind: 'risk_escalation',
      toTeamCode: team,
      reason: 'Police report threats to kill',
      evidence: `register:${register.id}`,
      decisionMaker: manager,
    })
    assert.equal(sent.status, 303)
    const url = (sent.location as string).replace(/\?.*$/, '')
    const mine = await pat.get(sent.location as string)
    assert.match(textOf(mine.html), /Request raised/)
    assert.doesNotMatch(mine.html, /Accept request/, 'the raiser cannot accept their own request')
    assert.match(mine.html, /Withdraw request/)

    const theirs = await sam.get(url)
    assert.match(theirs.html, /Accept request/)
    const token = /name="_csrf" value="([^"]+)"/.exec(theirs.html)?.[1] as string
    const version = /name="version" value="(\d+)"/.exec(theirs.html)?.[1] as string
    const noReason = await sam.post(`${url}/decline`, { _csrf: token, version })
    assert.equal(noReason.status, 422)
    assert.match(textOf(noReason.html), /Say why the request is declined/)
    const accepted = await sam.post(`${url}/accept`, { _csrf: token, version })
    assert.equal(accepted.status, 303)
    const after = await sam.get(accepted.location as string)
    assert.match(textOf(after.html), /Request accepted/)
    assert.match(textOf(after.html), /Accepted/)

    const list = await sam.get(`/requests?team=${team}`)
    assert.equal(list.status, 200)
    assert.match(textOf(list.html), /Incoming: asked of this team/)
    assert.match(list.html, new RegExp(url))
  })

  it('refuses the form to roles that cannot raise requests, and the list to those without case access', async () => {
    assert.equal((await analyst.get(`/cases/${crn}/requests/new`)).status, 403)
    assert.equal((await analyst.get('/requests')).status, 403)
  })

  it('shows a transfer’s handover pack with the sender’s notes', async () => {
    const other = await fx.newTeam()
    const transfer = await services.requests.raiseRequest(systemActor, crn, {
      kind: 'transfer',
      fromTeamCode: team,
      toTeamCode: other,
      reason: 'Moved to another area',
      decisionMaker: manager,
      senderNotes: 'Prefers morning appointments',
    })
    const page = await sam.get(`/requests/${transfer.id}/handover`)
    assert.equal(page.status, 200)
    assert.match(textOf(page.html), /Prefers morning appointments/)
    assert.match(textOf(page.html), /RoSH/)
  })
})
