import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { integerPercent } from './common.rules'
import { decimalToString, exactDecimal, percentOf, roundDouble } from './decimal'

describe('exact half-up rounding of doubles', () => {
  it('expands a double to its exact decimal value', () => {
    assert.match(decimalToString(exactDecimal(0.125)), /^0\.1250*$/)
    assert.equal(
      decimalToString(exactDecimal(2.675)),
      '2.674999999999999822364316059974953532218933105468750',
    )
    assert.match(decimalToString(exactDecimal(-3)), /^-3\.?0*$/)
    assert.equal(decimalToString(exactDecimal(2 ** 60)), '1152921504606846976')
  })

  it('rounds halves up only when the double really is a half', () => {
    assert.equal(roundDouble(0.125, 2), 0.13) // exactly 1/8
    assert.equal(roundDouble(2.675, 2), 2.67) // really 2.67499999…
    assert.equal(roundDouble(1.005, 2), 1) // really 1.00499999…
    assert.equal(roundDouble(0.000005, 5), 0.00001) // really 0.0000050000000000000004…
    assert.equal(roundDouble(0.0000049999, 5), 0)
    assert.equal(roundDouble(2.5, 0), 3)
    assert.equal(roundDouble(-2.5, 0), -3) // half away from zero, as Java's HALF_UP
    assert.equal(roundDouble(0.74884, 5), 0.74884)
    assert.equal(roundDouble(5e-324, 5), 0) // the smallest subnormal
  })

  it('makes percentages from the exact value: 100 × the double, then rounds', () => {
    assert.equal(percentOf(0.125, 0), 13)
    assert.equal(percentOf(0.74884, 0), 75)
    // 0.285 is really 0.28499999…, so 28.4999… rounds to 28, as BigDecimal(0.285) × 100 does in the MoJ code.
    assert.equal(percentOf(0.285, 0), 28)
    assert.equal(percentOf(0.0038314176245210726, 2), 0.38)
    assert.equal(percentOf(0.1031, 2), 10.31)
  })

  it('gives the OGRS3 percentage: 5 places, then a whole percentage held within 1..99', () => {
    assert.deepEqual(integerPercent(0.749995), { rounded: 0.74999, percent: 75 }) // 0.749994999…
    assert.deepEqual(integerPercent(0.004), { rounded: 0.004, percent: 1 })
    assert.deepEqual(integerPercent(0.996), { rounded: 0.996, percent: 99 })
    assert.deepEqual(integerPercent(0.4949951), { rounded: 0.495, percent: 49 }) // 0.495 is really 0.49499999…
  })
})
