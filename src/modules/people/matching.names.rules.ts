// How two names are compared when looking for a person: written forms put aside (case, accents,
// apostrophes, hyphens, spacing, Mc and Mac), then exact, double-barrelled parts, nicknames, initials,
// sound (double metaphone codes, looked up by the caller) and spelling (Jaro-Winkler). Pure.
import { areNicknames } from './nicknames.rules'

/** Whether two normalised words sound the same (their double metaphone codes meet); given by the caller. */
export type Sounds = (a: string, b: string) => boolean

export interface NameLevel {
  /** 0 (no likeness) to 1 (the same name). */
  level: number
  /** What matched, to follow "surname" or "first name", e.g. "matched phonetically". */
  reason: string
}

const SPECIAL: Record<string, string> = { ß: 'SS', æ: 'AE', Æ: 'AE', œ: 'OE', Œ: 'OE', ø: 'O', Ø: 'O' }

/**
 * A name in capitals without accents, apostrophes or full stops, its parts separated by single
 * spaces (hyphens and other marks separate parts): "O’Brien-Smith" gives "OBRIEN SMITH".
 */
export function normaliseName(raw: string): string {
  // Most names are plain letters: the quick way gives the same answer.
  if (/^[A-Za-z]+$/.test(raw)) return raw.toUpperCase()
  return raw
    .replace(/[ßæÆœŒøØ]/g, (c) => SPECIAL[c] ?? c)
    .replace(/[łŁ]/g, 'L')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/['’‘`.]/g, '')
    .replace(/[^A-Z]+/g, ' ')
    .trim()
}

/** Mac and Mc are one prefix ("MacDonald" and "McDonald"); only before three or more letters. */
const macToMc = (word: string) => word.replace(/^MAC(?=[A-Z]{3})/, 'MC')

/** The parts of a normalised name, each with Mac read as Mc. */
export function nameParts(normalised: string): string[] {
  return normalised === '' ? [] : normalised.split(' ').map(macToMc)
}

/** One key for a normalised name, spacing put aside: "MAC DONALD" and "MACDONALD" both give MCDONALD. */
export function nameKey(normalised: string): string {
  return macToMc(normalised.replace(/ /g, ''))
}

interface Analysed {
  key: string
  /** Parts of two letters or more. */
  parts: string[]
  firstPart: string
}
// Scoring compares the same few names many times over: each is analysed once (a bounded memo).
const analysed = new Map<string, Analysed>()
function analyse(normal: string): Analysed {
  let found = analysed.get(normal)
  if (!found) {
    const all = nameParts(normal)
    const parts: string[] = []
    for (const part of all) if (part.length > 1) parts.push(part)
    found = { key: nameKey(normal), parts, firstPart: all[0] ?? '' }
    if (analysed.size > 50_000) analysed.clear()
    analysed.set(normal, found)
  }
  return found
}

/** Jaro-Winkler similarity, 0..1, with the usual prefix scale 0.1 over up to 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1
  if (a.length === 0 || b.length === 0) return 0
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1)
  const aMatched = new Uint8Array(a.length)
  const bMatched = new Uint8Array(b.length)
  let matches = 0
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window)
    const to = Math.min(b.length - 1, i + window)
    for (let j = from; j <= to; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue
      aMatched[i] = 1
      bMatched[j] = 1
      matches++
      break
    }
  }
  if (matches === 0) return 0
  let transpositions = 0
  let k = 0
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue
    while (!bMatched[k]) k++
    if (a[i] !== b[k]) transpositions++
    k++
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3
  let prefix = 0
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  return jaro + prefix * 0.1 * (1 - jaro)
}

/** Spelling likeness to a level: close spellings (a slip of one or two letters) count, loose ones do not. */
function spelling(a: string, b: string): NameLevel | null {
  const jw = jaroWinkler(a, b)
  const shown = jw.toFixed(2)
  if (jw >= 0.92) return { level: 0.8, reason: `spelt similarly (Jaro-Winkler ${shown})` }
  if (jw >= 0.87) return { level: 0.65, reason: `spelt similarly (Jaro-Winkler ${shown})` }
  if (jw >= 0.8 && Math.min(a.length, b.length) >= 5)
    return { level: 0.4, reason: `spelt somewhat similarly (Jaro-Winkler ${shown})` }
  return null
}

const NONE: NameLevel = { level: 0, reason: 'differs' }

/** Two normalised surnames. */
export function compareSurnames(query: string, candidate: string, sounds: Sounds): NameLevel {
  const left = analyse(query)
  const right = analyse(candidate)
  const q = left.key
  const c = right.key
  if (q === c) return { level: 1, reason: 'matched' }
  const qParts = left.parts
  const cParts = right.parts
  if (qParts.length > 1 || cParts.length > 1) {
    if ([...qParts].sort().join(' ') === [...cParts].sort().join(' '))
      return { level: 0.95, reason: 'matched with its parts in another order' }
    if (qParts.some((p) => cParts.includes(p)))
      return { level: 0.9, reason: 'matched one part of a double-barrelled surname' }
  }
  if (sounds(q, c)) return { level: 0.85, reason: 'matched phonetically' }
  const spelt = spelling(q, c)
  if (spelt && spelt.level >= 0.65) return spelt
  // One part of a double-barrelled name, misspelt or sounding alike.
  if (qParts.length > 1 || cParts.length > 1)
    for (const qp of qParts)
      for (const cp of cParts) {
        if (sounds(qp, cp))
          return { level: 0.8, reason: 'one part of a double-barrelled surname matched phonetically' }
        const close = spelling(qp, cp)
        if (close && close.level >= 0.8)
          return { level: 0.75, reason: `one part of a double-barrelled surname ${close.reason}` }
      }
  return spelt ?? NONE
}

/** Two normalised first names (or a first name and an initial). */
export function compareFirstNames(query: string, candidate: string, sounds: Sounds): NameLevel {
  const left = analyse(query)
  const right = analyse(candidate)
  const q = left.key
  const c = right.key
  if (q === '' || c === '') return NONE
  if (q === c) return { level: 1, reason: 'matched' }
  if (q.length === 1 || c.length === 1)
    return q[0] === c[0] ? { level: 0.7, reason: 'matched the initial' } : NONE
  const qFirst = left.firstPart || q
  const cFirst = right.firstPart || c
  if (qFirst === cFirst) return { level: 0.9, reason: 'matched its first part' }
  if (areNicknames(qFirst, cFirst))
    return {
      level: 0.9,
      reason: `matched as another form of the name (${titleCase(qFirst)} and ${titleCase(cFirst)})`,
    }
  if (sounds(q, c)) return { level: 0.85, reason: 'matched phonetically' }
  if (Math.min(q.length, c.length) >= 3 && (q.startsWith(c) || c.startsWith(q)))
    return { level: 0.8, reason: 'matched a shortened form' }
  return spelling(q, c) ?? NONE
}

/**
 * Whether two first names can belong to one person under the twins rule (docs/DECISIONS.md 16):
 * nickname forms of one name, Jaro-Winkler 0.9 or more, or an initial that fits.
 */
export function firstNamesCompatible(a: string, b: string): boolean {
  const x = nameKey(a)
  const y = nameKey(b)
  if (x === y) return true
  if (x.length === 1 || y.length === 1) return x[0] === y[0]
  return areNicknames(nameParts(a)[0] ?? x, nameParts(b)[0] ?? y) || jaroWinkler(x, y) >= 0.9
}

export function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase()
}
