// GET /cases/{crn}/chronology: everything that happened on a case, newest first, filtered by kind and
// dates with a GET form (so a filtered chronology has an address, and works without JavaScript).
import type { Router } from 'express'
import { can } from '../../../modules/access'
import type { Services } from '../../../services'
import type { Renderer } from '../../render'
import { webActorOf } from '../../session'
import { caseHeader } from '../case-header.presenter'
import { crnOf } from '../crn'
import { chronologyRows, kindOptions, readFilters } from './chronology.presenter'

export function mountChronology(router: Router, services: Services, render: Renderer) {
  router.get('/cases/:crn/chronology', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    const actor = webActorOf(res)
    const person = await services.people.getPerson(actor, crn)
    const filters = readFilters(req.query as Record<string, unknown>)
    const [registers, entries] = await Promise.all([
      services.registers.listRegisters(actor, person.crn),
      services.enforcement.chronology(actor, person.crn, filters.query),
    ])
    const filtered = Object.keys(filters.query).length > 0
    render(res, filters.errors.length > 0 ? 400 : 200, 'cases/chronology/chronology.njk', {
      header: caseHeader(person, registers, services.clock.today()),
      canWrite: can(actor, 'person:write'),
      hasErrors: filters.errors.length > 0,
      errors: filters.errors,
      fieldErrors: filters.fieldErrors,
      form: filters.form,
      kinds: kindOptions(filters.form.types),
      filtered,
      rows: chronologyRows(entries),
    })
  })
}
