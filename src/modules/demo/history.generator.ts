// A demo person's history: events (convictions) with real Home Office offence codes, court appearances
// and a disposal with requirements or licence conditions; older orders ended, the latest current; and
// registers (registers.generator.ts). The shapes are the bodies of POST /people/{crn}/events and
// /registers. Pure: today is passed in.
import type { OffenceCode } from '../sentences'
import { addDays, addMonths, minDate, toEpochDay } from './dates'
import type { PlaceArea } from './places.data'
import type { Random } from './random'
import { generateRegisters } from './registers.generator'

// How often each kind of offence is the main offence of a probation case, roughly.
const CATEGORY_WEIGHTS: Record<string, number> = {
  violence: 30,
  theft_non_motor: 16,
  drug_possession_supply: 8,
  drug_import_export_production: 5,
  burglary_domestic: 5,
  burglary_other: 3,
  public_order: 6,
  criminal_damage: 5,
  drink_driving: 6,
  other_motoring: 6,
  fraud_and_forgery: 3,
  handling_stolen_goods: 2,
  robbery: 3,
  sexual_not_against_child: 2,
  sexual_against_child: 1.5,
  absconding_or_bail: 2,
  taking_and_driving_away: 2,
  theft_from_vehicles: 1.5,
  other_offence: 2,
}
// Homicide is rare on the caseload (life licences): kept, but seldom.
const RARE = /^(001|002|004)\//

export type OffenceDraw = readonly (readonly [OffenceCode, number])[]

/** The offence table weighted for drawing, codes still to be confirmed left out. */
export function offenceDraw(codes: readonly OffenceCode[]): OffenceDraw {
  return codes
    .filter((code) => !code.confirm)
    .map((code) => {
      const sameCategory = codes.filter((c) => !c.confirm && c.ogrs3Category === code.ogrs3Category).length
      const weight = (CATEGORY_WEIGHTS[code.ogrs3Category] ?? 1) / sameCategory
      return [code, RARE.test(code.code) ? weight / 50 : weight] as const
    })
}

const REQUIREMENTS = [
  ['rar', 30],
  ['unpaid_work', 30],
  ['accredited_programme', 8],
  ['curfew', 8],
  ['drug_rehabilitation', 5],
  ['alcohol_treatment', 4],
  ['mental_health_treatment', 3],
  ['exclusion', 3],
  ['prohibited_activity', 2],
  ['alcohol_abstinence_monitoring', 3],
  ['electronic_monitoring', 2],
  ['residence', 2],
] as const
const LICENCE_CONDITIONS = [
  ['additional', 'Not to contact the victim directly or indirectly'],
  ['additional', 'Not to enter the exclusion zone shown on the map given to you'],
  [
    'additional',
    'Attend all appointments arranged for you with a psychiatrist, psychologist or medical practitioner',
  ],
  ['additional', 'Comply with a curfew at your approved address between 19:00 and 07:00'],
  ['bespoke', 'Not to use or possess more than one mobile phone'],
] as const

const EVENT_COUNTS = [
  [1, 55],
  [2, 25],
  [3, 12],
  [4, 5],
  [5, 3],
] as const
const OTHER_OFFENCES = [
  [0, 70],
  [1, 22],
  [2, 8],
] as const
const DISPOSAL_TYPES = [
  ['community_order', 45],
  ['suspended_sentence_order', 22],
  ['custody', 30],
  ['post_sentence_supervision', 3],
] as const
const REQUIREMENT_COUNTS = [
  [1, 45],
  [2, 40],
  [3, 15],
] as const
export interface DemoHistory {
  events: Record<string, unknown>[]
  registers: Record<string, unknown>[]
}

export function generateHistory(
  random: Random,
  today: string,
  dateOfBirth: string | undefined,
  sex: string,
  area: PlaceArea,
  offences: OffenceDraw,
): DemoHistory {
  // Nothing before the person's 16th birthday (or, with no date of birth known, 10 years back at most).
  const earliest = dateOfBirth ? addMonths(dateOfBirth, 16 * 12) : addDays(today, -3650)
  const count = random.weighted(EVENT_COUNTS)
  const events: Record<string, unknown>[] = []
  let conviction = addDays(today, -random.int(20, 540))
  if (conviction < earliest) conviction = earliest > today ? today : earliest
  for (let i = 0; i < count && conviction >= earliest; i++) {
    events.unshift(generateEvent(random, today, conviction, area, offences, i === 0))
    conviction = addDays(conviction, -random.int(300, 1500))
  }
  return { events, registers: generateRegisters(random, today, sex) }
}

function generateEvent(
  random: Random,
  today: string,
  conviction: string,
  area: PlaceArea,
  offences: OffenceDraw,
  latest: boolean,
): Record<string, unknown> {
  const main = random.weighted(offences)
  const offenceDate = addDays(conviction, -random.int(14, 240))
  const eventOffences: Record<string, unknown>[] = [{ main: true, homeOfficeCode: main.code, offenceDate }]
  const others = random.weighted(OTHER_OFFENCES)
  for (let i = 0; i < others; i++)
    eventOffences.push({ main: false, homeOfficeCode: random.weighted(offences).code, offenceDate })
  const type = random.weighted(DISPOSAL_TYPES)
  const crown = type === 'custody' || random.chance(0.15)
  const courtName = `${area.town} ${crown ? 'Crown' : "Magistrates'"} Court`
  const sentenceDate = random.chance(0.6)
    ? conviction
    : minDate(addDays(conviction, random.int(14, 28)), today)
  return {
    convictionDate: conviction,
    courtName,
    offences: eventOffences,
    courtAppearances: [
      {
        date: addDays(offenceDate, random.int(1, 13)),
        courtName: `${area.town} Magistrates' Court`,
        type: 'first_hearing',
      },
      { date: sentenceDate, courtName, type: 'sentence', outcome: type.replace(/_/g, ' ') },
    ],
    disposal: generateDisposal(random, today, sentenceDate, type, latest),
  }
}

function generateDisposal(
  random: Random,
  today: string,
  sentenceDate: string,
  type: 'community_order' | 'suspended_sentence_order' | 'custody' | 'post_sentence_supervision',
  latest: boolean,
): Record<string, unknown> {
  let months: number
  if (type === 'community_order') months = random.pick([6, 12, 12, 18, 24, 24, 36])
  else if (type === 'suspended_sentence_order') months = random.pick([6, 12, 18, 24])
  else if (type === 'post_sentence_supervision') months = 12
  else months = random.pick([4, 6, 9, 12, 18, 24, 30, 36, 48, 60, 96])
  const disposal: Record<string, unknown> = {
    type,
    sentenceDate,
    length: { value: months, unit: 'months' },
    expectedEndDate: addMonths(sentenceDate, months),
    requirements: [],
    licenceConditions: [],
  }
  if (type === 'custody') {
    const release = addDays(
      sentenceDate,
      Math.round((toEpochDay(addMonths(sentenceDate, months)) - toEpochDay(sentenceDate)) / 2),
    )
    disposal.releaseDate = release
    disposal.licenceEndDate = addMonths(sentenceDate, months)
    disposal.licenceConditions = [
      {
        type: 'standard',
        description:
          'Be of good behaviour and not behave in a way which undermines the purpose of the licence period',
        startDate: release,
      },
      ...(random.chance(0.6) ? [licenceCondition(random, release)] : []),
    ]
  }
  if (type === 'community_order' || type === 'suspended_sentence_order') {
    const wanted = random.weighted(REQUIREMENT_COUNTS)
    const chosen = new Set<string>()
    while (chosen.size < wanted) chosen.add(random.weighted(REQUIREMENTS))
    disposal.requirements = [...chosen].map((t) => requirement(random, t, sentenceDate, months))
  }
  const end = disposal.expectedEndDate as string
  // Orders that have run their course are ended; an earlier one may have ended in breach.
  if (end <= today) {
    const breached = !latest && random.chance(0.12)
    disposal.terminatedDate = breached ? minDate(addDays(sentenceDate, random.int(60, 200)), today) : end
    disposal.terminationReason = breached
      ? 'Revoked and re-sentenced following breach'
      : 'Completed: expiry of the order'
  }
  return disposal
}

function requirement(random: Random, type: string, sentenceDate: string, orderMonths: number) {
  const item: Record<string, unknown> = { type, startDate: sentenceDate }
  if (type === 'rar') item.rarDays = random.pick([5, 10, 15, 20, 25, 30, 40, 60])
  else if (type === 'unpaid_work')
    item.unpaidWorkHours = random.pick([40, 60, 80, 100, 120, 150, 200, 250, 300])
  else {
    const cap =
      type === 'alcohol_abstinence_monitoring'
        ? 4
        : type.match(/curfew|exclusion/)
          ? Math.min(orderMonths, 12)
          : orderMonths
    item.lengthMonths = Math.max(1, Math.min(cap, random.pick([2, 3, 4, 6, 9, 12])))
  }
  return item
}

function licenceCondition(random: Random, release: string) {
  const [type, description] = random.pick(LICENCE_CONDITIONS)
  return { type, description, startDate: release }
}
