// A validated event to the rows the repository writes, with fresh ids for every child.
import { newId } from '../../platform/ids'
import { isRestrictive } from './requirements.rules'
import type { EventGraph } from './sentences.repository'
import { completeOffence } from './sentences.rules'
import type { EventInput } from './sentences.schema'

/** The rows of a validated event; `restrictive` comes from the requirement type, never the caller. */
export function toGraph(
  input: EventInput,
  ids: { eventId: string; personId: string; eventNumber: number; at: Date },
): EventGraph {
  const eventId = ids.eventId
  const disposalId = newId()
  const d = input.disposal
  return {
    event: {
      id: eventId,
      person_id: ids.personId,
      event_number: ids.eventNumber,
      conviction_date: input.convictionDate ?? null,
      court_name: input.courtName ?? null,
      notes: input.notes ?? null,
      created_at: ids.at,
      updated_at: ids.at,
    },
    ...childRows(input, eventId, disposalId),
    disposal: d
      ? {
          id: disposalId,
          event_id: eventId,
          type: d.type,
          sentence_date: d.sentenceDate,
          length_value: d.length?.value ?? null,
          length_unit: d.length?.unit ?? null,
          expected_end_date: d.expectedEndDate ?? null,
          release_date: d.releaseDate ?? null,
          licence_end_date: d.licenceEndDate ?? null,
          terminated_date: d.terminatedDate ?? null,
          termination_reason: d.terminationReason ?? null,
        }
      : null,
  }
}

function childRows(input: EventInput, eventId: string, disposalId: string) {
  const d = input.disposal
  return {
    offences: input.offences.map(completeOffence).map((o) => ({
      id: newId(),
      event_id: eventId,
      main: o.main,
      home_office_code: o.homeOfficeCode,
      description: o.description,
      offence_date: o.offenceDate ?? null,
      offence_count: o.count,
      predictor_category: o.predictorCategory,
    })),
    courtAppearances: input.courtAppearances.map((a) => ({
      id: newId(),
      event_id: eventId,
      appearance_date: a.date,
      court_name: a.courtName,
      appearance_type: a.type,
      outcome: a.outcome ?? null,
    })),
    requirements: (d?.requirements ?? []).map((r) => ({
      id: newId(),
      disposal_id: disposalId,
      type: r.type,
      restrictive: isRestrictive(r.type),
      rar_days: r.rarDays ?? null,
      unpaid_work_hours: r.unpaidWorkHours ?? null,
      length_months: r.lengthMonths ?? null,
      start_date: r.startDate ?? null,
      end_date: r.endDate ?? null,
      terminated_date: r.terminatedDate ?? null,
      notes: r.notes ?? null,
    })),
    licenceConditions: (d?.licenceConditions ?? []).map((c) => ({
      id: newId(),
      disposal_id: disposalId,
      type: c.type,
      description: c.description,
      start_date: c.startDate ?? null,
      end_date: c.endDate ?? null,
    })),
  }
}
