// Add a person (/cases/new) and change personal details (/cases/{crn}/edit). The people service
// validates and answers every problem at once; the page shows them in the GOV.UK error summary and
// beside each field, keeping what was typed. An edit carries the version it was based on: if someone
// else changed the record meanwhile, the page says so, shows what changed, and never overwrites.
import type { Response, Router } from 'express'
import { can } from '../../../modules/access'
import type { DuplicateCandidate, PersonRecord } from '../../../modules/people'
import { DomainError, ForbiddenError } from '../../../platform/errors'
import type { Services } from '../../../services'
import type { Renderer } from '../../render'
import { webActorOf } from '../../session'
import { crnOf } from '../crn'
import {
  differences,
  type FormProblems,
  type PersonFormValues,
  problemsFrom,
  serviceInput,
  valuesFromBody,
  valuesFromRecord,
} from './person-form.presenter'

const NO_PROBLEMS: FormProblems = { errors: [], fieldErrors: {} }
const body = (req: { body?: unknown }) => (req.body ?? {}) as Record<string, unknown>

function requireWrite(res: Response) {
  if (!can(webActorOf(res), 'person:write')) throw new ForbiddenError()
}

/** A reason is needed when "this is a different person" is ticked. */
function reasonProblem(values: PersonFormValues) {
  if (!values.confirmDifferentPerson || values.differentPersonReason) return []
  return [{ path: 'differentPersonReason', message: 'is required' }]
}

export function mountPersonForms(router: Router, services: Services, render: Renderer) {
  const showNew = (
    res: Response,
    status: number,
    values: PersonFormValues | null,
    problems: FormProblems,
    duplicates: DuplicateCandidate[] = [],
  ) =>
    render(res, status, 'cases/person-form/new.njk', {
      values,
      ...problems,
      hasErrors: problems.errors.length > 0,
      duplicates: duplicates.map((d) => ({ ...d, percent: Math.round(d.score * 100) })),
    })

  router.get('/cases/new', (_req, res) => {
    requireWrite(res)
    showNew(res, 200, null, NO_PROBLEMS)
  })

  router.post('/cases/new', async (req, res) => {
    requireWrite(res)
    const values = valuesFromBody(body(req))
    const { input, dateProblem } = serviceInput(values)
    const missingReason = reasonProblem(values)
    try {
      const created = await services.people.createPerson(webActorOf(res), input)
      return res.redirect(303, `/cases/${created.crn}?banner=created`)
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      if (error.code === 'validation.failed')
        return showNew(res, 400, values, problemsFrom([...error.details, ...missingReason], dateProblem))
      if (error.code !== 'person.possible_duplicate') throw error
      const { candidates } = error.data as { candidates: DuplicateCandidate[] }
      const problems = problemsFrom(missingReason, null)
      if (missingReason.length === 0)
        problems.errors.unshift({
          text: 'This person may already be on record: check the people listed, or confirm this is a different person',
          href: '#confirmDifferentPerson',
        })
      return showNew(res, 409, values, problems, candidates)
    }
  })

  const showEdit = (
    res: Response,
    status: number,
    page: {
      crn: string
      version: number
      values: PersonFormValues
      problems: FormProblems
      conflict?: unknown
    },
  ) =>
    render(res, status, 'cases/person-form/edit.njk', {
      ...page,
      ...page.problems,
      hasErrors: page.problems.errors.length > 0,
    })

  router.get('/cases/:crn/edit', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    requireWrite(res)
    const person = await services.people.getPerson(webActorOf(res), crn)
    showEdit(res, 200, {
      crn: person.crn,
      version: person.version,
      values: valuesFromRecord(person),
      problems: NO_PROBLEMS,
    })
  })

  router.post('/cases/:crn/edit', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    requireWrite(res)
    const actor = webActorOf(res)
    const values = valuesFromBody(body(req))
    const version = Number(body(req).version)
    const { input, dateProblem } = serviceInput(values)
    try {
      await services.people.updatePerson(actor, crn, { ...input, version })
      return res.redirect(303, `/cases/${crn}?banner=updated`)
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      if (error.code === 'validation.failed')
        return showEdit(res, 400, {
          crn,
          version,
          values,
          problems: problemsFrom(error.details, dateProblem),
        })
      if (error.code !== 'record.stale_version') throw error
      const current = error.data as PersonRecord
      const opened = await recordAtVersion(services, actor, crn, version)
      const now = valuesFromRecord(current)
      return showEdit(res, 409, {
        crn,
        version: current.version,
        values: now,
        problems: {
          errors: [
            {
              text: 'Someone else changed this record after you opened it. Your changes have not been saved.',
              href: '#conflict',
            },
          ],
          fieldErrors: {},
        },
        conflict: {
          changedMeanwhile: opened ? differences(valuesFromRecord(opened), now).map((d) => d.label) : null,
          rows: differences(values, now),
        },
      })
    }
  })
}

/** The record as it stood at the version the user opened, from its history (null if not kept). */
async function recordAtVersion(
  services: Services,
  actor: ReturnType<typeof webActorOf>,
  crn: string,
  version: number,
): Promise<PersonRecord | null> {
  if (!Number.isInteger(version)) return null
  const history = await services.people.personHistory(actor, crn)
  return history.find((entry) => entry.version === version)?.record ?? null
}
