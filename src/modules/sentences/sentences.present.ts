// Rows to the camelCase event the doors see (sentences.graph.ts goes the other way).
import type { Ogrs3Category } from './offence-codes'
import type { EventChildren, EventRow } from './sentences.repository'

export interface Offence {
  id: string
  main: boolean
  homeOfficeCode: string
  description: string
  offenceDate: string | null
  count: number
  predictorCategory: Ogrs3Category | null
}
export interface Requirement {
  id: string
  type: string
  restrictive: boolean
  rarDays: number | null
  unpaidWorkHours: number | null
  lengthMonths: number | null
  startDate: string | null
  endDate: string | null
  terminatedDate: string | null
  notes: string | null
}
export interface Disposal {
  id: string
  type: string
  sentenceDate: string | null
  length: { value: number; unit: string } | null
  expectedEndDate: string | null
  releaseDate: string | null
  licenceEndDate: string | null
  terminatedDate: string | null
  terminationReason: string | null
  requirements: Requirement[]
  licenceConditions: {
    id: string
    type: string
    description: string
    startDate: string | null
    endDate: string | null
  }[]
}
export interface Event {
  id: string
  crn: string
  eventNumber: number
  version: number
  convictionDate: string | null
  courtName: string | null
  notes: string | null
  offences: Offence[]
  courtAppearances: { id: string; date: string; courtName: string; type: string; outcome: string | null }[]
  disposal: Disposal | null
  createdAt: string
  updatedAt: string
}

export function toEvents(rows: EventRow[], children: EventChildren): Event[] {
  return rows.map((row) => {
    const disposal = children.disposals.find((d) => d.event_id === row.id)
    return {
      id: row.id,
      crn: row.crn,
      eventNumber: row.event_number,
      version: row.version,
      convictionDate: row.conviction_date,
      courtName: row.court_name,
      notes: row.notes,
      offences: children.offences
        .filter((o) => o.event_id === row.id)
        .map((o) => ({
          id: o.id,
          main: o.main,
          homeOfficeCode: o.home_office_code,
          description: o.description,
          offenceDate: o.offence_date,
          count: o.offence_count,
          predictorCategory: o.predictor_category as Ogrs3Category | null,
        })),
      courtAppearances: children.courtAppearances
        .filter((a) => a.event_id === row.id)
        .map((a) => ({
          id: a.id,
          date: a.appearance_date,
          courtName: a.court_name,
          type: a.appearance_type,
          outcome: a.outcome,
        })),
      disposal: disposal
        ? {
            id: disposal.id,
            type: disposal.type,
            sentenceDate: disposal.sentence_date,
            length:
              disposal.length_value !== null && disposal.length_unit !== null
                ? { value: disposal.length_value, unit: disposal.length_unit }
                : null,
            expectedEndDate: disposal.expected_end_date,
            releaseDate: disposal.release_date,
            licenceEndDate: disposal.licence_end_date,
            terminatedDate: disposal.terminated_date,
            terminationReason: disposal.termination_reason,
            requirements: children.requirements
              .filter((r) => r.disposal_id === disposal.id)
              .map((r) => ({
                id: r.id,
                type: r.type,
                restrictive: r.restrictive,
                rarDays: r.rar_days,
                unpaidWorkHours: r.unpaid_work_hours,
                lengthMonths: r.length_months,
                startDate: r.start_date,
                endDate: r.end_date,
                terminatedDate: r.terminated_date,
                notes: r.notes,
              })),
            licenceConditions: children.licenceConditions
              .filter((c) => c.disposal_id === disposal.id)
              .map((c) => ({
                id: c.id,
                type: c.type,
                description: c.description,
                startDate: c.start_date,
                endDate: c.end_date,
              })),
          }
        : null,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    }
  })
}
