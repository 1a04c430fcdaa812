// The contract of issue 8 through both doors: POST /api/v1/calculators/tier and `openprobation calculate tier`.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { runCliProcess } from '../../../test/cli'
import { testApi } from '../../../test/harness'

// A woman on a community order with an assessment: every field of the contract given.
const full = {
  sex: 'female',
  rsrPercent: 5.2,
  roshLevel: 'high',
  mappa: null,
  complexityFactors: ['mental_health'],
  femaleFactors: { parenting: true, impulsivityOrTemperControl: false, breachOrRecallInLast12Months: true },
  mandateForChange: true,
  needs: { thinking_behaviour: 'severe', accommodation: 'standard', drug_misuse: 'none' },
  ogrsPercent: 56,
  iomNominal: true,
  unsupervised: false,
  hasActiveEvent: true,
  arp: { percent: 62, dynamic: true },
  csrp: { percent: 1.4, dynamic: true },
  dcSrp: null,
  liferOrIppReleaseDate: null,
  calculationDate: '2026-11-23',
  domesticAbuse: true,
  stalking: false,
  childProtection: false,
  everSexualOffence: false,
}
// Protect: RoSH high 20 (RSR 10 not counted) + mental health 2 + parenting 2 + breach 2 = 26: B.
// Change: thinking and behaviour severe 4 + accommodation standard 1 + OGRS 5 + IOM 2 = 12: 2.
// A to G: table ARP 62 / CSRP 1.4 = D; not MAPPA, RoSH high = D; domestic abuse E: D, not provisional.
const fullExpected = { tier: 'B2', protect: 'B', change: 2, protectPoints: 26, changePoints: 12 }

// Only the required fields: everything else means null, false or empty.
const minimal = { sex: 'male', mandateForChange: false, hasActiveEvent: true, calculationDate: '2026-11-23' }
// Protect 0: D. No mandate: 0. No ARP or CSRP: missing.

function assertFull(body: any) {
  const { reasons, ...v2 } = body.v2
  assert.deepEqual(v2, fullExpected)
  assert.ok(
    reasons.some(
      (r: any) => r.reason === 'RoSH high: 20 points (counts instead of RSR 5.2%, which scores 10)',
    ),
  )
  assert.deepEqual([body.v3.tier, body.v3.status, body.v3.provisional], ['D', 'supervised', false])
  for (const step of body.v3.steps) assert.deepEqual(Object.keys(step).sort(), ['reason', 'step', 'tier'])
}

function assertMinimal(body: any) {
  assert.equal(body.v2.tier, 'D0')
  assert.deepEqual([body.v3.tier, body.v3.status, body.v3.provisional], [null, 'missing', false])
}

describe('POST /api/v1/calculators/tier', async () => {
  const api = await testApi()
  const token = await api.tokenFor('practitioner')
  const post = (body: unknown) => api.request('POST', '/api/v1/calculators/tier', { token, body })

  it('answers one object with one result', async () => {
    const response = await post(full)
    assert.equal(response.status, 200)
    assertFull(response.body)
    const small = await post(minimal)
    assert.equal(small.status, 200)
    assertMinimal(small.body)
  })

  it('answers an array with an array in the same order', async () => {
    const response = await post([minimal, full, { ...full, unsupervised: true }])
    assert.equal(response.status, 200)
    assert.equal(response.body.length, 3)
    assertMinimal(response.body[0])
    assertFull(response.body[1])
    assert.equal(response.body[2].v2.tier, 'B2S')
  })

  it('refuses a batch whole when one element is bad, naming its index and each field', async () => {
    const response = await post([
      full,
      { ...full, rsrPercent: 101, sex: 'unknown' },
      { ...minimal, hasActiveEvent: undefined },
    ])
    assert.equal(response.status, 400)
    assert.equal(response.body.error.code, 'validation.failed')
    const paths = response.body.error.details.map((d: any) => d.path).sort()
    assert.deepEqual(paths, ['1.rsrPercent', '1.sex', '2.hasActiveEvent'])
    const sex = response.body.error.details.find((d: any) => d.path === '1.sex')
    assert.match(sex.message, /must be male or female/)
  })

  it('refuses unknown fields, bad nested fields, and bad dates', async () => {
    const unknown = await post({ ...full, tier: 'A' })
    assert.equal(unknown.status, 400)
    assert.deepEqual(unknown.body.error.details, [{ path: '', message: 'unknown field: tier' }])

    const nested = await post({
      ...full,
      mappa: { level: 4, category: 1 },
      arp: { percent: 50 },
      calculationDate: '2026-02-30',
    })
    assert.equal(nested.status, 400)
    const paths = nested.body.error.details.map((d: any) => d.path).sort()
    assert.deepEqual(paths, ['arp.dynamic', 'calculationDate', 'mappa.level'])
  })

  it('needs a token with the calculator permission', async () => {
    const anonymous = await api.request('POST', '/api/v1/calculators/tier', { body: full })
    assert.equal(anonymous.status, 401)
  })

  it('is described in the OpenAPI document', async () => {
    const response = await api.request('GET', '/api/v1/openapi.json')
    assert.ok(response.body.paths['/api/v1/calculators/tier'].post)
    assert.ok(response.body.components.schemas.TierCalculatorInput)
  })
})

describe('openprobation calculate tier', () => {
  const env = {} // the calculator opens no database

  it('reads one object and prints one result as JSON', async () => {
    const result = await runCliProcess(['calculate', 'tier'], { env, input: JSON.stringify(full) })
    assert.equal(result.code, 0, result.stderr)
    assertFull(JSON.parse(result.stdout))
  })

  it('reads an array and prints an array in the same order', async () => {
    const result = await runCliProcess(['calculate', 'tier'], { env, input: JSON.stringify([full, minimal]) })
    assert.equal(result.code, 0, result.stderr)
    const body = JSON.parse(result.stdout)
    assertFull(body[0])
    assertMinimal(body[1])
  })

  it('refuses a bad element with its index and field, and exits non-zero', async () => {
    const result = await runCliProcess(['calculate', 'tier'], {
      env,
      input: JSON.stringify([minimal, { ...minimal, roshLevel: 'severe', colour: 'red' }]),
    })
    assert.equal(result.code, 1)
    assert.equal(result.stdout, '')
    assert.match(result.stderr, /1\.roshLevel: must be one of low, medium, high, very_high/)
    assert.match(result.stderr, /unknown field: colour/)
    assert.doesNotMatch(result.stderr, /at .*\.ts:\d+/, 'no stack trace')
  })
})
