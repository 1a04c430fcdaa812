import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { pduInput, regionInput, staffInput, teamInput } from '../organisation'
import {
  checkCro,
  checkNiNumber,
  checkPnc,
  checkPostcode,
  checkPrisonNumber,
  validatePersonInput,
} from '../people'
import { registerInput } from '../registers'
import { eventInput, findOffenceCode } from '../sentences'
import { demoGenerator } from './demo.service'

const TODAY = '2026-11-23'
const SAMPLE = 3000

describe('demo-data generator', () => {
  const people = demoGenerator(42, TODAY).people(0, SAMPLE)

  it('gives the same data for the same seed and day, whatever the batch size', () => {
    const again = demoGenerator(42, TODAY)
    assert.deepEqual([...again.people(0, 1000), ...again.people(1000, 2000)], people)
    assert.deepEqual(demoGenerator(42, TODAY).organisation(), demoGenerator(42, TODAY).organisation())
  })

  it('gives different data for a different seed', () => {
    const other = demoGenerator(43, TODAY).people(0, 100)
    const same = other.filter((p, i) => JSON.stringify(p) === JSON.stringify(people[i]))
    assert.equal(same.length, 0)
    assert.notDeepEqual(demoGenerator(43, TODAY).organisation(), demoGenerator(42, TODAY).organisation())
  })

  it('makes people the people module accepts, identifiers already in canonical form', () => {
    for (const [i, { person }] of people.entries()) {
      const result = validatePersonInput(person, TODAY)
      assert.ok(result.ok, `person ${i}: ${JSON.stringify(!result.ok && result.details)}`)
      for (const [field, value, check] of [
        ['pnc', person.pnc, (v: string) => checkPnc(v, TODAY)],
        ['cro', person.cro, checkCro],
        ['prisonNumber', person.prisonNumber, checkPrisonNumber],
        ['niNumber', person.niNumber, checkNiNumber],
        ['postcode', person.postcode, checkPostcode],
      ] as const) {
        if (value === undefined) continue
        const checked = check(value)
        assert.ok(checked.ok, `person ${i} ${field} ${value}: ${!checked.ok && checked.reason}`)
        assert.equal(checked.value, value, `person ${i} ${field} is canonical`)
      }
    }
  })

  it('makes events and registers their modules accept, with real Home Office offence codes', () => {
    for (const [i, { history }] of people.entries()) {
      for (const event of history.events) {
        const parsed = eventInput.safeParse(event)
        assert.ok(parsed.success, `person ${i}: ${JSON.stringify(!parsed.success && parsed.error.issues)}`)
        for (const offence of parsed.data.offences)
          assert.ok(findOffenceCode(offence.homeOfficeCode), `${offence.homeOfficeCode} is in the code table`)
      }
      for (const register of history.registers) {
        const parsed = registerInput.safeParse(register)
        assert.ok(parsed.success, `person ${i}: ${JSON.stringify(!parsed.success && parsed.error.issues)}`)
      }
    }
  })

  it('makes an organisation the organisation module accepts, with every grade', () => {
    const organisation = demoGenerator(42, TODAY).organisation()
    const lists = [
      [regionInput, organisation.regions],
      [pduInput, organisation.probationDeliveryUnits],
      [teamInput, organisation.teams],
      [staffInput, organisation.staff],
    ] as const
    for (const [schema, items] of lists)
      for (const item of items) {
        const parsed = schema.safeParse(item)
        assert.ok(parsed.success, `${JSON.stringify(item)}: ${!parsed.success && parsed.error.message}`)
      }
    assert.equal(organisation.regions.length, 12)
    assert.deepEqual(
      new Set(organisation.staff.map((s) => s.grade)),
      new Set(['PO', 'PSO', 'PQiP', 'NQO', 'SPO']),
    )
    assert.equal(new Set(organisation.staff.map((s) => s.code)).size, organisation.staff.length)
  })

  it('has the variety of a real caseload', () => {
    const share = (test: (p: (typeof people)[number]) => boolean) => people.filter(test).length / SAMPLE
    const within = (value: number, min: number, max: number, what: string) =>
      assert.ok(value >= min && value <= max, `${what}: ${(value * 100).toFixed(1)}%`)
    within(
      share((p) => (p.person.aliases?.length ?? 0) > 0),
      0.12,
      0.18,
      'with aliases',
    )
    within(
      share((p) => p.person.dateOfBirth === undefined),
      0.002,
      0.03,
      'date of birth unknown',
    )
    within(
      share((p) => p.person.addresses.some((a) => a.noFixedAbode)),
      0.02,
      0.07,
      'of no fixed abode',
    )
    const age = (dob: string) =>
      Number(TODAY.slice(0, 4)) - Number(dob.slice(0, 4)) - (TODAY.slice(5) < dob.slice(5) ? 1 : 0)
    within(
      share((p) => p.person.dateOfBirth !== undefined && age(p.person.dateOfBirth) < 18),
      0.005,
      0.05,
      'aged 16 or 17',
    )
    assert.ok(people.every((p) => !p.person.dateOfBirth || age(p.person.dateOfBirth) >= 16))
    within(
      share((p) => p.history.registers.some((r) => r.type === 'rosh')),
      0.85,
      0.95,
      'with a RoSH register',
    )
    const names = people.flatMap((p) => [p.person.firstName, p.person.surname])
    for (const pattern of [/'/, /-/, /^Mc|^Mac/, /[\u00c0-\u024f]/])
      assert.ok(
        names.some((n) => pattern.test(n)),
        `a name matching ${pattern}`,
      )
    const origins = new Set(people.map((p) => p.person.ethnicity))
    assert.ok(origins.size >= 8, `${origins.size} ethnic groups`)
    const white = share((p) => p.person.ethnicity.startsWith('White: English'))
    within(white, 0.55, 0.75, 'White British')
  })
})
