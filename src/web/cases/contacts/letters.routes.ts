// The appointment letter (/cases/{crn}/contacts/{id}/letter): a print view rendered from its template;
// recording it as sent puts a letter contact on the contact log (and so on the chronology).
import type { Router } from 'express'
import type { Contact } from '../../../modules/contacts'
import { DomainError } from '../../../platform/errors'
import type { Services } from '../../../services'
import type { Renderer } from '../../render'
import { type CasePage, casePage } from './case-page'
import { appointmentLetter } from './letters.presenter'

export function mountLetterPages(router: Router, services: Services, render: Renderer) {
  const appointmentOf = async (page: CasePage, id: string): Promise<Contact> => {
    const contact = await services.contacts.getContact(page.actor, id)
    if (contact.crn !== page.crn || !contact.type.appointment)
      throw new DomainError('contact.not_found', `No appointment ${id} was found`)
    return contact
  }

  router.get('/cases/:crn/contacts/:id/letter', async (req, res, next) => {
    const page = await casePage(services, req, res)
    if (!page) return next()
    const contact = await appointmentOf(page, req.params.id as string)
    render(res, 200, 'cases/contacts/letter.njk', {
      ...page,
      letter: appointmentLetter(page.person, contact, services.clock.today()),
      action: `/cases/${page.crn}/contacts/${contact.id}/letter`,
    })
  })

  router.post('/cases/:crn/contacts/:id/letter', async (req, res, next) => {
    const page = await casePage(services, req, res, { write: true })
    if (!page) return next()
    const contact = await appointmentOf(page, req.params.id as string)
    const letter = appointmentLetter(page.person, contact, services.clock.today())
    await services.contacts.recordContact(page.actor, page.crn, {
      type: 'letter',
      date: services.clock.today(),
      staffCode: contact.staffCode,
      eventId: contact.eventId,
      notes: letter.logNote,
    })
    res.redirect(303, `/cases/${page.crn}/contacts?banner=letter`)
  })
}
