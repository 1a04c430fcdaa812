// The protect level (A to D) of the protect-by-change tier: points for RSR, RoSH, MAPPA level,
// complexity factors and, for women, three more factors (reference §1.3). Only the higher of RSR and
// RoSH counts. Pure.
import type { ComplexityFactor, RoshLevel, TierInput } from './tiering.schema'

export type ProtectLevel = 'A' | 'B' | 'C' | 'D'

/** One line of the working: a factor, the points it scores, whether they count, in words. */
export interface TierReason {
  axis: 'protect' | 'change' | 'supervision'
  factor: string
  points: number | null
  counted: boolean
  reason: string
}

const ROSH_WORDS: Record<RoshLevel, string> = {
  low: 'low',
  medium: 'medium',
  high: 'high',
  very_high: 'very high',
}
const ROSH_POINTS: Record<RoshLevel, number> = { low: 0, medium: 10, high: 20, very_high: 150 }

export const COMPLEXITY_WORDS: Record<ComplexityFactor, string> = {
  mental_health: 'mental health issues',
  suicide_self_harm: 'risk of suicide or self-harm',
  vulnerability: 'vulnerability',
  child_concerns: 'child concerns',
  child_protection: 'child protection',
  risk_to_children: 'risk to children',
  public_interest: 'public interest',
  adult_at_risk: 'adult at risk',
  street_gangs: 'street gangs',
  terrorism: 'terrorism',
}

/**
 * RSR 7.00 and over scores 20, 3.00 to 6.99 scores 10. The national code uses closed ranges
 * (3.00-6.99, 7.00-99.99), so a score strictly between 6.99 and 7.00, or above 99.99, scores 0 there;
 * we read the thresholds as "at least": a higher score never scores fewer points (docs/tiering.md).
 */
export function rsrPoints(rsrPercent: number | null): number {
  if (rsrPercent === null) return 0
  if (rsrPercent >= 7) return 20
  if (rsrPercent >= 3) return 10
  return 0
}

export function roshPoints(rosh: RoshLevel | null): number {
  return rosh === null ? 0 : ROSH_POINTS[rosh]
}

/** Only the MAPPA level counts here (the A to G tier uses the category instead). */
export function mappaPoints(mappa: TierInput['mappa']): number {
  if (mappa === null) return 0
  return mappa.level >= 2 ? 150 : 5
}

export function protectLevelFor(points: number): ProtectLevel {
  if (points >= 150) return 'A'
  if (points >= 20) return 'B'
  if (points >= 10) return 'C'
  return 'D'
}

const LEVEL_RANGES: Record<ProtectLevel, string> = {
  A: '150 or more',
  B: '20 to 149',
  C: '10 to 19',
  D: 'under 10',
}

export function calculateProtect(input: TierInput): {
  level: ProtectLevel
  points: number
  reasons: TierReason[]
} {
  const reasons: TierReason[] = [...rsrAndRosh(input), mappaReason(input.mappa), ...complexity(input)]
  reasons.push(...womenOnly(input))
  const points = reasons.reduce((sum, r) => sum + (r.counted && r.points !== null ? r.points : 0), 0)
  const level = protectLevelFor(points)
  reasons.push({
    axis: 'protect',
    factor: 'protect_level',
    points: null,
    counted: false,
    reason: `Protect points ${points}: level ${level} (${LEVEL_RANGES[level]} points)`,
  })
  return { level, points, reasons }
}

/** Only the higher of RSR and RoSH counts; on a tie RoSH is the one shown as counting. */
function rsrAndRosh(input: TierInput): TierReason[] {
  const rsr = rsrPoints(input.rsrPercent)
  const rosh = roshPoints(input.roshLevel)
  const rsrCounts = rsr > rosh
  const rsrName = input.rsrPercent === null ? 'no RSR score' : `RSR ${input.rsrPercent}%`
  const roshName = input.roshLevel === null ? 'no RoSH level' : `RoSH ${ROSH_WORDS[input.roshLevel]}`

  let rsrText =
    input.rsrPercent === null ? 'No RSR score: 0 points' : `RSR ${input.rsrPercent}%: ${rsr} points`
  if (rsrCounts && rosh > 0) rsrText += ` (counts instead of ${roshName}, which scores ${rosh})`
  if (!rsrCounts && rsr > 0)
    rsrText +=
      rsr === rosh
        ? ` (not counted: ${roshName} scores the same, and only one of RSR and RoSH counts)`
        : ` (not counted: ${roshName} scores ${rosh} and only the higher of RSR and RoSH counts)`

  let roshText = input.roshLevel === null ? 'No RoSH level recorded: 0 points' : `${roshName}: ${rosh} points`
  if (!rsrCounts && rsr > 0)
    roshText +=
      rsr === rosh
        ? ` (counts; ${rsrName} scores the same, and only one of RSR and RoSH counts)`
        : ` (counts instead of ${rsrName}, which scores ${rsr})`
  if (rsrCounts && rosh > 0)
    roshText += ` (not counted: ${rsrName} scores ${rsr} and only the higher of RSR and RoSH counts)`

  return [
    { axis: 'protect', factor: 'rsr', points: rsr, counted: rsrCounts, reason: rsrText },
    { axis: 'protect', factor: 'rosh', points: rosh, counted: !rsrCounts, reason: roshText },
  ]
}

function mappaReason(mappa: TierInput['mappa']): TierReason {
  const points = mappaPoints(mappa)
  const reason =
    mappa === null
      ? 'Not managed under MAPPA: 0 points'
      : `MAPPA level ${mappa.level} (category ${mappa.category}): ${points} points`
  return { axis: 'protect', factor: 'mappa', points, counted: true, reason }
}

function complexity(input: TierInput): TierReason[] {
  const distinct = [...new Set(input.complexityFactors)]
  if (distinct.length === 0)
    return [
      {
        axis: 'protect',
        factor: 'complexity',
        points: 0,
        counted: true,
        reason: 'No complexity factors: 0 points',
      },
    ]
  return distinct.map((factor) => ({
    axis: 'protect',
    factor: `complexity:${factor}`,
    points: 2,
    counted: true,
    reason: `Complexity factor, ${COMPLEXITY_WORDS[factor]}: 2 points`,
  }))
}

const WOMEN_ONLY = [
  ['parenting', 'parenting responsibilities'],
  ['impulsivityOrTemperControl', 'impulsivity or temper control (counted once)'],
  ['breachOrRecallInLast12Months', 'breach or recall in the last 12 months'],
] as const

function womenOnly(input: TierInput): TierReason[] {
  const given = WOMEN_ONLY.filter(([key]) => input.femaleFactors[key])
  if (input.sex === 'male') {
    if (given.length === 0) return []
    const words = given.map(([, words]) => words.replace(' (counted once)', '')).join(', ')
    return [
      {
        axis: 'protect',
        factor: 'women_only',
        points: 0,
        counted: false,
        reason: `Women-only factors not counted (${words}): the sex used for scoring is male`,
      },
    ]
  }
  return WOMEN_ONLY.map(([key, words]) => {
    const present = input.femaleFactors[key]
    return {
      axis: 'protect',
      factor: `women_only:${key}`,
      points: present ? 2 : 0,
      counted: true,
      reason: present
        ? `Women only, ${words}: 2 points`
        : `Women only, no ${words.replace(' (counted once)', '')}: 0 points`,
    }
  })
}
