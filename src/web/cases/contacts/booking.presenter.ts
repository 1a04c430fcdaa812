// The booking form (single or repeating appointments) and the reschedule form: what was typed, the
// service input made from it, and the labels its problems are shown under. Pure.
import { type DateParts, datePartsFrom, datePartsOf, readDate } from '../date-parts'
import { field } from './case-page'

export interface BookingValues {
  type: string
  date: DateParts
  startTime: string
  endTime: string
  location: string
  staffCode: string
  eventId: string
  repeat: string
  repeatCount: string
  repeatDates: string
  notes: string
  sensitive: boolean
}

export const BOOKING_LABELS = {
  type: { label: 'Type of appointment' },
  date: { label: 'Date', id: 'date-day' },
  startTime: { label: 'Start time' },
  endTime: { label: 'End time' },
  location: { label: 'Location' },
  staffCode: { label: 'Practitioner' },
  eventId: { label: 'Order' },
  requirementId: { label: 'Requirement', id: 'eventId' },
  repeat: { label: 'Repeat' },
  notes: { label: 'Notes' },
}

export const RESCHEDULE_LABELS = {
  date: { label: 'New date', id: 'date-day' },
  startTime: { label: 'Start time' },
  endTime: { label: 'End time' },
  location: { label: 'Location' },
  staffCode: { label: 'Practitioner' },
  reason: { label: 'Reason' },
}

export function emptyBooking(staffCode: string | null, eventId = ''): BookingValues {
  return {
    type: 'office_visit',
    date: { day: '', month: '', year: '' },
    startTime: '',
    endTime: '',
    location: '',
    staffCode: staffCode ?? '',
    eventId,
    repeat: 'none',
    repeatCount: '',
    repeatDates: '',
    notes: '',
    sensitive: false,
  }
}

export function bookingFromBody(body: Record<string, unknown>): BookingValues {
  return {
    type: field(body, 'type'),
    date: datePartsFrom(body, 'date'),
    startTime: field(body, 'startTime'),
    endTime: field(body, 'endTime'),
    location: field(body, 'location'),
    staffCode: field(body, 'staffCode'),
    eventId: field(body, 'eventId'),
    repeat: field(body, 'repeat') || 'none',
    repeatCount: field(body, 'repeatCount'),
    repeatDates: field(body, 'repeatDates'),
    notes: field(body, 'notes'),
    sensitive: body.sensitive === 'yes',
  }
}

/** '2026-06-08' or '8/6/2026' as an ISO date; anything else as typed (the service names it). */
function isoOf(text: string): string {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)
  return uk ? `${uk[3]}-${(uk[2] as string).padStart(2, '0')}-${(uk[1] as string).padStart(2, '0')}` : text
}

/** The date boxes as 'YYYY-MM-DD', or a problem in the GOV.UK words; empty boxes give '' (required). */
export function dateOf(parts: DateParts, label: string): { iso: string; problem: string | null } {
  const read = readDate(parts, label)
  if (read.status === 'ok') return { iso: read.iso, problem: null }
  if (read.status === 'empty') return { iso: '', problem: `${label} is required` }
  return { iso: read.raw, problem: read.message }
}

export function bookingInput(v: BookingValues) {
  const date = dateOf(v.date, 'Date')
  let repeat: unknown
  if (v.repeat === 'weekly' || v.repeat === 'fortnightly')
    repeat = { pattern: v.repeat, count: v.repeatCount ? Number(v.repeatCount) : undefined }
  else if (v.repeat === 'custom')
    repeat = {
      pattern: 'custom',
      dates: v.repeatDates
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(isoOf),
    }
  return {
    datePrefix: date.problem,
    input: {
      type: v.type,
      date: date.iso,
      startTime: v.startTime || null,
      endTime: v.endTime || null,
      location: v.location || null,
      staffCode: v.staffCode || undefined,
      eventId: v.eventId || null,
      notes: v.notes || null,
      sensitive: v.sensitive,
      ...(repeat ? { repeat } : {}),
    },
  }
}

export interface RescheduleValues {
  date: DateParts
  startTime: string
  endTime: string
  location: string
  staffCode: string
  reason: string
}

export function rescheduleFromContact(c: {
  date: string
  startTime: string | null
  endTime: string | null
  location: string | null
  staffCode: string
}): RescheduleValues {
  return {
    date: datePartsOf(c.date),
    startTime: c.startTime ?? '',
    endTime: c.endTime ?? '',
    location: c.location ?? '',
    staffCode: c.staffCode,
    reason: '',
  }
}

export function rescheduleFromBody(body: Record<string, unknown>): RescheduleValues {
  return {
    date: datePartsFrom(body, 'date'),
    startTime: field(body, 'startTime'),
    endTime: field(body, 'endTime'),
    location: field(body, 'location'),
    staffCode: field(body, 'staffCode'),
    reason: field(body, 'reason'),
  }
}
