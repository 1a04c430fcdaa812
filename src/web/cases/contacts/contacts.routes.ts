// The contact log of a case (/cases/{crn}/contacts), booking an appointment (single or repeating) and
// rescheduling one (the old appointment kept, linked to the new). A clash is shown as an error naming
// the appointment it clashes with. Forms work without JavaScript.
import type { Response, Router } from 'express'
import type { Contact } from '../../../modules/contacts'
import { DomainError, type ErrorDetail } from '../../../platform/errors'
import type { Services } from '../../../services'
import type { Renderer } from '../../render'
import {
  BOOKING_LABELS,
  type BookingValues,
  bookingFromBody,
  bookingInput,
  dateOf,
  emptyBooking,
  RESCHEDULE_LABELS,
  type RescheduleValues,
  rescheduleFromBody,
  rescheduleFromContact,
} from './booking.presenter'
import { type CasePage, casePage, formBody } from './case-page'
import { complianceRows, contactRows } from './contacts.presenter'
import { type FormProblems, formProblems, NO_PROBLEMS } from './form-problems'

const BANNERS: Record<string, string> = {
  booked: 'Appointment booked',
  rescheduled: 'Appointment rescheduled',
  outcome: 'Outcome recorded',
  letter: 'Letter recorded on the contact log',
}

/** The problems of a refused form, or rethrows what is not a form problem. */
export function problemsOf(
  error: unknown,
  labels: Record<string, { label: string; id?: string }>,
  datePrefix: string | null = null,
): FormProblems {
  if (!(error instanceof DomainError)) throw error
  if (error.code === 'contact.clash')
    return {
      errors: error.details.map((d) => ({
        text: `The appointment clashes: ${d.message}`,
        href: d.path === 'staffCode' ? '#staffCode' : '#date-day',
      })),
      fieldErrors: Object.fromEntries(error.details.map((d) => [d.path, { text: `Clashes: ${d.message}` }])),
    }
  if (error.code !== 'validation.failed') {
    // A refusal of the whole form (not reschedulable, outcome in the future...) is shown at its top.
    if (/not_found$|^access\.|^person\.|^record\./.test(error.code)) throw error
    return { errors: [{ text: error.message, href: '#main-content' }], fieldErrors: {} }
  }
  let details: ErrorDetail[] = error.details
  if (datePrefix)
    details = [{ path: 'date', message: datePrefix }, ...details.filter((d) => d.path !== 'date')]
  const problems = formProblems(details, labels)
  // The date's own words already name the field ("Date must include a month").
  if (datePrefix && problems.fieldErrors.date) {
    problems.fieldErrors.date = { text: datePrefix }
    const first = problems.errors.find((e) => e.href === '#date-day')
    if (first) first.text = datePrefix
  }
  return problems
}

export function mountContactPages(router: Router, services: Services, render: Renderer) {
  router.get('/cases/:crn/contacts', async (req, res, next) => {
    const page = await casePage(services, req, res)
    if (!page) return next()
    const { actor, crn } = page
    const [contacts, compliance, actions] = [
      await services.contacts.listContacts(actor, crn),
      await services.enforcement.complianceOf(actor, crn),
      await services.enforcement.listActions(actor, crn),
    ]
    const today = services.clock.today()
    const bannerKey = typeof req.query.banner === 'string' ? req.query.banner : ''
    render(res, 200, 'cases/contacts/list.njk', {
      ...page,
      banner: BANNERS[bannerKey] ?? null,
      bannerDetail: typeof req.query.detail === 'string' ? req.query.detail.slice(0, 300) : null,
      rows: contactRows(contacts, today, page.canWrite, crn),
      orders: complianceRows(compliance, actions, crn),
    })
  })

  const showBooking = async (
    res: Response,
    page: CasePage,
    status: number,
    values: BookingValues,
    problems: FormProblems,
  ) => {
    const [types, events] = [
      await services.contacts.listContactTypes(page.actor),
      await services.sentences.listEvents(page.actor, page.crn),
    ]
    render(res, status, 'cases/contacts/book.njk', {
      ...page,
      values,
      ...problems,
      hasErrors: problems.errors.length > 0,
      types: types
        .filter((t) => t.appointment)
        .map((t) => ({ value: t.code, text: t.label, selected: t.code === values.type })),
      events: [
        { value: '', text: 'None, or work it out from the record', selected: values.eventId === '' },
        ...events.map((e) => ({
          value: e.id,
          text: `Event ${e.eventNumber}${e.disposal ? `: ${e.disposal.type.replace(/_/g, ' ')}` : ''}`,
          selected: e.id === values.eventId,
        })),
      ],
    })
  }

  router.get('/cases/:crn/contacts/new', async (req, res, next) => {
    const page = await casePage(services, req, res, { write: true })
    if (!page) return next()
    // With one order on the case, the appointment is for it unless the practitioner says otherwise.
    const events = await services.sentences.listEvents(page.actor, page.crn)
    const only = events.length === 1 ? (events[0]?.id ?? '') : ''
    await showBooking(res, page, 200, emptyBooking(page.actor.staffCode ?? null, only), NO_PROBLEMS)
  })

  router.post('/cases/:crn/contacts/new', async (req, res, next) => {
    const page = await casePage(services, req, res, { write: true })
    if (!page) return next()
    const values = bookingFromBody(formBody(req))
    const { input, datePrefix } = bookingInput(values)
    try {
      const made = await services.contacts.recordContact(page.actor, page.crn, input)
      const detail = made.length > 1 ? `${made.length} appointments` : ''
      return res.redirect(
        303,
        `/cases/${page.crn}/contacts?banner=booked${detail ? `&detail=${encodeURIComponent(detail)}` : ''}`,
      )
    } catch (error) {
      await showBooking(res, page, 400, values, problemsOf(error, BOOKING_LABELS, datePrefix))
    }
  })

  /** The contact of the address on this case; a contact of another case is not found here. */
  const contactOf = async (page: CasePage, id: string): Promise<Contact> => {
    const contact = await services.contacts.getContact(page.actor, id)
    if (contact.crn !== page.crn) throw new DomainError('contact.not_found', `No contact ${id} was found`)
    return contact
  }

  const showReschedule = (
    res: Response,
    page: CasePage,
    status: number,
    contact: Contact,
    values: RescheduleValues,
    problems: FormProblems,
  ) =>
    render(res, status, 'cases/contacts/reschedule.njk', {
      ...page,
      contact,
      values,
      ...problems,
      hasErrors: problems.errors.length > 0,
    })

  router.get('/cases/:crn/contacts/:id/reschedule', async (req, res, next) => {
    const page = await casePage(services, req, res, { write: true })
    if (!page) return next()
    const contact = await contactOf(page, req.params.id as string)
    showReschedule(res, page, 200, contact, rescheduleFromContact(contact), NO_PROBLEMS)
  })

  router.post('/cases/:crn/contacts/:id/reschedule', async (req, res, next) => {
    const page = await casePage(services, req, res, { write: true })
    if (!page) return next()
    const id = req.params.id as string
    const body = formBody(req)
    const values = rescheduleFromBody(body)
    const date = dateOf(values.date, 'New date')
    try {
      await services.contacts.rescheduleContact(page.actor, id, {
        version: Number(body.version),
        date: date.iso,
        startTime: values.startTime,
        endTime: values.endTime,
        location: values.location || undefined,
        staffCode: values.staffCode || undefined,
        reason: values.reason,
      })
      return res.redirect(303, `/cases/${page.crn}/contacts?banner=rescheduled`)
    } catch (error) {
      const contact = await contactOf(page, id)
      if (error instanceof DomainError && error.code === 'record.stale_version')
        return showReschedule(res, page, 409, contact, values, {
          errors: [
            {
              text: 'Someone else changed this appointment after you opened it. Check it and try again.',
              href: '#date-day',
            },
          ],
          fieldErrors: {},
        })
      showReschedule(res, page, 400, contact, values, problemsOf(error, RESCHEDULE_LABELS, date.problem))
    }
  })
}
