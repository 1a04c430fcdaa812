// A small seeded pseudo-random generator (mulberry32) and the draws the demo generator needs. Each
// person gets a generator of its own, derived from the seed and its index, so a person's data does not
// depend on the batch size or on the order people are generated in.

export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** Picks from [item, weight] pairs. */
  weighted<T>(items: readonly (readonly [T, number])[]): T
  /** A digit string of the given length (leading zeros kept). */
  digits(length: number): string
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Mixes a seed and a stream number (a person's index, a purpose) into one 32-bit seed. */
export function deriveSeed(seed: number, stream: number): number {
  let h = Math.imul((seed ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ Math.imul(stream + 0x632be5ab, 0xc2b2ae35)
  h ^= h >>> 16
  h = Math.imul(h, 0x7feb352d)
  h ^= h >>> 15
  h = Math.imul(h, 0x846ca68b)
  h ^= h >>> 16
  return h >>> 0
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed)
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)]
      if (item === undefined) throw new Error('pick from an empty list')
      return item
    },
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      let total = 0
      for (const [, weight] of items) total += weight
      let draw = next() * total
      for (const [item, weight] of items) {
        draw -= weight
        if (draw < 0) return item
      }
      const last = items[items.length - 1]
      if (!last) throw new Error('weighted pick from an empty list')
      return last[0]
    },
    digits(length) {
      let out = ''
      for (let i = 0; i < length; i++) out += String(Math.floor(next() * 10))
      return out
    },
  }
  return random
}
