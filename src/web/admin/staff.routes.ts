// /admin/staff: every member of staff; add one; change one (grade, hours, team, vetting, specialisms)
// with the version it was opened at, so a change made meanwhile is shown, never overwritten.
import type { Response, Router } from 'express'
import { type Staff, staffInput, staffUpdate } from '../../modules/organisation'
import { DomainError, ValidationError } from '../../platform/errors'
import { issuesToDetails } from '../../platform/validation'
import type { Services } from '../../services'
import { type FormProblems, NO_PROBLEMS, problemsOf, requirePage } from '../forms'
import type { Renderer } from '../render'
import { webActorOf } from '../session'
import {
  STAFF_LABELS,
  type StaffFormValues,
  staffChoices,
  staffInputOf,
  staffValuesFromBody,
  staffValuesFromRecord,
} from './staff.presenter'

/** The form's own problems and the schema's together, so every problem shows at once; nothing saved. */
function formRefusal(
  schema: typeof staffInput | typeof staffUpdate,
  input: unknown,
  own: ValidationError['details'],
) {
  const parsed = schema.safeParse(input)
  const fromSchema = parsed.success ? [] : issuesToDetails(parsed.error.issues)
  const ownPaths = new Set(own.map((d) => d.path))
  return new ValidationError([...own, ...fromSchema.filter((d) => !ownPaths.has(d.path))])
}

export function mountStaffAdmin(router: Router, services: Services, render: Renderer) {
  const { organisation } = services
  const showForm = async (
    res: Response,
    status: number,
    page: {
      values: StaffFormValues | null
      problems: FormProblems
      staff?: Staff
      version?: number
      conflict?: Staff
    },
  ) => {
    const teams = await organisation.listTeams(webActorOf(res))
    render(res, status, 'admin/staff-form.njk', {
      ...page,
      ...page.problems,
      hasErrors: page.problems.errors.length > 0,
      teams: [{ value: '', text: 'No team' }].concat(
        teams.map((t) => ({
          value: t.code,
          text: `${t.name} (${t.code})`,
          selected: page.values?.teamCode === t.code,
        })),
      ),
      ...staffChoices(page.values),
    })
  }

  router.get('/admin/staff', async (req, res) => {
    requirePage(res, 'organisation:write')
    const staff = await organisation.listStaff(webActorOf(res))
    const banner =
      req.query.saved === 'added'
        ? 'Member of staff added'
        : req.query.saved === 'changed'
          ? 'Changes saved'
          : null
    render(res, 200, 'admin/staff.njk', { staff, banner, today: services.clock.today() })
  })

  router.get('/admin/staff/new', async (_req, res) => {
    requirePage(res, 'organisation:write')
    await showForm(res, 200, { values: null, problems: NO_PROBLEMS })
  })

  router.post('/admin/staff/new', async (req, res) => {
    requirePage(res, 'organisation:write')
    const values = staffValuesFromBody(req.body)
    const { input, problems } = staffInputOf(values)
    const body = { code: values.code, ...input }
    try {
      if (problems.length > 0) throw formRefusal(staffInput, body, problems)
      await organisation.createStaff(webActorOf(res), body)
      return res.redirect(303, '/admin/staff?saved=added')
    } catch (error) {
      return showForm(res, 400, { values, problems: problemsOf(error, STAFF_LABELS) })
    }
  })

  router.get('/admin/staff/:code', async (req, res) => {
    requirePage(res, 'organisation:write')
    const staff = await organisation.getStaff(webActorOf(res), String(req.params.code))
    await showForm(res, 200, {
      values: staffValuesFromRecord(staff),
      problems: NO_PROBLEMS,
      staff,
      version: staff.version,
    })
  })

  router.post('/admin/staff/:code', async (req, res) => {
    requirePage(res, 'organisation:write')
    const actor = webActorOf(res)
    const staff = await organisation.getStaff(actor, String(req.params.code))
    const values = { ...staffValuesFromBody(req.body), code: staff.code }
    const version = Number((req.body as Record<string, unknown>).version)
    const { input, problems } = staffInputOf(values)
    const body = { version, ...input }
    try {
      if (problems.length > 0) throw formRefusal(staffUpdate, body, problems)
      await organisation.updateStaff(actor, staff.code, body)
      return res.redirect(303, '/admin/staff?saved=changed')
    } catch (error) {
      if (error instanceof DomainError && error.code === 'record.stale_version') {
        // Keep what was typed; show the record as it is now and take its version, so a resubmit is deliberate.
        const current = error.data as Staff
        const conflict = {
          errors: [
            {
              text: 'Someone else changed this record after you opened it. Your changes have not been saved.',
              href: '#conflict',
            },
          ],
          fieldErrors: {},
        }
        return showForm(res, 409, {
          values,
          problems: conflict,
          staff,
          version: current.version,
          conflict: current,
        })
      }
      return showForm(res, 400, { values, problems: problemsOf(error, STAFF_LABELS), staff, version })
    }
  })
}
