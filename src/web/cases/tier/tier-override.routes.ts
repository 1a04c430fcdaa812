// A practitioner proposes a different tier with a rationale (/cases/{crn}/tier/override); a senior
// probation officer approves or rejects it with a note (/cases/{crn}/tier/overrides/{id}/review). The
// tier service checks who may do what and audits; these pages only show the forms and their problems.
import type { Response, Router } from 'express'
import { DomainError } from '../../../platform/errors'
import type { Services } from '../../../services'
import { NO_PROBLEMS, problemsOf, requirePage, textFields } from '../../forms'
import type { Renderer } from '../../render'
import { webActorOf } from '../../session'
import { crnOf } from '../crn'
import { tierOf } from '../overview/tier.presenter'

const PROPOSAL_LABELS = { model: 'Which tier', tier: 'Tier', rationale: 'Rationale' }
const REVIEW_LABELS = { decision: 'Decision', note: 'Note' }

export function mountTierOverride(router: Router, services: Services, render: Renderer) {
  const currentTier = (res: Response, crn: string) => services.tiering.currentTier(webActorOf(res), crn)

  router.get('/cases/:crn/tier/override', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    requirePage(res, 'person:write')
    const tier = tierOf(await currentTier(res, crn))
    render(res, 200, 'cases/tier/override.njk', { crn, tier, values: {}, ...NO_PROBLEMS })
  })

  router.post('/cases/:crn/tier/override', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    requirePage(res, 'person:write')
    const values = textFields(req.body, ['model', 'tier', 'rationale'] as const)
    try {
      await services.tiering.proposeOverride(webActorOf(res), crn, {
        model: values.model || undefined,
        tier: values.tier || undefined,
        rationale: values.rationale,
      })
      return res.redirect(303, `/cases/${crn}?banner=override_proposed#tier`)
    } catch (error) {
      const problems =
        error instanceof DomainError && error.code === 'tier_override.already_proposed'
          ? {
              errors: [{ text: error.message, href: '#model' }],
              fieldErrors: { model: { text: error.message } },
            }
          : problemsOf(error, PROPOSAL_LABELS)
      const tier = tierOf(await currentTier(res, crn))
      render(res, 400, 'cases/tier/override.njk', { crn, tier, values, ...problems, hasErrors: true })
    }
  })

  /** The proposal under review, read through the case's tier so hidden cases stay hidden. */
  async function proposalOf(res: Response, crn: string, id: string) {
    const override = tierOf(await currentTier(res, crn)).overrides.find((o) => o.id === id)
    return override ? { override } : null
  }

  router.get('/cases/:crn/tier/overrides/:id/review', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    requirePage(res, 'tier:review')
    const found = await proposalOf(res, crn, req.params.id)
    if (!found) return next()
    render(res, 200, 'cases/tier/review.njk', { crn, override: found.override, values: {}, ...NO_PROBLEMS })
  })

  router.post('/cases/:crn/tier/overrides/:id/review', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    requirePage(res, 'tier:review')
    const found = await proposalOf(res, crn, req.params.id)
    if (!found) return next()
    const values = textFields(req.body, ['decision', 'note'] as const)
    const actor = webActorOf(res)
    // Rejecting needs a note, so an empty one goes to the service to be named; approving does not.
    const note = values.note || values.decision === 'reject' ? { note: values.note } : {}
    try {
      if (values.decision === 'approve') await services.tiering.approveOverride(actor, req.params.id, note)
      else if (values.decision === 'reject') await services.tiering.rejectOverride(actor, req.params.id, note)
      else {
        const text = 'Select whether to approve or reject the proposal'
        const problems = { errors: [{ text, href: '#decision' }], fieldErrors: { decision: { text } } }
        return render(res, 400, 'cases/tier/review.njk', {
          crn,
          override: found.override,
          values,
          ...problems,
          hasErrors: true,
        })
      }
      return res.redirect(303, `/cases/${crn}?banner=override_${values.decision}d#tier`)
    } catch (error) {
      const problems =
        error instanceof DomainError && error.code.startsWith('tier_override.')
          ? { errors: [{ text: error.message, href: '#decision' }], fieldErrors: {} }
          : problemsOf(error, REVIEW_LABELS)
      render(res, 400, 'cases/tier/review.njk', {
        crn,
        override: found.override,
        values,
        ...problems,
        hasErrors: true,
      })
    }
  })
}
