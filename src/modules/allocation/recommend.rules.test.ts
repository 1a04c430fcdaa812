import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  type Candidate,
  type CaseFacts,
  type GradeRule,
  rankCandidates,
  specialismsWanted,
} from './recommend.rules'

const RULES: GradeRule[] = [
  { version: 1, roshLevel: 'very_high', grades: ['PO'], gradesWithOversight: [] },
  { version: 1, roshLevel: 'high', grades: ['PO'], gradesWithOversight: ['NQO'] },
  { version: 1, roshLevel: 'medium', grades: ['PO', 'NQO'], gradesWithOversight: ['PQiP', 'PSO'] },
  { version: 1, roshLevel: 'none', grades: ['PO', 'NQO', 'PSO'], gradesWithOversight: ['PQiP'] },
]
const FACTS: CaseFacts = {
  roshLevel: null,
  tier: 'C1',
  vettingNeeded: [],
  restrictedTo: [],
  excluded: [],
  previousStaffCodes: [],
  specialismsWanted: [],
}
const who = (
  staffCode: string,
  grade: string,
  after: number | null,
  more: Partial<Candidate> = {},
): Candidate => ({
  staffCode,
  name: staffCode,
  grade,
  userIds: [`u-${staffCode}`],
  vetting: [],
  specialisms: [],
  capacity: after === null ? null : { before: after - 10, after },
  ...more,
})
const order = (facts: Partial<CaseFacts>, candidates: Candidate[]) =>
  rankCandidates(candidates, { ...FACTS, ...facts }, RULES).map((r) => `${r.staffCode}:${r.rank ?? '-'}`)

describe('rankCandidates', () => {
  const cases: [string, Partial<CaseFacts>, Candidate[], string[]][] = [
    [
      'lowest workload after first',
      {},
      [who('A', 'PO', 95), who('B', 'PO', 60), who('C', 'PSO', 80)],
      ['B:1', 'C:2', 'A:3'],
    ],
    ['unknown workload last', {}, [who('A', 'PO', null), who('B', 'PO', 99)], ['B:1', 'A:2']],
    [
      'high RoSH: never a PSO',
      { roshLevel: 'high' },
      [who('A', 'PSO', 10), who('B', 'PO', 90)],
      ['B:1', 'A:-'],
    ],
    [
      'high RoSH: an NQO only with oversight, after a PO',
      { roshLevel: 'high' },
      [who('A', 'NQO', 10), who('B', 'PO', 90)],
      ['B:1', 'A:2'],
    ],
    [
      'very high RoSH: only a PO',
      { roshLevel: 'very_high' },
      [who('A', 'NQO', 10), who('B', 'PO', 90)],
      ['B:1', 'A:-'],
    ],
    [
      'previous practitioner first when suitable',
      { previousStaffCodes: ['C'] },
      [who('A', 'PO', 10), who('C', 'PO', 99)],
      ['C:1', 'A:2'],
    ],
    [
      'previous practitioner not suitable is not offered',
      { previousStaffCodes: ['C'], roshLevel: 'high' },
      [who('A', 'PO', 10), who('C', 'PSO', 20)],
      ['A:1', 'C:-'],
    ],
    [
      'excluded never recommended',
      { excluded: ['u-A'] },
      [who('A', 'PO', 10), who('B', 'PO', 90)],
      ['B:1', 'A:-'],
    ],
    [
      'restricted case: only named staff',
      { restrictedTo: ['u-B'] },
      [who('A', 'PO', 10), who('B', 'PO', 90)],
      ['B:1', 'A:-'],
    ],
    [
      'ViSOR needs vetting',
      { vettingNeeded: ['visor'] },
      [who('A', 'PO', 10), who('B', 'PO', 90, { vetting: ['visor'] })],
      ['B:1', 'A:-'],
    ],
    [
      'specialism before workload',
      { specialismsWanted: [{ code: 'women', why: 'a woman' }] },
      [who('A', 'PO', 10), who('B', 'PO', 90, { specialisms: ['women'] })],
      ['B:1', 'A:2'],
    ],
  ]
  for (const [name, facts, candidates, expected] of cases)
    it(name, () => assert.deepEqual(order(facts, candidates), expected))

  it('gives the workload before and after as a reason', () => {
    const [r] = rankCandidates(
      [who('A', 'PO', 104.1, { capacity: { before: 92.4, after: 104.1 } })],
      FACTS,
      RULES,
    )
    assert.ok(
      r?.reasons.some((x) => x.text === 'Workload 92.4% to 104.1%: over capacity' && x.effect === 'minus'),
    )
  })

  it('names the rule version and why a grade is refused', () => {
    const [r] = rankCandidates([who('A', 'PSO', 10)], { ...FACTS, roshLevel: 'very_high' }, RULES)
    assert.equal(r?.suitable, false)
    assert.match(
      r?.reasons.find((x) => x.factor === 'grade')?.text ?? '',
      /PSO may not hold very high RoSH \(rules v1/,
    )
  })
})

describe('specialismsWanted', () => {
  const cases: [string, Parameters<typeof specialismsWanted>[0], string[]][] = [
    ['none', { registerTypes: [], sexualOffence: false, sex: 'male', ageYears: 40 }, []],
    [
      'DA perpetrator',
      { registerTypes: ['domestic_abuse_perpetrator'], sexualOffence: false, sex: 'male', ageYears: 40 },
      ['domestic_abuse'],
    ],
    [
      'ViSOR',
      { registerTypes: ['visor'], sexualOffence: false, sex: 'male', ageYears: 40 },
      ['sexual_offences'],
    ],
    [
      'woman aged 19',
      { registerTypes: [], sexualOffence: false, sex: 'female', ageYears: 19 },
      ['women', 'transition_to_adulthood'],
    ],
    ['aged 26', { registerTypes: [], sexualOffence: true, sex: 'male', ageYears: 26 }, ['sexual_offences']],
  ]
  for (const [name, input, expected] of cases)
    it(name, () =>
      assert.deepEqual(
        specialismsWanted(input).map((s) => s.code),
        expected,
      ),
    )
})
