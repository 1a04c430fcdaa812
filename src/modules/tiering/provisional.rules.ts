// When the A to G tier is provisional (reference §1.5, DECISIONS 20): a tier resting on a static
// predictor, or on a missing RoSH level, could rise once the missing information arrives, unless other
// steps already reach the highest tier it could rise to. Pure.
import type { TierStep } from './a-to-g.rules'
import { highest, reaches, reoffendingTable } from './reoffending-table.rules'
import type { Tier, TierInput } from './tiering.schema'

interface Predictor {
  percent: number
  dynamic: boolean
}

export function provisionalStatus(
  input: TierInput,
  arp: Predictor,
  csrp: Predictor,
  steps: TierStep[],
): { provisional: boolean; reason: string } {
  const causes: string[] = []
  const settled: string[] = []
  const check = (could: string, target: Tier, others: Tier | null) => {
    if (reaches(others, target)) settled.push(`${could}, but another step already gives ${others}`)
    else causes.push(`${could}, and no other step reaches ${target}`)
  }

  // Static predictors: the tier the table would give with the static one(s) at their highest.
  const withoutTable = highest(steps.filter((s) => s.step !== 'reoffending').map((s) => s.tier))
  if (!arp.dynamic && !csrp.dynamic) {
    check('ARP and CSRP are static: with dynamic scores the table could give tier A', 'A', withoutTable)
  } else if (!arp.dynamic) {
    const target = reoffendingTable(Number.POSITIVE_INFINITY, csrp.percent)
    check(
      `ARP is static: with CSRP ${csrp.percent}% the table could give up to tier ${target}`,
      target,
      withoutTable,
    )
  } else if (!csrp.dynamic) {
    const target = reoffendingTable(arp.percent, Number.POSITIVE_INFINITY)
    check(
      `CSRP is static: with ARP ${arp.percent}% the table could give up to tier ${target}`,
      target,
      withoutTable,
    )
  }

  // Missing RoSH: the MAPPA and RoSH step could give A (MAPPA) or C (not MAPPA). The table counts
  // towards settling it only when both predictors are dynamic.
  if (input.roshLevel === null) {
    const bothDynamic = arp.dynamic && csrp.dynamic
    const others = highest(
      steps
        .filter((s) => s.step !== 'mappa_rosh' && (s.step !== 'reoffending' || bothDynamic))
        .map((s) => s.tier),
    )
    if (input.mappa !== null)
      check('No RoSH level recorded for a MAPPA case: with one the MAPPA step could give tier A', 'A', others)
    else check('No RoSH level recorded: with one the RoSH step could give tier C', 'C', others)
  }

  if (causes.length) return { provisional: true, reason: `Provisional: ${causes.join('; ')}` }
  if (settled.length) return { provisional: false, reason: `Not provisional: ${settled.join('; ')}` }
  return {
    provisional: false,
    reason: 'Not provisional: ARP and CSRP are dynamic and a RoSH level is recorded',
  }
}
