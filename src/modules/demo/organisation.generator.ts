// The demo organisation: the twelve regions, their delivery units, three teams in each, and staff with
// grades, contracted hours, vetting and specialisms. The body of the organisation module's bulk import.
import { addMonths } from './dates'
import { ORIGINS } from './names.data'
import { REGIONS } from './places.data'
import type { Random } from './random'

export interface DemoStaff {
  code: string
  teamCode: string
  firstName: string
  surname: string
  email: string
  grade: 'PO' | 'PSO' | 'PQiP' | 'NQO' | 'SPO'
  contractedHours: number
  vetting: string[]
  vettingExpiresOn?: string
  specialisms: string[]
}

export interface DemoOrganisation {
  regions: { code: string; name: string }[]
  probationDeliveryUnits: { code: string; regionCode: string; name: string }[]
  teams: { code: string; pduCode: string; name: string }[]
  staff: DemoStaff[]
}

// One team's staff: a senior probation officer, probation officers, PSOs and officers in training.
const TEAM_GRADES: DemoStaff['grade'][] = ['SPO', 'PO', 'PO', 'PO', 'PO', 'PSO', 'PSO', 'PQiP', 'NQO']
const HOURS = [
  [37, 75],
  [30, 10],
  [22.5, 10],
  [18.5, 5],
] as const
const SPECIALISMS = [
  'domestic_abuse',
  'sexual_offences',
  'women',
  'transition_to_adulthood',
  'mental_health',
  'substance_misuse',
  'integrated_offender_management',
  'foreign_nationals',
  'accredited_programmes',
] as const
const ORIGIN_WEIGHTS = ORIGINS.map((o) => [o, o.weight] as const)

export function pduCode(regionCode: string, index: number): string {
  return `${regionCode}${String(index + 1).padStart(2, '0')}`
}

export function generateOrganisation(random: Random, today: string): DemoOrganisation {
  const organisation: DemoOrganisation = { regions: [], probationDeliveryUnits: [], teams: [], staff: [] }
  const emails = new Set<string>()
  for (const region of REGIONS) {
    organisation.regions.push({ code: region.code, name: region.name })
    region.pdus.forEach((pdu, p) => {
      const code = pduCode(region.code, p)
      organisation.probationDeliveryUnits.push({ code, regionCode: region.code, name: pdu.name })
      const teams = [
        `${pdu.name} Sentence Management 1`,
        `${pdu.name} Sentence Management 2`,
        `${pdu.name} Public Protection`,
      ]
      teams.forEach((name, t) => {
        const teamCode = `${code}T${t + 1}`
        organisation.teams.push({ code: teamCode, pduCode: code, name })
        TEAM_GRADES.forEach((grade, s) => {
          organisation.staff.push(
            staffMember(
              random,
              today,
              `${teamCode}S${String(s + 1).padStart(2, '0')}`,
              teamCode,
              grade,
              t === 2,
              emails,
            ),
          )
        })
      })
    })
  }
  return organisation
}

function staffMember(
  random: Random,
  today: string,
  code: string,
  teamCode: string,
  grade: DemoStaff['grade'],
  publicProtection: boolean,
  emails: Set<string>,
): DemoStaff {
  const origin = random.weighted(ORIGIN_WEIGHTS)
  // Most probation staff are women.
  const firstName = random.pick(random.chance(0.7) ? origin.female : origin.male)
  const surname = random.pick(origin.surnames)
  let email = `${ascii(firstName)}.${ascii(surname)}@probation.example.org`
  for (let n = 2; emails.has(email); n++)
    email = `${ascii(firstName)}.${ascii(surname)}${n}@probation.example.org`
  emails.add(email)
  const staff: DemoStaff = {
    code,
    teamCode,
    firstName,
    surname,
    email,
    grade,
    contractedHours: random.weighted(HOURS),
    vetting: [],
    specialisms: [],
  }
  if (publicProtection && (grade === 'PO' || grade === 'SPO')) {
    staff.vetting = ['npvv', 'visor']
    staff.vettingExpiresOn = addMonths(today, random.int(3, 60))
    staff.specialisms = ['mappa', random.pick(['sexual_offences', 'domestic_abuse'])]
  } else if (grade !== 'PQiP' && random.chance(0.5)) {
    staff.vetting = ['npvv']
    staff.specialisms = [random.pick(SPECIALISMS)]
  }
  return staff
}

/** An email-safe form of a name: "Siobhán O'Brien" -> "siobhan", "obrien". */
function ascii(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
}
