// The case pages read in-process through the real app and services: the overview, the chronology and
// its filters, the search, and who may see them.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi, userActor } from '../../../test/harness'
import { adjustableClock, textOf, WebClient, webSignIn } from '../../../test/web-client'
import { assessmentFixture } from '../../modules/assessment/assessment.fixture'
import { contactsFixture } from '../../modules/contacts/contacts.fixture'

const classOf = (html: string, id: string) => new RegExp(`class="([^"]*)" id="${id}"`).exec(html)?.[1] ?? ''

describe('case pages', async () => {
  const api = await testApi(adjustableClock('2026-11-23T09:00:00Z'))
  const { services } = api
  const fixture = contactsFixture(services)
  const signedIn = webSignIn(api)

  const person = await services.people.createPerson(systemActor, {
    firstName: 'Aoife',
    middleNames: 'Mary',
    surname: 'Byrne-Kelly',
    dateOfBirth: '1990-04-25',
    sex: 'female',
    pnc: '2001/0123456F',
    cro: '123456/01X',
    aliases: [{ firstName: 'Eva', surname: 'Byrne', dateOfBirth: '1990-05-24' }],
    addresses: [
      {
        status: 'previous',
        streetName: 'Old Street',
        town: 'Leeds',
        postcode: 'LS1 1AA',
        endDate: '2025-01-01',
      },
      {
        status: 'main',
        addressNumber: '12',
        streetName: 'High Street',
        town: 'Bradford',
        postcode: 'BD1 1AA',
      },
    ],
    circumstances: [{ kind: 'reasonable_adjustment', type: 'hearing_loop', notes: 'Uses a hearing aid' }],
  })
  const { crn } = person
  const event = await fixture.newOrder(crn)
  await services.registers.createRegister(systemActor, crn, {
    type: 'rosh',
    level: 'high',
    registeredDate: '2026-01-05',
  })
  await services.registers.createRegister(systemActor, crn, {
    type: 'domestic_abuse_perpetrator',
    registeredDate: '2025-01-05',
    deregisteredDate: '2025-06-01',
    deregistrationReason: 'No longer a concern',
  })
  const staffCode = await fixture.newStaff('PO', await fixture.newTeam())
  await services.contacts.recordContact(systemActor, crn, {
    type: 'office_visit',
    date: '2026-02-10',
    startTime: '10:00',
    endTime: '10:30',
    location: 'Bradford office',
    staffCode,
    eventId: event.id,
  })
  const practitioner = await signedIn('practitioner')

  it('shows the overview: identity, details, aliases, addresses main first, registers, events, scores', async () => {
    const page = await practitioner.get(`/cases/${crn.toLowerCase()}`)
    assert.equal(page.status, 200)
    const text = textOf(page.html)
    assert.match(
      page.html,
      /<title>Aoife Mary Byrne-Kelly \(A\d{6}\) - Case overview - OpenProbation<\/title>/,
    )
    assert.match(text, new RegExp(`CRN: ${crn}`))
    assert.match(text, /Date of birth 25 April 1990 \(36 years old\)/)
    assert.match(text, /PNC number 2001\/0123456F/)
    assert.match(text, /CRO number 123456\/01X/)
    assert.match(text, /Aliases 1 alias/)
    assert.match(text, /Eva Byrne 24 May 1990/)
    // The main address first, then the previous one.
    const addresses = textOf(/data-test="addresses"[\s\S]*?<\/table>/.exec(page.html)?.[0] ?? '')
    assert.match(
      addresses,
      /Main address 12 High Street Bradford BD1 1AA.*Previous address Old Street Leeds LS1 1AA/,
    )
    assert.match(text, /Adjustment Hearing loop .* Uses a hearing aid/)
    // Registers as tags with their level: active in the header and the table; the past one apart.
    assert.match(
      page.html,
      /<strong class="govuk-tag govuk-tag--orange">\s*Risk of serious harm: high\s*<\/strong>/,
    )
    const past = textOf(/data-test="past-registers"[\s\S]*?<\/table>/.exec(page.html)?.[0] ?? '')
    assert.match(past, /Domestic abuse perpetrator 5 January 2025 1 June 2025 No longer a concern/)
    // The event with its offence, sentence, key dates, requirements and their progress.
    assert.match(text, /Event 1: Community order/)
    assert.match(text, /Theft from shops and stalls \(046\/00\) \(main offence\), on 1 December 2025/)
    assert.match(text, /Community order, 12 months/)
    assert.match(text, /Expected end date: 4 January 2027/)
    assert.match(text, /Rehabilitation activity requirement: 20 days RAR 0 of 20 days/)
    assert.match(text, /Unpaid work: 100 hours/)
    // Scores with their inputs and where each came from.
    assert.match(text, /OGRS3 \(proven reoffending\) 11% in 1 year, 20% in 2 years Low/)
    assert.match(text, /OGP \(general reoffending, OASys\) Not calculated/)
    assert.match(text, /Age at current conviction 35 date of birth 1990-04-25 and conviction date 2026-01-05/)
    assert.match(page.html, new RegExp(`href="/cases/${crn}/chronology"`))
    assert.match(page.html, new RegExp(`href="/cases/${crn}/edit"`))
  })

  it('shows the dynamic scores and OGP/OVP once an assessment is completed, and links to the assessment', async () => {
    const assessed = await assessmentFixture(services).caseOnRecord()
    const staffCode = await fixture.newStaff('PO', await fixture.newTeam())
    await assessmentFixture(services).complete(
      { ...userActor(['practitioner']), staffCode, name: 'Pat Officer' },
      assessed,
    )
    const page = await practitioner.get(`/cases/${assessed}`)
    assert.equal(page.status, 200)
    const scores = textOf(/data-test="predictor-scores"[\s\S]*?<\/table>/.exec(page.html)?.[0] ?? '')
    assert.match(
      scores,
      /ARP \(all reoffending\) [\d.]+% \w+ Dynamic version, from the record and the assessment of 23 November 2026; static version \(the record alone\) [\d.]+%/,
    )
    assert.match(
      scores,
      /OGP \(general reoffending, OASys\) \d+% in 1 year, \d+% in 2 years \w+ Dynamic version/,
    )
    assert.match(
      scores,
      /OVP \(violent reoffending, OASys\) \d+% in 1 year, \d+% in 2 years \w+ Dynamic version/,
    )
    const items = textOf(/data-test="predictor-items"[\s\S]*?<\/table>/.exec(page.html)?.[0] ?? '')
    assert.match(
      items,
      /No fixed abode or transient \(3\.3\) Yes assessment 1 completed 2026-11-23, accommodation\.noFixedAbode: yes/,
    )
    assert.match(
      page.html,
      new RegExp(
        `href="/cases/${assessed}/assessment" data-test="assessment-link">See, start or continue the assessment<`,
      ),
    )
  })

  it('shows the tier with its reasons: RoSH high scores 20 protect points', async () => {
    const page = await practitioner.get(`/cases/${crn}`)
    const tier = textOf(/data-test="tier"[\s\S]*?<\/dl>/.exec(page.html)?.[0] ?? '')
    const { result } = await services.tiering.currentTier(systemActor, crn)
    const v2 = result?.v2.tier as string
    assert.match(v2, /^B\d$/)
    assert.match(tier, new RegExp(`Protect and change tier ${v2}`))
    assert.match(tier, /Protect level B \(20 points\)/)
    assert.match(tier, new RegExp(`A to G tier ${result?.v3.tier ?? 'No tier'}`))
    assert.match(textOf(page.html), new RegExp(`Why ${v2}\\?`))
    assert.match(textOf(page.html), result?.v3.tier ? /Why A to G tier [A-G]\?/ : /Why no A to G tier\?/)
    const reasons = textOf(/data-test="tier-reasons"[\s\S]*?<\/table>/.exec(page.html)?.[0] ?? '')
    assert.match(reasons, /Protect RoSH high: 20 points 20 Counted/)
    const inputs = textOf(/data-test="tier-inputs"[\s\S]*?<\/table>/.exec(page.html)?.[0] ?? '')
    assert.match(inputs, /Risk of serious harm \(RoSH\) High register rosh from 2026-01-05: high/)
    assert.match(inputs, /Sex used for scoring Female/)
    assert.match(
      inputs,
      /Factors for women parenting: No, impulsivity or temper control: No, breach or recall in last 12 months: No/,
    )
    assert.match(textOf(page.html), /No override proposed/)
  })

  it('shows an override with its status and rationale, escaped', async () => {
    const other = await services.people.createPerson(systemActor, {
      firstName: 'Tomasz',
      surname: 'Wojcik',
      sex: 'male',
    })
    await services.tiering.proposeOverride(systemActor, other.crn, {
      model: 'v2',
      tier: 'B1',
      rationale: 'Threats to kill <script>alert(1)</script>',
    })
    const page = await practitioner.get(`/cases/${other.crn}`)
    const card = textOf(/data-test="tier-override"[\s\S]*?<\/dl>/.exec(page.html)?.[0] ?? '')
    assert.match(card, /Status Proposed Rationale Threats to kill &lt;script&gt;alert\(1\)&lt;\/script&gt;/)
    assert.match(card, /Review Not reviewed yet/)
    assert.match(textOf(page.html), /Protect and change tier: D0 to B1/)
    assert.doesNotMatch(page.html, /<script>alert\(1\)/)
    // Approved, it is the tier in use; an input change then flags it for review.
    const [proposal] = (await services.tiering.currentTier(systemActor, other.crn)).overrides
    await services.tiering.approveOverride(userActor(['spo']), proposal?.id as string, { note: 'Agreed' })
    const approved = textOf((await practitioner.get(`/cases/${other.crn}`)).html)
    assert.match(approved, /Protect and change tier D0 \(in use: B1, by an approved override\)/)
    assert.match(approved, /Status Approved .* Review Approved by .* Agreed/)
    await services.registers.createRegister(systemActor, other.crn, {
      type: 'rosh',
      level: 'medium',
      registeredDate: '2026-11-01',
    })
    const flagged = textOf((await practitioner.get(`/cases/${other.crn}`)).html)
    assert.match(
      flagged,
      /Status Needs review .* Needs review because Flagged on .*: inputs changed: roshLevel/,
    )
  })

  it('says plainly when the tier needs the sex to use for scoring', async () => {
    const other = await services.people.createPerson(systemActor, {
      firstName: 'Sam',
      surname: 'Okafor',
      sex: 'other',
    })
    const page = await practitioner.get(`/cases/${other.crn}`)
    assert.equal(page.status, 200)
    const warning = textOf(/data-test="tier-not-calculated"[\s\S]*?<\/div>/.exec(page.html)?.[0] ?? '')
    assert.match(warning, /The tier cannot be calculated: the tier needs the sex to use for scoring/)
    assert.doesNotMatch(page.html, /data-test="tier-v2"/)
    assert.match(textOf(page.html), /Sex used for scoring Not known the record gives the sex as other/)
  })

  it('records the reads in the audit trail under the signed-in user', async () => {
    const entries = await services.audit.entriesFor(services.database.db, { crn })
    const reads = entries.filter((e) => e.actor.name.startsWith('practitioner-')).map((e) => e.action)
    for (const action of [
      'person.read',
      'event.read',
      'register.read',
      'progress.read',
      'predictors.read',
      'tier.read',
    ])
      assert.ok(reads.includes(action), `${action} in ${reads.join(', ')}`)
  })

  it('answers 404 for an unknown, malformed or deleted CRN', async () => {
    for (const path of [
      '/cases/Z999999',
      '/cases/not-a-crn',
      '/cases/Z999999/chronology',
      '/cases/Z999999/edit',
    ]) {
      const page = await practitioner.get(path)
      assert.equal(page.status, 404, path)
      assert.match(textOf(page.html), /Page not found/)
    }
    const gone = await services.people.createPerson(systemActor, {
      firstName: 'Gone',
      surname: 'Away',
      sex: 'male',
    })
    await services.people.deletePerson(systemActor, gone.crn, { version: 1 })
    assert.equal((await practitioner.get(`/cases/${gone.crn}`)).status, 404)
  })

  it('sends a CRN merged into another record to the surviving one', async () => {
    const kept = await services.people.createPerson(systemActor, {
      firstName: 'Kept',
      surname: 'Record',
      sex: 'male',
    })
    const merged = await services.people.createPerson(systemActor, {
      firstName: 'Kept',
      surname: 'Record',
      sex: 'male',
      confirmDifferentPerson: true,
      differentPersonReason: 'test',
    })
    await services.people.mergePeople(systemActor, kept.crn, {
      from: merged.crn,
      version: kept.version,
      reason: 'same person',
    })
    for (const path of [`/cases/${merged.crn}`, `/cases/${merged.crn}/chronology`]) {
      const page = await practitioner.get(path)
      assert.equal(page.status, 410, path)
      assert.match(
        page.html,
        new RegExp(`merged into <a class="govuk-link" href="/cases/${kept.crn}">CRN ${kept.crn}</a>`),
      )
    }
  })

  it('refuses roles without person:read, and sends anyone signed out to sign in', async () => {
    for (const role of ['analyst', 'partner'] as const) {
      const browser = await signedIn(role)
      for (const path of [
        `/cases/${crn}`,
        `/cases/${crn}/chronology`,
        '/cases',
        '/cases?q=byrne',
        '/cases/new',
      ]) {
        const page = await browser.get(path)
        assert.equal(page.status, 403, `${role} ${path}`)
        assert.doesNotMatch(page.html, /Byrne-Kelly/)
      }
      assert.doesNotMatch((await browser.get('/')).html, /href="\/cases/)
    }
    const anonymous = await new WebClient(api.baseUrl).get(`/cases/${crn}`)
    assert.equal(anonymous.status, 303)
    assert.equal(anonymous.location, `/sign-in?returnTo=%2Fcases%2F${crn}`)
  })

  it('shows the chronology newest first, and filters it by kind and dates with a GET form', async () => {
    const page = await practitioner.get(`/cases/${crn}/chronology`)
    assert.equal(page.status, 200)
    assert.match(page.html, /<form method="get" action="\/cases\/A\d{6}\/chronology"/)
    const rows = textOf(/data-test="chronology"[\s\S]*?<\/table>/.exec(page.html)?.[0] ?? '')
    assert.match(
      rows,
      /10 February 2026 10:00 Contact Office appointment 10:00-10:30 at Bradford office with N07A001/,
    )
    assert.ok(rows.indexOf('10 February 2026') < rows.indexOf('5 January 2026'), 'newest first')
    assert.match(rows, /Registered: rosh \(high\)/)
    assert.match(page.html, /href="\/assets\/cases\/cases.css"/)

    const contacts = await practitioner.get(`/cases/${crn}/chronology?type=contact`)
    const only = textOf(/data-test="chronology"[\s\S]*?<\/table>/.exec(contacts.html)?.[0] ?? '')
    assert.match(only, /1 entry, filtered/)
    assert.doesNotMatch(only, /Registered/)
    assert.match(contacts.html, /value="contact" checked/)

    const dated = await practitioner.get(
      `/cases/${crn}/chronology?from-day=1&from-month=2&from-year=2026&to-day=28&to-month=2&to-year=2026`,
    )
    const inFebruary = textOf(/data-test="chronology"[\s\S]*?<\/table>/.exec(dated.html)?.[0] ?? '')
    assert.match(inFebruary, /10 February 2026/)
    assert.doesNotMatch(inFebruary, /January/)
    assert.match(dated.html, /id="from-month" name="from-month" type="text" value="2"/)
  })

  it('names each filter problem in an error summary, the dates kept', async () => {
    const page = await practitioner.get(
      `/cases/${crn}/chronology?from-day=31&from-month=2&from-year=2026&to-day=1&to-year=2026`,
    )
    assert.equal(page.status, 400)
    assert.match(page.html, /<title>Error: Chronology/)
    assert.match(page.html, /<a href="#from-day">Date from must be a real date<\/a>/)
    assert.match(page.html, /<a href="#to-month">Date to must include a month<\/a>/)
    // Only the missing box is highlighted; an impossible date highlights all three.
    assert.match(classOf(page.html, 'to-month'), /govuk-input--error/)
    assert.doesNotMatch(classOf(page.html, 'to-day'), /govuk-input--error/)
    assert.match(classOf(page.html, 'from-year'), /govuk-input--error/)
    const backwards = await practitioner.get(
      `/cases/${crn}/chronology?from-day=1&from-month=3&from-year=2026&to-day=1&to-month=2&to-year=2026`,
    )
    assert.match(backwards.html, /Date to must be the same as or after date from/)
  })

  it('finds a person by name with why they matched, and links to the case', async () => {
    const empty = await practitioner.get('/cases')
    assert.equal(empty.status, 200)
    assert.match(textOf(empty.html), /Find a person/)
    const page = await practitioner.get('/cases?q=aoife+byrne')
    assert.equal(page.status, 200)
    const results = /data-test="search-results"[\s\S]*?<\/table>/.exec(page.html)?.[0] ?? ''
    assert.match(results, new RegExp(`<a class="govuk-link" href="/cases/${crn}">Aoife Mary Byrne-Kelly</a>`))
    assert.match(textOf(results), /\d+%: /)
    assert.match(textOf((await practitioner.get('/cases?q=nobody+zzyzx')).html), /No one found/)
  })

  it('escapes what people typed: a name like <script> is shown as text', async () => {
    const hostile = await services.people.createPerson(systemActor, {
      firstName: '<script>alert("x")</script>',
      surname: '"><img src=x onerror=alert()>',
      sex: 'male',
    })
    for (const path of [
      `/cases/${hostile.crn}`,
      `/cases/${hostile.crn}/chronology`,
      `/cases/${hostile.crn}/edit`,
    ]) {
      const page = await practitioner.get(path)
      assert.equal(page.status, 200, path)
      assert.doesNotMatch(page.html, /<script>alert/)
      assert.doesNotMatch(page.html, /<img src=x/)
    }
    const overview = await practitioner.get(`/cases/${hostile.crn}`)
    assert.match(overview.html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/)
  })

  it('links the home page to the case pages for a practitioner', async () => {
    const home = await practitioner.get('/')
    assert.match(home.html, /<a class="govuk-link" href="\/cases">Find a person on probation/)
    assert.match(home.html, /<a class="govuk-link" href="\/cases\/new">Add a person on probation/)
  })
})
