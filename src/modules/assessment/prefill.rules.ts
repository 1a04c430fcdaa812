// What the record already answers, each answer with its source and date (USER-NEEDS "Assessment and
// planning": never ask for a fact the record holds), and how a reassessment starts from the previous
// completed assessment: every answer carried over, waiting for "still true, or changed?". Pure.
import { QUESTION_BY_ID, questionsOf, type SectionId } from './question-set'
import type { Answer, Answers } from './scoring.rules'

export interface RecordFacts {
  addresses: {
    status: string
    noFixedAbode: boolean
    town: string | null
    startDate: string | null
    endDate: string | null
  }[]
  circumstances: { kind: string; type: string; startDate: string | null; endDate: string | null }[]
  registers: { type: string; registeredDate: string; deregisteredDate: string | null }[]
  offences: {
    eventNumber: number
    predictorCategory: string | null
    description: string
    date: string | null
  }[]
}

const current = (r: { startDate?: string | null; endDate: string | null }, today: string) =>
  (r.startDate ?? '') <= today && (r.endDate === null || r.endDate > today)
const from = (date: string | null) => (date ? ` (from ${date})` : '')
const fromRecord = (value: string, source: string, sourceDate: string | null): Answer => ({
  value,
  origin: 'record',
  source,
  sourceDate,
  confirmed: false,
})

// Circumstance types are free text on the record: these patterns read the common ones.
const CIRCUMSTANCES: [RegExp, string, string][] = [
  [/\bunemployed\b|not in work|jobseeker/i, 'education_training_employment.unemployed', 'yes'],
  [/\b(employ|employment|self-employed|apprentice)/i, 'education_training_employment.unemployed', 'no'],
  [
    /universal credit|benefit|jobseeker|employment and support allowance|\bpip\b/i,
    'finance.benefitsMainIncome',
    'yes',
  ],
  [
    /carer for a child|parent|child in (their|his|her) care/i,
    'relationships.parentingResponsibilities',
    'yes',
  ],
]
const REGISTERS: [string, string][] = [
  ['domestic_abuse_perpetrator', 'relationships.domesticAbusePerpetrator'],
  ['mental_health', 'health_wellbeing.mentalHealth'],
  ['suicide_self_harm', 'health_wellbeing.selfHarm'],
]
const OFFENCES: [string[], string, string][] = [
  [['drug_possession_supply', 'drug_import_export_production'], 'drug_misuse.drugRelatedOffending', 'drug'],
  [['drink_driving'], 'alcohol_misuse.alcoholRelatedOffending', 'drink-driving'],
]

export function prefillFromRecord(facts: RecordFacts, today: string): Answers {
  const answers: Answers = {}
  const main = facts.addresses.find((a) => a.status === 'main' && current(a, today))
  if (main)
    answers['accommodation.noFixedAbode'] = fromRecord(
      main.noFixedAbode ? 'yes' : 'no',
      main.noFixedAbode
        ? `Main address: no fixed abode${from(main.startDate)}`
        : `Main address${main.town ? `, ${main.town}` : ''}${from(main.startDate)}`,
      main.startDate,
    )

  const live = facts.circumstances.filter((c) => c.kind === 'circumstance' && current(c, today))
  for (const [pattern, id, value] of CIRCUMSTANCES) {
    if (answers[id]) continue
    const c = live.find((x) => pattern.test(x.type))
    if (c)
      answers[id] = fromRecord(value, `Personal circumstance: ${c.type}${from(c.startDate)}`, c.startDate)
  }
  const disability = facts.circumstances.find((c) => c.kind === 'disability' && current(c, today))
  if (disability)
    answers['health_wellbeing.disability'] = fromRecord(
      'yes',
      `Disability: ${disability.type}${from(disability.startDate)}`,
      disability.startDate,
    )

  for (const [type, id] of REGISTERS) {
    const r = facts.registers.find(
      (x) =>
        x.type === type && x.registeredDate <= today && (!x.deregisteredDate || x.deregisteredDate > today),
    )
    if (r)
      answers[id] = fromRecord(
        'yes',
        `Register: ${type.replaceAll('_', ' ')}${from(r.registeredDate)}`,
        r.registeredDate,
      )
  }

  if (facts.offences.length > 0)
    for (const [categories, id, what] of OFFENCES) {
      const o = facts.offences.find((x) => categories.includes(x.predictorCategory ?? ''))
      answers[id] = o
        ? fromRecord('yes', `Offence on event ${o.eventNumber}: ${o.description}`, o.date)
        : fromRecord('no', `Offences on record: none of a ${what} category`, null)
    }
  return answers
}

/**
 * A reassessment's starting answers: the previous assessment's, each waiting for "still true, or
 * changed?", except where the record now says otherwise: then the record's answer, with the previous one.
 */
export function startFromPrevious(
  previous: { sequence: number; completedOn: string; answers: Answers },
  record: Answers,
): Answers {
  const answers: Answers = {}
  for (const [id, a] of Object.entries(previous.answers)) {
    if (!QUESTION_BY_ID.has(id)) continue // asked by an older question set only
    answers[id] = {
      value: a.value,
      origin: 'previous',
      source: `Assessment ${previous.sequence} completed ${previous.completedOn} (${a.source})`,
      sourceDate: previous.completedOn,
      confirmed: false,
    }
  }
  for (const [id, a] of Object.entries(record)) {
    const before = answers[id]
    if (!before) answers[id] = a
    else if (before.value !== a.value) answers[id] = { ...a, previousValue: before.value }
  }
  return answers
}

/**
 * The practitioner's answer to one question. Choosing what was already there is "still true" (confirmed,
 * keeping its source); anything else is typed by the practitioner, keeping what it replaced.
 */
export function giveAnswer(answers: Answers, id: string, value: string, by: string, today: string): Answers {
  const before = answers[id]
  if (before && before.value === value) return { ...answers, [id]: { ...before, confirmed: true } }
  const typed: Answer = { value, origin: 'practitioner', source: by, sourceDate: today, confirmed: true }
  const replaced =
    before?.previousValue ?? (before && before.origin !== 'practitioner' ? before.value : undefined)
  return { ...answers, [id]: replaced === undefined ? typed : { ...typed, previousValue: replaced } }
}

/** Removes an answer (a text cleared): the question is unanswered again. */
export function clearAnswer(answers: Answers, id: string): Answers {
  const { [id]: _, ...rest } = answers
  return rest
}

/** "Still true": every answer of the section as it stands is confirmed in one click. */
export function confirmSection(answers: Answers, section: SectionId): Answers {
  const next = { ...answers }
  for (const q of questionsOf(section)) {
    const a = next[q.id]
    if (a && !a.confirmed) next[q.id] = { ...a, confirmed: true }
  }
  return next
}
