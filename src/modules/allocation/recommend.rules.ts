// Which practitioners of a team should take a case, best first, each with the reasons. Pure: the case's
// facts, the candidates (with their workload before and after, from the workload module) and the
// grade rules (versioned reference data) come in; no I/O and no clock.

export interface GradeRule {
  version: number
  roshLevel: string
  grades: readonly string[]
  gradesWithOversight: readonly string[]
}

export interface CaseFacts {
  roshLevel: string | null
  tier: string | null
  /** Clearances the case needs (a ViSOR register needs `visor` vetting). */
  vettingNeeded: readonly string[]
  /** User ids of the case's restriction list (empty: no list) and exclusion list. */
  restrictedTo: readonly string[]
  excluded: readonly string[]
  /** Staff codes of the person's practitioners, most recent first. */
  previousStaffCodes: readonly string[]
  /** Specialisms the case calls for, each with why. */
  specialismsWanted: readonly { code: string; why: string }[]
}

export interface Capacity {
  /** Percentages of available points, as figures with one decimal place ("92.4"). */
  before: number
  after: number
  /** How the workload module reached the figures (cases, points, what this case adds). */
  detail?: readonly string[]
}

export interface Candidate {
  staffCode: string
  name: string
  grade: string
  /** The practitioner's sign-ins, which restriction and exclusion lists name. */
  userIds: readonly string[]
  /** Clearances currently valid (expired vetting already removed by the caller). */
  vetting: readonly string[]
  specialisms: readonly string[]
  capacity: Capacity | null
}

export type ReasonEffect = 'blocks' | 'plus' | 'minus' | 'info'
export interface Reason {
  factor:
    | 'exclusion'
    | 'restriction'
    | 'vetting'
    | 'grade'
    | 'continuity'
    | 'specialism'
    | 'workload'
    | 'location'
  effect: ReasonEffect
  text: string
}

export interface Recommendation {
  staffCode: string
  name: string
  grade: string
  suitable: boolean
  /** Allowed for this RoSH only with a senior probation officer's oversight note. */
  needsOversight: boolean
  previous: boolean
  capacity: Capacity | null
  reasons: Reason[]
  /** 1 for the best suitable practitioner; null when not suitable. */
  rank: number | null
}

const pct = (n: number) => `${n.toFixed(1)}%`
const LABEL: Record<string, string> = {
  domestic_abuse: 'domestic abuse',
  sexual_offences: 'sexual offences',
  women: 'women',
  transition_to_adulthood: 'transition to adulthood',
}

export function ruleFor(rules: readonly GradeRule[], roshLevel: string | null): GradeRule | undefined {
  return rules.find((r) => r.roshLevel === (roshLevel ?? 'none'))
}

/** One candidate judged against the case, every reason kept. */
export function judge(c: Candidate, facts: CaseFacts, rule: GradeRule | undefined): Recommendation {
  const reasons: Reason[] = []
  const block = (factor: Reason['factor'], text: string) => reasons.push({ factor, effect: 'blocks', text })
  if (c.userIds.some((id) => facts.excluded.includes(id))) block('exclusion', 'On the case’s exclusion list')
  if (facts.restrictedTo.length > 0) {
    if (c.userIds.some((id) => facts.restrictedTo.includes(id)))
      reasons.push({ factor: 'restriction', effect: 'info', text: 'Named on the case’s restriction list' })
    else block('restriction', 'Restricted case: not named on its restriction list')
  }
  for (const clearance of facts.vettingNeeded) {
    if (c.vetting.includes(clearance))
      reasons.push({ factor: 'vetting', effect: 'info', text: `Holds current ${clearance} vetting` })
    else block('vetting', `Case needs ${clearance} vetting, which is not current`)
  }
  const rosh = facts.roshLevel ? `${facts.roshLevel.replace('_', ' ')} RoSH` : 'no RoSH recorded'
  let needsOversight = false
  if (!rule) block('grade', `No grade rule for ${rosh}`)
  else if (rule.grades.includes(c.grade))
    reasons.push({
      factor: 'grade',
      effect: 'info',
      text: `${c.grade} suits ${rosh} (rules v${rule.version})`,
    })
  else if (rule.gradesWithOversight.includes(c.grade)) {
    needsOversight = true
    reasons.push({
      factor: 'grade',
      effect: 'minus',
      text: `${c.grade} may hold ${rosh} only with SPO oversight (rules v${rule.version})`,
    })
  } else block('grade', `${c.grade} may not hold ${rosh} (rules v${rule.version}: ${rule.grades.join(', ')})`)
  const previousAt = facts.previousStaffCodes.indexOf(c.staffCode)
  if (previousAt >= 0)
    reasons.push({
      factor: 'continuity',
      effect: 'plus',
      text: previousAt === 0 ? 'Managed this person most recently' : 'Managed this person before',
    })
  for (const s of facts.specialismsWanted)
    if (c.specialisms.includes(s.code))
      reasons.push({
        factor: 'specialism',
        effect: 'plus',
        text: `Specialism: ${LABEL[s.code] ?? s.code} (${s.why})`,
      })
  if (c.capacity) {
    const over = c.capacity.after > 100
    reasons.push({
      factor: 'workload',
      effect: over ? 'minus' : 'info',
      text: `Workload ${pct(c.capacity.before)} to ${pct(c.capacity.after)}${over ? ': over capacity' : ''}`,
    })
    for (const text of c.capacity.detail ?? []) reasons.push({ factor: 'workload', effect: 'info', text })
  } else reasons.push({ factor: 'workload', effect: 'info', text: 'Workload not known' })
  const suitable = !reasons.some((r) => r.effect === 'blocks')
  return {
    staffCode: c.staffCode,
    name: c.name,
    grade: c.grade,
    suitable,
    needsOversight,
    previous: previousAt >= 0,
    capacity: c.capacity,
    reasons,
    rank: null,
  }
}

const count = (r: Recommendation, effect: ReasonEffect, factor: Reason['factor']) =>
  r.reasons.filter((x) => x.effect === effect && x.factor === factor).length

/**
 * Suitable practitioners first: the most recent previous practitioner, then those needing no oversight, then more
 * matching specialisms, then the lowest workload after allocation (unknown last), then staff code.
 * Unsuitable ones follow, unranked, so a manager sees why they are not offered.
 */
export function rankCandidates(
  candidates: readonly Candidate[],
  facts: CaseFacts,
  rules: readonly GradeRule[],
): Recommendation[] {
  const rule = ruleFor(rules, facts.roshLevel)
  const judged = candidates.map((c) => judge(c, facts, rule))
  // The most recent practitioner before earlier ones; those who never managed the person after both.
  const recency = (r: Recommendation) => {
    const at = facts.previousStaffCodes.indexOf(r.staffCode)
    return at < 0 ? Number.POSITIVE_INFINITY : at
  }
  const order = (a: Recommendation, b: Recommendation) =>
    Number(b.suitable) - Number(a.suitable) ||
    recency(a) - recency(b) ||
    Number(a.needsOversight) - Number(b.needsOversight) ||
    count(b, 'plus', 'specialism') - count(a, 'plus', 'specialism') ||
    (a.capacity?.after ?? Number.POSITIVE_INFINITY) - (b.capacity?.after ?? Number.POSITIVE_INFINITY) ||
    a.staffCode.localeCompare(b.staffCode)
  const sorted = judged.sort(order)
  let rank = 0
  for (const r of sorted) if (r.suitable) r.rank = ++rank
  return sorted
}

/** Specialisms a case calls for, from its registers, offences and the person. */
export function specialismsWanted(p: {
  registerTypes: readonly string[]
  sexualOffence: boolean
  sex: string
  ageYears: number | null
}): { code: string; why: string }[] {
  const out: { code: string; why: string }[] = []
  if (p.registerTypes.includes('domestic_abuse_perpetrator'))
    out.push({ code: 'domestic_abuse', why: 'domestic abuse perpetrator register' })
  if (p.sexualOffence || p.registerTypes.includes('visor'))
    out.push({ code: 'sexual_offences', why: p.sexualOffence ? 'sexual offence' : 'ViSOR register' })
  if (p.sex === 'female') out.push({ code: 'women', why: 'a woman' })
  if (p.ageYears !== null && p.ageYears >= 18 && p.ageYears <= 25)
    out.push({ code: 'transition_to_adulthood', why: `aged ${p.ageYears}` })
  return out
}
