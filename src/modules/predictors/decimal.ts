// Exact decimal rounding of binary doubles (docs/DECISIONS.md, 9). A double is m × 2^e exactly; for
// e < 0 that is m × 5^-e / 10^-e, so its full decimal expansion is an integer and a scale. Rounding
// half-up on that expansion gives what Java's `new BigDecimal(double).setScale(n, HALF_UP)` gives (the
// MoJ implementations), which `Math.round` and `toFixed` do not: 2.675 is really 2.67499999…, so it
// rounds to 2.67, while 0.125 is exact and rounds to 0.13.

/** An exact decimal: `units / 10^scale`. */
export interface Decimal {
  units: bigint
  scale: number
}

const view = new DataView(new ArrayBuffer(8))

/** The exact decimal value of a finite double. */
export function exactDecimal(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`cannot round ${x}`)
  view.setFloat64(0, x)
  const high = view.getUint32(0)
  const low = view.getUint32(4)
  const negative = high >>> 31 === 1
  const exponentBits = (high >>> 20) & 0x7ff
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low)
  let exponent: number
  if (exponentBits === 0) {
    exponent = -1074 // subnormal: no implicit leading 1
  } else {
    mantissa |= 1n << 52n
    exponent = exponentBits - 1075
  }
  const sign = negative ? -1n : 1n
  if (exponent >= 0) return { units: sign * (mantissa << BigInt(exponent)), scale: 0 }
  return { units: sign * mantissa * 5n ** BigInt(-exponent), scale: -exponent }
}

/** Rounds to `places` decimal places, halves away from zero (Java's HALF_UP). */
export function roundHalfUp(d: Decimal, places: number): Decimal {
  if (d.scale <= places) return { units: d.units * 10n ** BigInt(places - d.scale), scale: places }
  const divisor = 10n ** BigInt(d.scale - places)
  const negative = d.units < 0n
  const magnitude = negative ? -d.units : d.units
  let quotient = magnitude / divisor
  if ((magnitude % divisor) * 2n >= divisor) quotient += 1n
  return { units: negative ? -quotient : quotient, scale: places }
}

/** Multiplies by 10^places exactly (× 100 for a percentage). */
export function shiftDecimal(d: Decimal, places: number): Decimal {
  if (places <= d.scale) return { units: d.units, scale: d.scale - places }
  return { units: d.units * 10n ** BigInt(places - d.scale), scale: 0 }
}

export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale)
  return {
    units: a.units * 10n ** BigInt(scale - a.scale) + b.units * 10n ** BigInt(scale - b.scale),
    scale,
  }
}

export function decimalToString(d: Decimal): string {
  const negative = d.units < 0n
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, '0')
  const whole = digits.slice(0, digits.length - d.scale)
  const fraction = digits.slice(digits.length - d.scale)
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`
}

/** The double nearest the decimal. */
export function decimalToNumber(d: Decimal): number {
  return Number(decimalToString(d))
}

/** Rounds a double half-up on its exact value: roundDouble(2.675, 2) === 2.67, roundDouble(0.125, 2) === 0.13. */
export function roundDouble(x: number, places: number): number {
  return decimalToNumber(roundHalfUp(exactDecimal(x), places))
}

/** 100 × x, exactly, rounded half-up to `places` (the MoJ `asPercentage` / `asDoublePercentage`). */
export function percentOf(x: number, places: number): number {
  return decimalToNumber(roundHalfUp(shiftDecimal(exactDecimal(x), 2), places))
}
