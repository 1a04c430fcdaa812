import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type Grant, inScope, scopeFromGrants, type TeamPlace } from './scope.rules'

const TEAMS: TeamPlace[] = [
  { teamCode: 'T1', pduCode: 'P1', regionCode: 'R1' },
  { teamCode: 'T2', pduCode: 'P1', regionCode: 'R1' },
  { teamCode: 'T3', pduCode: 'P2', regionCode: 'R1' },
  { teamCode: 'T4', pduCode: 'P3', regionCode: 'R2' },
]

describe('scopeFromGrants', () => {
  const cases: [string, Grant[], string[] | 'national'][] = [
    [
      'a national grant covers every team',
      [{ role: 'spo', scopeType: 'national', scopeCode: null }],
      'national',
    ],
    ['a team grant covers that team', [{ role: 'spo', scopeType: 'team', scopeCode: 'T2' }], ['T2']],
    ['a delivery unit covers its teams', [{ role: 'spo', scopeType: 'pdu', scopeCode: 'P1' }], ['T1', 'T2']],
    [
      "a region covers its units' teams",
      [{ role: 'spo', scopeType: 'region', scopeCode: 'R1' }],
      ['T1', 'T2', 'T3'],
    ],
    [
      'grants add up',
      [
        { role: 'spo', scopeType: 'team', scopeCode: 'T4' },
        { role: 'practitioner', scopeType: 'pdu', scopeCode: 'P2' },
      ],
      ['T3', 'T4'],
    ],
    [
      'national wins over narrower grants',
      [
        { role: 'practitioner', scopeType: 'team', scopeCode: 'T1' },
        { role: 'admin', scopeType: 'national', scopeCode: null },
      ],
      'national',
    ],
    ['no grants, no teams', [], []],
    ['an unknown code covers nothing', [{ role: 'spo', scopeType: 'pdu', scopeCode: 'NOPE' }], []],
  ]
  for (const [name, grants, expected] of cases) {
    it(name, () => {
      const scope = scopeFromGrants(grants, TEAMS)
      if (expected === 'national') assert.equal(scope.kind, 'national')
      else assert.deepEqual(scope.kind === 'teams' && scope.teamCodes, expected)
      assert.ok(scope.reasons.length > 0, 'says why')
    })
  }

  it('explains each grant', () => {
    const scope = scopeFromGrants([{ role: 'spo', scopeType: 'pdu', scopeCode: 'P1' }], TEAMS)
    assert.deepEqual(scope.reasons, ['spo at delivery unit P1: T1, T2'])
  })

  it('inScope', () => {
    const scope = scopeFromGrants([{ role: 'spo', scopeType: 'team', scopeCode: 'T1' }], TEAMS)
    assert.equal(inScope(scope, 'T1'), true)
    assert.equal(inScope(scope, 'T2'), false)
    assert.equal(inScope(scope, null), false)
    assert.equal(inScope({ kind: 'national', reasons: [] }, null), true)
  })
})
