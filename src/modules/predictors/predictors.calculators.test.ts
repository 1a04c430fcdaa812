// The ogrs3 calculator contract (issue 6) through both doors, and every predictor calculator reachable.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { runCliProcess } from '../../../test/cli'
import { testApi } from '../../../test/harness'

// Case 2 of ogrs3.rules.test.ts: male 18, 3 sanctions, first at 15, public order → 0.39840 / 0.57616.
const young = {
  sex: 'male',
  ageAtStartOfFollowUp: 18,
  ageAtCurrentConviction: 18,
  ageAtFirstSanction: 15,
  totalSanctions: 3,
  offenceCategory: 'public_order',
}
// Case 4: male 49, 10 sanctions, first at 20, sexual not against child, oasys set (0.0328) → 36 %.
const oasys = {
  sex: 'male',
  ageAtStartOfFollowUp: 49,
  ageAtCurrentConviction: 49,
  ageAtFirstSanction: 20,
  totalSanctions: 10,
  offenceCategory: 'sexual_not_against_child',
  coefficientSet: 'oasys',
}

function assertYoung(body: any) {
  assert.deepEqual(Object.keys(body).sort(), [
    'band',
    'coefficientSet',
    'oneYear',
    'oneYearPercent',
    'terms',
    'twoYear',
    'twoYearPercent',
  ])
  assert.ok(Math.abs(body.oneYear - 0.3984013423592491) < 1e-12)
  assert.ok(Math.abs(body.twoYear - 0.5761559153613621) < 1e-12)
  assert.deepEqual([body.oneYearPercent, body.twoYearPercent, body.band], [40, 58, 'medium'])
  assert.equal(body.coefficientSet, 'published')
  assert.equal(body.terms.ageGroup, '18-20')
  assert.equal(body.terms.offence, 0.181917975)
}

function assertOasys(body: any) {
  assert.equal(body.coefficientSet, 'oasys')
  assert.equal(body.terms.offence, 0.0328)
  assert.deepEqual([body.twoYearPercent, body.band], [36, 'low'])
}

describe('POST /api/v1/calculators/ogrs3', async () => {
  const api = await testApi()
  const token = await api.tokenFor('practitioner')
  const post = (body: unknown, name = 'ogrs3') =>
    api.request('POST', `/api/v1/calculators/${name}`, { token, body })

  it('answers one object with one result', async () => {
    const response = await post(young)
    assert.equal(response.status, 200)
    assertYoung(response.body)
  })

  it('answers an array with an array in the same order', async () => {
    const response = await post([oasys, young, oasys])
    assert.equal(response.status, 200)
    assert.equal(response.body.length, 3)
    assertOasys(response.body[0])
    assertYoung(response.body[1])
    assertOasys(response.body[2])
  })

  it('refuses a batch whole when one element is bad, naming its index and field', async () => {
    const response = await post([
      young,
      { ...young, totalSanctions: 0 },
      { ...young, ageAtFirstSanction: 19 },
    ])
    assert.equal(response.status, 400)
    assert.equal(response.body.error.code, 'validation.failed')
    const paths = response.body.error.details.map((d: any) => d.path)
    assert.deepEqual(paths, ['1.totalSanctions', '2.ageAtFirstSanction'])
  })

  it('refuses unknown fields, unknown categories and sets, and non-integers', async () => {
    const unknown = await post({ ...young, ageAtSentence: 18 })
    assert.equal(unknown.status, 400)
    assert.deepEqual(unknown.body.error.details, [{ path: '', message: 'unknown field: ageAtSentence' }])
    const bad = await post({
      ...young,
      offenceCategory: 'arson',
      coefficientSet: 'nomis',
      totalSanctions: 2.5,
    })
    assert.equal(bad.status, 400)
    const paths = bad.body.error.details.map((d: any) => d.path).sort()
    assert.deepEqual(paths, ['coefficientSet', 'offenceCategory', 'totalSanctions'])
  })

  it('refuses an age at conviction under 10 with a 400 naming the field', async () => {
    const response = await post({ ...young, ageAtCurrentConviction: 9, ageAtFirstSanction: 9 })
    assert.equal(response.status, 400)
    assert.equal(response.body.error.details[0].path, 'ageAtCurrentConviction')
  })

  it('serves every predictor, described in the OpenAPI document', async () => {
    const document = await api.request('GET', '/api/v1/openapi.json')
    for (const name of ['ogrs3', 'rsr', 'ogp', 'ovp', 'arp', 'vrp', 'svrp', 'csrp'])
      assert.ok(document.body.paths[`/api/v1/calculators/${name}`].post, name)
    assert.ok(document.body.components.schemas.Ogrs3CalculatorInput)
    const actuarial = {
      ...young,
      offenceCategory: 'criminal_damage',
      offenceFreeMonths: 0,
      violentSanctions: 1,
    }
    const rsr = await post(actuarial, 'rsr')
    assert.equal(rsr.status, 200)
    assert.equal(rsr.body.snsv.version, 'static')
    const { violentSanctions: _, ...arp } = actuarial
    assert.equal((await post(arp, 'arp')).status, 200)
    assert.equal((await post(actuarial, 'csrp')).body.svrp.version, 'static')
  })
})

describe('openprobation calculate ogrs3', () => {
  const env = {} // the calculator opens no database

  it('reads one object and prints one result as JSON', async () => {
    const result = await runCliProcess(['calculate', 'ogrs3'], { env, input: JSON.stringify(young) })
    assert.equal(result.code, 0, result.stderr)
    assertYoung(JSON.parse(result.stdout))
  })

  it('reads an array and prints an array in the same order', async () => {
    const result = await runCliProcess(['calculate', 'ogrs3'], { env, input: JSON.stringify([young, oasys]) })
    assert.equal(result.code, 0, result.stderr)
    const body = JSON.parse(result.stdout)
    assertYoung(body[0])
    assertOasys(body[1])
  })

  it('refuses a bad element with its index and field, and exits non-zero', async () => {
    const input = JSON.stringify([young, { ...young, totalSanctions: 0 }])
    const result = await runCliProcess(['calculate', 'ogrs3'], { env, input })
    assert.notEqual(result.code, 0)
    assert.equal(result.stdout, '')
    assert.match(result.stderr, /1\.totalSanctions: is 0/)
  })

  it('refuses an unknown field', async () => {
    const result = await runCliProcess(['calculate', 'ogrs3'], {
      env,
      input: JSON.stringify({ ...young, extra: 1 }),
    })
    assert.notEqual(result.code, 0)
    assert.match(result.stderr, /unknown field: extra/)
  })
})
