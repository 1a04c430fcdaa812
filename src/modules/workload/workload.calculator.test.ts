// The contract of issue 9 through both doors: POST /api/v1/calculators/workload and
// `openprobation calculate workload`.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { runCliProcess } from '../../../test/cli'
import { testApi } from '../../../test/harness'

const example = {
  grade: 'PO',
  contractedHours: 37,
  reductionHours: 3.7,
  cases: [
    ...Array.from({ length: 10 }, () => ({ tier: 'B2', type: 'community', t2a: false })),
    ...Array.from({ length: 5 }, () => ({ tier: 'C2', type: 'licence', t2a: false })),
  ],
  courtReports: [{ type: 'standard' }, { type: 'standard' }],
}
const pso = { grade: 'PSO', contractedHours: null, cases: [{ tier: 'D1', type: 'custody', t2a: true }] }

function assertExample(body: any) {
  assert.deepEqual([body.points, body.availablePoints, body.capacityPercent], [1751, 1958, 89.4])
  assert.equal(body.breakdown.length, 3)
}

describe('POST /api/v1/calculators/workload', async () => {
  const api = await testApi()
  const token = await api.tokenFor('practitioner')
  const post = (body: unknown) => api.request('POST', '/api/v1/calculators/workload', { token, body })

  it('answers the worked example of reference §2.4', async () => {
    const response = await post(example)
    assert.equal(response.status, 200)
    assertExample(response.body)
  })

  it('answers an array in order', async () => {
    const response = await post([pso, example])
    assert.equal(response.status, 200)
    assert.deepEqual([response.body[0].points, response.body[0].availablePoints], [13, 2176])
    assertExample(response.body[1])
  })

  it('refuses bad input with a 400 naming each bad field', async () => {
    const response = await post([
      example,
      {
        grade: 'TPO',
        contractedHours: -1,
        reductionHours: 1.234,
        cases: [{ tier: 'E9', type: 'prison', t2a: 'yes' }],
        courtReports: [{ type: 'oral' }],
        colour: 'red',
      },
      { grade: 'PO' },
    ])
    assert.equal(response.status, 400)
    assert.equal(response.body.error.code, 'validation.failed')
    const paths = response.body.error.details.map((d: any) => d.path).sort()
    assert.deepEqual(paths, [
      '1',
      '1.cases.0.t2a',
      '1.cases.0.tier',
      '1.cases.0.type',
      '1.contractedHours',
      '1.courtReports.0.type',
      '1.grade',
      '1.reductionHours',
      '2.contractedHours',
    ])
    const grade = response.body.error.details.find((d: any) => d.path === '1.grade')
    assert.match(grade.message, /must be one of PO, PQiP, NQO, PSO, SPO/)
  })
})

describe('openprobation calculate workload', () => {
  it('reads one object and prints the result', async () => {
    const result = await runCliProcess(['calculate', 'workload'], { env: {}, input: JSON.stringify(example) })
    assert.equal(result.code, 0, result.stderr)
    assertExample(JSON.parse(result.stdout))
  })

  it('refuses a bad field and exits non-zero', async () => {
    const result = await runCliProcess(['calculate', 'workload'], {
      env: {},
      input: JSON.stringify({ ...example, grade: 'DMY' }),
    })
    assert.equal(result.code, 1)
    assert.match(result.stderr, /grade: must be one of PO, PQiP, NQO, PSO, SPO/)
  })
})
