// Enforcement pages of a case: the warning letter of a warning decision (a print view from its
// template, recorded as a letter contact when sent) and the breach or recall pack: what is in it, what
// is still missing (it cannot be sent incomplete), the statement and manager, sending, and printing.
import type { Response, Router } from 'express'
import type { BreachPack, EnforcementAction } from '../../../modules/enforcement'
import { DomainError } from '../../../platform/errors'
import type { Services } from '../../../services'
import type { Renderer } from '../../render'
import { type CasePage, casePage, field, formBody } from '../contacts/case-page'
import { type FormProblems, formProblems, NO_PROBLEMS } from '../contacts/form-problems'
import { warningLetter } from '../contacts/letters.presenter'
import { packView } from './breach-pack.presenter'

const PACK_LABELS = {
  statement: { label: 'Statement' },
  practitionerStaffCode: { label: 'Practitioner', id: 'practitionerStaffCode' },
  managerStaffCode: { label: 'Manager', id: 'managerStaffCode' },
}

export function mountEnforcementPages(router: Router, services: Services, render: Renderer) {
  const warningOf = async (page: CasePage, id: string): Promise<EnforcementAction> => {
    const actions = await services.enforcement.listActions(page.actor, page.crn)
    const action = actions.find((a) => a.id === id && a.decision === 'warning_issued')
    if (!action) throw new DomainError('enforcement_action.not_found', `No warning ${id} was found`)
    return action
  }
  const letterOf = async (page: CasePage, action: EnforcementAction) => {
    const contacts = await services.contacts.listContacts(page.actor, page.crn)
    const failures = contacts.filter((c) => action.contactIds.includes(c.id))
    return warningLetter(page.person, action, failures, services.clock.today())
  }

  router.get('/cases/:crn/enforcement/:id/letter', async (req, res, next) => {
    const page = await casePage(services, req, res)
    if (!page) return next()
    const action = await warningOf(page, req.params.id as string)
    render(res, 200, 'cases/contacts/letter.njk', {
      ...page,
      letter: await letterOf(page, action),
      action: `/cases/${page.crn}/enforcement/${action.id}/letter`,
    })
  })

  router.post('/cases/:crn/enforcement/:id/letter', async (req, res, next) => {
    const page = await casePage(services, req, res, { write: true })
    if (!page) return next()
    const action = await warningOf(page, req.params.id as string)
    const letter = await letterOf(page, action)
    await services.contacts.recordContact(page.actor, page.crn, {
      type: 'letter',
      date: services.clock.today(),
      staffCode: action.staffCode ?? undefined,
      eventId: action.eventId,
      notes: letter.logNote,
    })
    res.redirect(303, `/cases/${page.crn}/contacts?banner=letter`)
  })

  const packOf = async (page: CasePage, id: string): Promise<BreachPack> => {
    const pack = await services.enforcement.getBreachPack(page.actor, id)
    if (pack.crn !== page.crn)
      throw new DomainError('breach_pack.not_found', `No breach pack ${id} was found`)
    return pack
  }
  const showPack = (
    res: Response,
    page: CasePage,
    status: number,
    pack: BreachPack,
    problems: FormProblems,
    banner?: string,
  ) =>
    render(res, status, 'cases/enforcement/breach-pack.njk', {
      ...page,
      pack: packView(pack),
      values: { statement: pack.statement ?? '', managerStaffCode: pack.managerStaffCode ?? '' },
      ...problems,
      hasErrors: problems.errors.length > 0,
      banner,
    })

  router.get('/cases/:crn/breach-packs/:id', async (req, res, next) => {
    const page = await casePage(services, req, res)
    if (!page) return next()
    const banner =
      req.query.banner === 'saved' ? 'Pack saved' : req.query.banner === 'sent' ? 'Pack sent' : undefined
    showPack(res, page, 200, await packOf(page, req.params.id as string), NO_PROBLEMS, banner)
  })

  router.post('/cases/:crn/breach-packs/:id', async (req, res, next) => {
    const page = await casePage(services, req, res, { write: true })
    if (!page) return next()
    const id = req.params.id as string
    const body = formBody(req)
    try {
      await services.enforcement.updateBreachPack(page.actor, id, {
        version: Number(body.version),
        statement: field(body, 'statement') || null,
        managerStaffCode: field(body, 'managerStaffCode') || null,
      })
      return res.redirect(303, `/cases/${page.crn}/breach-packs/${id}?banner=saved`)
    } catch (error) {
      const pack = await packOf(page, id)
      showPack(res, page, 400, pack, packProblems(error))
    }
  })

  router.post('/cases/:crn/breach-packs/:id/submit', async (req, res, next) => {
    const page = await casePage(services, req, res, { write: true })
    if (!page) return next()
    const id = req.params.id as string
    const body = formBody(req)
    try {
      // The one form sends what was typed with it: saved first, then sent on that version.
      let version = Number(body.version)
      if ('statement' in body) {
        const saved = await services.enforcement.updateBreachPack(page.actor, id, {
          version,
          statement: field(body, 'statement') || null,
          managerStaffCode: field(body, 'managerStaffCode') || null,
        })
        version = saved.version
      }
      await services.enforcement.submitBreachPack(page.actor, id, { version })
      return res.redirect(303, `/cases/${page.crn}/breach-packs/${id}?banner=sent`)
    } catch (error) {
      const pack = await packOf(page, id)
      const stale = error instanceof DomainError && error.code === 'record.stale_version'
      showPack(res, page, stale ? 409 : 400, pack, packProblems(error))
    }
  })

  router.get('/cases/:crn/breach-packs/:id/print', async (req, res, next) => {
    const page = await casePage(services, req, res)
    if (!page) return next()
    await packOf(page, req.params.id as string)
    const html = await services.enforcement.breachPackHtml(page.actor, req.params.id as string)
    // The document carries its own print styles; this page's policy allows them by its nonce only.
    const nonce = String(res.locals.cspNonce ?? '')
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'none'; style-src 'nonce-${nonce}'; frame-ancestors 'none'`,
    )
    res
      .status(200)
      .type('html')
      .send(html.replace('<style>', `<style nonce="${nonce}">`))
  })
}

function packProblems(error: unknown): FormProblems {
  if (!(error instanceof DomainError)) throw error
  if (error.code === 'validation.failed') return formProblems(error.details, PACK_LABELS)
  if (error.code === 'record.stale_version')
    return {
      errors: [
        {
          text: 'Someone else changed this pack after you opened it. Check it and try again.',
          href: '#statement',
        },
      ],
      fieldErrors: {},
    }
  if (error.code === 'breach.incomplete')
    return {
      errors: [
        {
          text: 'The pack cannot be sent until everything it needs is there: see what is missing',
          href: '#missing',
        },
      ],
      fieldErrors: {},
    }
  if (error.code === 'breach.already_submitted')
    return { errors: [{ text: error.message, href: '#main-content' }], fieldErrors: {} }
  throw error
}
