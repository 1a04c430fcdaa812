// The predictors' inputs derived from the case record, each with where it came from, and the
// practitioners' corrections laid over them. Pure: the record, the corrections and today come in.
// Ages are completed years on the day (a birthday on the day counts; someone born on 29 February
// turns a year older on 1 March in other years, as the law of England and Wales has it).
import type { ActuarialOffenceCategory } from './actuarial-categories'
import {
  ageOn,
  type CaseRecord,
  categoryOf,
  isViolent,
  type RecordEvent,
  type RecordOffence,
  wholeMonths,
} from './case-record.rules'
import type { Ogrs3OffenceCategory } from './ogrs3.coefficients'

export type { CaseRecord, RecordEvent, RecordOffence } from './case-record.rules'
export { ageOn, wholeMonths } from './case-record.rules'

export interface InputValues {
  sex: 'male' | 'female'
  ageAtStartOfFollowUp: number
  ageAtCurrentConviction: number
  ageAtFirstSanction: number
  totalSanctions: number
  violentSanctions: number
  offenceCategory: Ogrs3OffenceCategory
  actuarialOffenceCategory: ActuarialOffenceCategory
  offenceFreeMonths: number
  contactAdultSanctions: number
  contactChildSanctions: number
  indecentImageSanctions: number
  nonContactSanctions: number
  ageAtMostRecentSexualSanction: number
  currentOffenceAgainstStranger: boolean
}
export type InputName = keyof InputValues

export interface Correction {
  input: InputName
  /** null puts the record's own value back. */
  value: unknown
  reason: string
  by: { id: string; name: string }
  at: string
}

export type InputValue = InputValues[InputName]

export interface CaseInput {
  /** null: the record does not give it; `problem` says why, and a correction can supply it. */
  value: InputValue | null
  source: string
  problem?: { code: string; message: string }
  /** Present when a practitioner's correction replaced what the record gave. */
  correction?: { reason: string; by: { id: string; name: string }; at: string }
  fromRecord?: { value: InputValue | null; source: string }
}
export type CaseInputs = Record<InputName, CaseInput>

const known = (value: InputValue, source: string): CaseInput => ({ value, source })
const missing = (code: string, message: string): CaseInput => ({
  value: null,
  source: 'not on the record',
  problem: { code, message },
})

const eventList = (events: RecordEvent[]) =>
  events.length === 0
    ? 'none'
    : `event${events.length > 1 ? 's' : ''} ${events.map((e) => e.eventNumber).join(', ')}`

/** Where follow-up starts: the community sentence, or release from custody. */
function followUpStart(
  event: RecordEvent,
): { date: string; what: string } | { code: string; message: string } {
  const d = event.disposal
  const where = `event ${event.eventNumber}`
  if (!d) return { code: 'predictor.no_sentence', message: `${where} has no sentence recorded` }
  const label = d.type.replace(/_/g, ' ')
  if (d.type === 'custody' || d.type === 'post_sentence_supervision')
    return d.releaseDate
      ? { date: d.releaseDate, what: `release date ${d.releaseDate} (${label}, ${where})` }
      : { code: 'predictor.no_release_date', message: `the ${label} of ${where} has no release date` }
  return d.sentenceDate
    ? { date: d.sentenceDate, what: `sentence date ${d.sentenceDate} (${label}, ${where})` }
    : { code: 'predictor.no_sentence', message: `the ${label} of ${where} has no sentence date` }
}

/** Every input as the record gives it (before corrections). */
export function inputsFromRecord(record: CaseRecord, today: string): CaseInputs {
  const dob = record.dateOfBirth
  const convicted = record.events
    .filter((e) => e.convictionDate)
    .sort(
      (a, b) =>
        (a.convictionDate as string).localeCompare(b.convictionDate as string) ||
        a.eventNumber - b.eventNumber,
    )
  const unconvicted = record.events.length - convicted.length
  const current = convicted[convicted.length - 1]
  const first = convicted[0]
  const noDob = missing('predictor.no_date_of_birth', 'the person has no date of birth on the record')
  const noConviction = missing(
    'predictor.no_conviction',
    'the case has no event with a conviction date, so there is no current conviction',
  )
  const ageAt = (date: string, what: string) =>
    dob ? known(ageOn(dob, date), `date of birth ${dob} and ${what}`) : noDob

  const sex =
    record.sex === 'male' || record.sex === 'female'
      ? known(record.sex, `the person record (${record.sex})`)
      : missing(
          'predictor.needs_sex',
          `the record gives the sex as ${record.sex}; the predictors have only male and female terms, so the practitioner chooses the sex to score with and records why (docs/DECISIONS.md, 12)`,
        )
  const start = current ? followUpStart(current) : undefined
  const startInput = (make: (date: string, what: string) => CaseInput): CaseInput => {
    if (!start) return noConviction
    if ('code' in start) return missing(start.code, start.message)
    return make(start.date, start.what)
  }
  const counted = `${convicted.length} conviction${convicted.length === 1 ? '' : 's'} on the record (${eventList(convicted)})${
    unconvicted
      ? `; ${unconvicted} event${unconvicted === 1 ? '' : 's'} without a conviction date not counted`
      : ''
  }`
  const main = current?.offences.find((o) => o.main) ?? current?.offences[0]
  const category = (scale: 'ogrs3' | 'actuarial') => {
    if (!current || !main) return noConviction
    const found = categoryOf(main, scale)
    if ('error' in found) return missing(found.error.code, found.error.message)
    const how = found.viaRecord ? 'the exact offence recorded with it' : 'the offence mapping table'
    return known(
      found.category as InputValue,
      `main offence ${main.homeOfficeCode} of event ${current.eventNumber}, through ${how}`,
    )
  }
  const withKind = (test: (o: RecordOffence) => boolean) => convicted.filter((e) => e.offences.some(test))
  const actuarialIs = (category: ActuarialOffenceCategory) => (o: RecordOffence) => {
    const found = categoryOf(o, 'actuarial')
    return 'category' in found && found.category === category
  }
  const violent = withKind(isViolent)
  const adult = withKind(actuarialIs('sexual_not_against_child'))
  const child = withKind(actuarialIs('sexual_against_child'))
  const sexual = [...new Set([...adult, ...child])].sort(
    (a, b) => convicted.indexOf(a) - convicted.indexOf(b),
  )
  const latestSexual = sexual[sexual.length - 1]
  const countOf = (events: RecordEvent[], what: string) =>
    current ? known(events.length, `convictions with ${what}: ${eventList(events)}`) : noConviction
  const notMapped = (what: string) =>
    current
      ? known(
          0,
          `no offence on the record is mapped to ${what}; correct this if the criminal record shows any`,
        )
      : noConviction

  return {
    sex,
    ageAtStartOfFollowUp: dob
      ? startInput((date, what) => known(ageOn(dob, date), `date of birth ${dob} and ${what}`))
      : noDob,
    ageAtCurrentConviction: current
      ? ageAt(
          current.convictionDate as string,
          `conviction date ${current.convictionDate} (event ${current.eventNumber}, the latest conviction)`,
        )
      : noConviction,
    ageAtFirstSanction: first
      ? ageAt(
          first.convictionDate as string,
          `conviction date ${first.convictionDate} (event ${first.eventNumber}, the earliest conviction on the record)`,
        )
      : noConviction,
    totalSanctions: current ? known(convicted.length, counted) : noConviction,
    violentSanctions: countOf(violent, 'a violent offence (violence against the person or robbery)'),
    offenceCategory: category('ogrs3'),
    actuarialOffenceCategory: category('actuarial'),
    offenceFreeMonths: startInput((date, what) =>
      known(wholeMonths(date, today), `whole months from the start of follow-up, ${what}, to ${today}`),
    ),
    contactAdultSanctions: countOf(adult, 'a contact sexual offence against an adult'),
    contactChildSanctions: countOf(child, 'a contact sexual offence against a child'),
    indecentImageSanctions: notMapped('indecent images of children'),
    nonContactSanctions: notMapped('non-contact sexual offences'),
    ageAtMostRecentSexualSanction: latestSexual
      ? ageAt(
          latestSexual.convictionDate as string,
          `conviction date ${latestSexual.convictionDate} (event ${latestSexual.eventNumber}, the latest sexual conviction)`,
        )
      : { value: null, source: 'no sexual conviction on the record' },
    currentOffenceAgainstStranger: {
      value: null,
      source: 'not recorded on the case; needed only with a sexual offence history',
      problem: {
        code: 'predictor.not_on_record',
        message: 'whether the current offence was against a stranger is not on the record',
      },
    },
  }
}

/** The latest correction of each input laid over the record's values. Corrections oldest first. */
export function applyCorrections(inputs: CaseInputs, corrections: readonly Correction[]): CaseInputs {
  const result = { ...inputs }
  const latest = new Map<InputName, Correction>()
  for (const c of corrections) latest.set(c.input, c)
  for (const [name, c] of latest) {
    if (c.value === null) continue // withdrawn: the record's value stands
    const fromRecord = inputs[name]
    result[name] = {
      value: c.value as InputValue,
      source: `corrected by ${c.by.name} on ${c.at.slice(0, 10)}: ${c.reason}`,
      correction: { reason: c.reason, by: c.by, at: c.at },
      fromRecord: { value: fromRecord.value, source: fromRecord.source },
    }
  }
  return result
}
