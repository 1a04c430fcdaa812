// A demo person's registers: RoSH for most, MAPPA (and ViSOR for category 1) for a few, domestic abuse,
// child protection and other flags for some; at most one of each type, a few already ended. The body of
// POST /people/{crn}/registers. Pure: today is passed in.
import { addDays, addMonths, minDate } from './dates'
import type { Random } from './random'

const ROSH_LEVELS = [
  ['low', 35],
  ['medium', 45],
  ['high', 17],
  ['very_high', 3],
] as const
const MAPPA_CATEGORIES = [
  ['1', 60],
  ['2', 30],
  ['3', 8],
  ['4', 2],
] as const
const MAPPA_LEVELS = [
  ['1', 85],
  ['2', 12],
  ['3', 3],
] as const
const FLAGS = [
  ['child_protection', 0.05],
  ['child_concerns', 0.06],
  ['mental_health', 0.08],
  ['suicide_self_harm', 0.04],
  ['weapons', 0.04],
  ['risk_to_staff', 0.02],
  ['street_gangs', 0.02],
  ['stalking', 0.01],
  ['vulnerability', 0.03],
  ['adult_at_risk', 0.01],
] as const

export function generateRegisters(random: Random, today: string, sex: string): Record<string, unknown>[] {
  const registers: Record<string, unknown>[] = []
  const add = (type: string, extra: Record<string, unknown> = {}, canEnd = true) => {
    const registered = addDays(today, -random.int(1, 1400))
    const register: Record<string, unknown> = { type, registeredDate: registered, ...extra }
    if (canEnd && random.chance(0.1)) {
      register.deregisteredDate = minDate(addDays(registered, random.int(30, 500)), today)
      register.deregistrationReason = 'No longer applicable'
    } else register.nextReviewDate = addMonths(registered, 6)
    registers.push(register)
  }
  if (random.chance(0.9)) {
    const level = random.weighted(ROSH_LEVELS)
    add('rosh', { level }, false)
  }
  if (random.chance(0.04)) {
    const category = random.weighted(MAPPA_CATEGORIES)
    add(
      'mappa',
      {
        category,
        level: random.weighted(MAPPA_LEVELS),
      },
      false,
    )
    if (category === '1') add('visor', {}, false)
  }
  if (random.chance(sex === 'male' ? 0.17 : 0.06)) add('domestic_abuse_perpetrator')
  if (random.chance(sex === 'female' ? 0.2 : 0.02)) add('domestic_abuse_victim')
  for (const [type, probability] of FLAGS) if (random.chance(probability)) add(type)
  return registers
}
