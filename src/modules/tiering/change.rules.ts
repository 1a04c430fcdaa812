// The change level (0 to 3) of the protect-by-change tier (reference §1.4): 0 without a mandate for
// change, 2 without a valid assessment, otherwise points for needs, OGRS and IOM. Pure.
import type { TierReason } from './protect.rules'
import type { Need, NeedSeverity, TierInput } from './tiering.schema'
import { NEEDS } from './tiering.schema'

export type ChangeLevel = 0 | 1 | 2 | 3

/** Thinking and behaviour and attitudes weigh double; finance and emotional wellbeing are not scored. */
export const NEED_WEIGHTS: Record<Need, number> = {
  accommodation: 1,
  education_training_employment: 1,
  relationships: 1,
  lifestyle_associates: 1,
  drug_misuse: 1,
  alcohol_misuse: 1,
  thinking_behaviour: 2,
  attitudes: 2,
}
export const SEVERITY_SCORES: Record<NeedSeverity, number> = { none: 0, standard: 1, severe: 2 }

export const NEED_WORDS: Record<Need, string> = {
  accommodation: 'accommodation',
  education_training_employment: 'education, training and employment',
  relationships: 'relationships',
  lifestyle_associates: 'lifestyle and associates',
  drug_misuse: 'drug misuse',
  alcohol_misuse: 'alcohol misuse',
  thinking_behaviour: 'thinking and behaviour',
  attitudes: 'attitudes',
}

/** One point for each full 10% of OGRS: 59.9% scores 5, 100% scores 10. */
export function ogrsPoints(ogrsPercent: number | null): number {
  return ogrsPercent === null ? 0 : Math.floor(ogrsPercent / 10)
}

export function changeLevelFor(points: number): 1 | 2 | 3 {
  if (points >= 20) return 3
  if (points >= 10) return 2
  return 1
}

const LEVEL_RANGES = { 1: 'under 10', 2: '10 to 19', 3: '20 or more' } as const

const reason = (factor: string, points: number | null, text: string): TierReason => ({
  axis: 'change',
  factor,
  points,
  counted: points !== null,
  reason: text,
})

export function calculateChange(input: TierInput): {
  level: ChangeLevel
  points: number
  reasons: TierReason[]
} {
  if (!input.mandateForChange)
    return {
      level: 0,
      points: 0,
      reasons: [
        reason(
          'mandate_for_change',
          0,
          'No mandate for change (no current custodial sentence, and no requirement other than unpaid work or ' +
            'restrictive ones): change level 0; needs, OGRS and IOM are not scored',
        ),
      ],
    }
  if (input.needs === null)
    return {
      level: 2,
      points: 0,
      reasons: [reason('assessment', 0, 'No valid assessment of needs: change level 2 (0 points)')],
    }

  const reasons: TierReason[] = []
  const needs = input.needs
  const unmet: string[] = []
  for (const need of NEEDS) {
    const severity = needs[need] ?? 'none'
    if (severity === 'none') {
      unmet.push(NEED_WORDS[need])
      continue
    }
    const weight = NEED_WEIGHTS[need]
    const score = SEVERITY_SCORES[severity]
    reasons.push(
      reason(
        `need:${need}`,
        weight * score,
        `Need, ${NEED_WORDS[need]}, ${severity}: ${weight * score} point${weight * score === 1 ? '' : 's'}` +
          (weight > 1 ? ` (${severity} scores ${score}, weighted ×${weight})` : ''),
      ),
    )
  }
  if (unmet.length)
    reasons.push(reason('needs_none', 0, `No need identified in ${unmet.join(', ')}: 0 points`))

  const ogrs = ogrsPoints(input.ogrsPercent)
  reasons.push(
    reason(
      'ogrs',
      ogrs,
      input.ogrsPercent === null
        ? 'No OGRS score: 0 points'
        : `OGRS ${input.ogrsPercent}%: ${ogrs} point${ogrs === 1 ? '' : 's'} (one for each full 10%)`,
    ),
  )
  reasons.push(
    input.iomNominal
      ? reason('iom', 2, 'Integrated offender management (IOM) nominal: 2 points')
      : reason('iom', 0, 'Not an IOM nominal: 0 points'),
  )

  const points = reasons.reduce((sum, r) => sum + (r.points ?? 0), 0)
  const level = changeLevelFor(points)
  reasons.push({
    axis: 'change',
    factor: 'change_level',
    points: null,
    counted: false,
    reason: `Change points ${points}: level ${level} (${LEVEL_RANGES[level]} points)`,
  })
  return { level, points, reasons }
}
