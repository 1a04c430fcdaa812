// Contacts and appointments over HTTP: book (single or repeating), reschedule, record an outcome (with
// the enforcement step it calls for), change notes; contact types; progress against requirements.
import {
  awaitingOutcomeQuery,
  contactDueQuery,
  contactInput,
  contactOutput,
  contactTypeListOutput,
  contactUpdate,
  outcomeInput,
  rescheduleInput,
} from '../../modules/contacts'
import { orderComplianceOutput } from '../../modules/enforcement'
import { z } from '../../platform/zod'
import { type ApiRoutes, actorOf, type Request } from '../app'
import { crnParams, errorResponses, idParams, json, registry } from '../openapi'

const tags = ['contacts']
const contact = (description: string) => ({ description, ...json(contactOutput) })
const progressOutput = z
  .array(
    z.object({
      requirementId: z.string(),
      eventId: z.string(),
      eventNumber: z.number().int(),
      type: z.string(),
      label: z.string(),
      done: z.number().nullable(),
      target: z.number().nullable(),
      unit: z.enum(['days', 'hours']).nullable(),
      endDate: z.string().nullable(),
      monthsLeft: z.number().int().nullable(),
      summary: z.string().openapi({ example: 'RAR 7 of 20 days, 4 months left' }),
      reasons: z.array(z.string()),
    }),
  )
  .openapi('RequirementProgress')

registry.registerPath({
  method: 'get',
  path: '/api/v1/contact-types',
  summary:
    'The current version of each contact type: appointment or not, counts towards RAR, needs an outcome',
  tags,
  responses: {
    200: { description: 'the contact types', ...json(contactTypeListOutput) },
    ...errorResponses(401, 403),
  },
})
registry.registerPath({
  method: 'post',
  path: '/api/v1/people/{crn}/contacts',
  summary:
    'Record a contact, or book an appointment and its repeats (refused with contact.clash naming each clash)',
  tags,
  request: { params: crnParams, body: json(contactInput) },
  responses: {
    201: {
      description: 'every contact made, in date order',
      ...json(z.object({ contacts: z.array(contactOutput) })),
    },
    ...errorResponses(400, 401, 403, 404, 422),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/contacts',
  summary: 'A person’s contacts in date order, optionally between two dates (the read is audited)',
  tags,
  request: { params: crnParams, query: z.object({ from: z.string().optional(), to: z.string().optional() }) },
  responses: {
    200: { description: 'the contacts', ...json(z.array(contactOutput)) },
    ...errorResponses(400, 401, 403, 404),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/contacts/{id}',
  summary: 'One contact (the read is audited)',
  tags,
  request: { params: idParams },
  responses: { 200: contact('the contact'), ...errorResponses(401, 403, 404) },
})
registry.registerPath({
  method: 'patch',
  path: '/api/v1/contacts/{id}',
  summary: 'Change a contact’s notes or sensitive flag',
  tags,
  request: { params: idParams, body: json(contactUpdate) },
  responses: { 200: contact('the contact after the change'), ...errorResponses(400, 401, 403, 404, 409) },
})
registry.registerPath({
  method: 'post',
  path: '/api/v1/contacts/{id}/reschedule',
  summary: 'Book the appointment again; the old one is kept, marked rescheduled and linked to the new one',
  tags,
  request: { params: idParams, body: json(rescheduleInput) },
  responses: { 201: contact('the new appointment'), ...errorResponses(400, 401, 403, 404, 409, 422) },
})
registry.registerPath({
  method: 'post',
  path: '/api/v1/contacts/{id}/outcome',
  summary:
    'Record or correct the outcome of an appointment; answers with the enforcement step the order now calls for',
  tags,
  request: { params: idParams, body: json(outcomeInput) },
  responses: {
    200: {
      description: 'the contact, and the compliance of its order (null when the contact has no order)',
      ...json(z.object({ contact: contactOutput, enforcement: orderComplianceOutput.nullable() })),
    },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/requirements/progress',
  summary: 'Progress against each requirement: RAR days, unpaid-work hours, months left, with reasons',
  tags,
  request: { params: crnParams },
  responses: {
    200: { description: 'one entry per requirement', ...json(progressOutput) },
    ...errorResponses(401, 403, 404),
  },
})

registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/contact-due',
  summary:
    'When the next contact is due by tier and stage of the sentence, and whether it is overdue, with reasons',
  tags,
  request: { params: crnParams, query: contactDueQuery },
  responses: {
    200: {
      description: 'the expectation',
      ...json(
        z
          .object({
            tier: z.string(),
            stage: z.enum(['first_12_weeks', 'after_12_weeks']).nullable(),
            intervalDays: z.number().int().nullable(),
            lastContact: z.string().nullable(),
            nextDue: z.string().nullable(),
            nextBooked: z.string().nullable(),
            overdue: z.boolean(),
            reasons: z.array(z.string()),
          })
          .openapi('ContactDue'),
      ),
    },
    ...errorResponses(400, 401, 403, 404),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/contacts/awaiting-outcome',
  summary:
    'Appointments before today still without an outcome, oldest first, optionally for one practitioner',
  tags,
  request: { query: awaitingOutcomeQuery },
  responses: {
    200: { description: 'the appointments', ...json(z.array(contactOutput)) },
    ...errorResponses(400, 401, 403),
  },
})

const param = (req: Request, name: string) => String(req.params[name])

export const contactRoutes: ApiRoutes = (router, { contacts, enforcement }) => {
  router.get('/contact-types', async (_req, res) => {
    res.json(await contacts.listContactTypes(actorOf(res)))
  })
  router.post('/people/:crn/contacts', async (req, res) => {
    res
      .status(201)
      .json({ contacts: await contacts.recordContact(actorOf(res), param(req, 'crn'), req.body) })
  })
  router.get('/people/:crn/contacts', async (req, res) => {
    res.json(await contacts.listContacts(actorOf(res), param(req, 'crn'), req.query))
  })
  router.get('/people/:crn/requirements/progress', async (req, res) => {
    res.json(await contacts.requirementsProgress(actorOf(res), param(req, 'crn')))
  })
  router.get('/people/:crn/contact-due', async (req, res) => {
    res.json(await contacts.contactDue(actorOf(res), param(req, 'crn'), req.query))
  })
  // Before /contacts/:id, which would take "awaiting-outcome" for an id.
  router.get('/contacts/awaiting-outcome', async (req, res) => {
    res.json(await contacts.awaitingOutcome(actorOf(res), req.query))
  })
  router.get('/contacts/:id', async (req, res) => {
    res.json(await contacts.getContact(actorOf(res), param(req, 'id')))
  })
  router.patch('/contacts/:id', async (req, res) => {
    res.json(await contacts.updateContact(actorOf(res), param(req, 'id'), req.body))
  })
  router.post('/contacts/:id/reschedule', async (req, res) => {
    res.status(201).json(await contacts.rescheduleContact(actorOf(res), param(req, 'id'), req.body))
  })
  router.post('/contacts/:id/outcome', async (req, res) => {
    const actor = actorOf(res)
    const contact = await contacts.recordOutcome(actor, param(req, 'id'), req.body)
    const compliance = contact.eventId ? await enforcement.complianceOf(actor, contact.crn) : []
    res.json({ contact, enforcement: compliance.find((c) => c.eventId === contact.eventId) ?? null })
  })
}
