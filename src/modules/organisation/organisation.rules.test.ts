import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hasCurrentVetting, staffProblems } from './organisation.rules'
import { orgCode, staffInput } from './organisation.schema'

const staff = {
  code: 'N07A001',
  firstName: 'Siân',
  surname: "O'Brien-Ng",
  grade: 'PO',
  contractedHours: 37,
}
const problemsOf = (input: unknown) => {
  const result = staffInput.safeParse(input)
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'))
}

describe('organisation rules', () => {
  it('canonicalises codes to upper case and refuses anything else', () => {
    assert.equal(orgCode.parse(' n07t01 '), 'N07T01')
    assert.equal(orgCode.safeParse('N').success, false)
    assert.equal(orgCode.safeParse('N07-T01').success, false)
  })

  const cases: [string, Record<string, unknown>, string[]][] = [
    ['a plain member of staff, name kept as written', {}, []],
    ['0 contracted hours', { contractedHours: 0 }, []],
    ['80 contracted hours', { contractedHours: 80 }, []],
    ['22.25 contracted hours', { contractedHours: 22.25 }, []],
    ['80.01 contracted hours', { contractedHours: 80.01 }, ['contractedHours']],
    ['negative hours', { contractedHours: -1 }, ['contractedHours']],
    ['three decimal places', { contractedHours: 22.125 }, ['contractedHours']],
    ['hours as text', { contractedHours: '37' }, ['contractedHours']],
    ['every grade', { grade: 'PQiP' }, []],
    ['an unknown grade', { grade: 'CEO' }, ['grade']],
    ['a bad email', { email: 'not-an-email' }, ['email']],
    ['known specialisms', { specialisms: ['domestic_abuse', 'women', 'transition_to_adulthood'] }, []],
    ['an unknown specialism', { specialisms: ['juggling'] }, ['specialisms.0']],
    ['a repeated specialism', { specialisms: ['women', 'women'] }, ['specialisms']],
    ['ViSOR vetting with expiry', { vetting: ['visor'], vettingExpiresOn: '2027-01-31' }, []],
    ['unknown vetting', { vetting: ['mi5'] }, ['vetting.0']],
    ['an unknown field', { shoeSize: 9 }, ['']],
  ]
  for (const [name, change, expected] of cases) {
    it(name, () => assert.deepEqual(problemsOf({ ...staff, ...change }), expected))
  }

  it('refuses a vetting expiry without vetting', () => {
    assert.deepEqual(staffProblems({ vetting: [], vettingExpiresOn: '2027-01-01' }), [
      { path: 'vettingExpiresOn', message: 'an expiry date needs at least one vetting clearance' },
    ])
    assert.deepEqual(staffProblems({ vetting: ['visor'], vettingExpiresOn: '2027-01-01' }), [])
  })

  it('says whether vetting is current, and why', () => {
    assert.equal(
      hasCurrentVetting({ vetting: ['visor'], vettingExpiresOn: '2026-06-01' }, 'visor', '2026-06-01')
        .current,
      true,
    )
    const expired = hasCurrentVetting(
      { vetting: ['visor'], vettingExpiresOn: '2026-05-31' },
      'visor',
      '2026-06-01',
    )
    assert.deepEqual(expired, { current: false, reason: 'visor vetting expired on 2026-05-31' })
    assert.equal(
      hasCurrentVetting({ vetting: [], vettingExpiresOn: null }, 'visor', '2026-06-01').current,
      false,
    )
    assert.equal(
      hasCurrentVetting({ vetting: ['visor'], vettingExpiresOn: null }, 'visor', '2026-06-01').current,
      true,
    )
  })
})
