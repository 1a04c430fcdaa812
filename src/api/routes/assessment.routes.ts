// Assessments over HTTP (issue 7): start one (pre-filled from the record, or from the previous assessment),
// answer one question at a time (the autosave: PATCH with the version read), confirm a section, write the
// sentence plan, complete, countersign, review the plan, and move ownership by request and decision.
import {
  answerInput,
  confirmInput,
  countersignInput,
  ownershipDecisionInput,
  ownershipRequestInput,
  planInput,
  planReviewInput,
  SECTIONS,
  sectionAnswersInput,
  startInput,
} from '../../modules/assessment'
import { z } from '../../platform/zod'
import { type ApiRoutes, actorOf, type Request } from '../app'
import { crnParams, errorResponses, idParams, json, registry } from '../openapi'

const tags = ['assessment']
const Assessment = z
  .object({
    id: z.uuid(),
    crn: z.string(),
    sequence: z.number().int(),
    previousId: z.uuid().nullable(),
    questionSet: z.string(),
    status: z.enum(['draft', 'awaiting_countersignature', 'completed']),
    owner: z.object({ id: z.string(), name: z.string(), setting: z.string() }),
    sections: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        status: z.enum(['not_started', 'in_progress', 'completed']),
        score: z.number().nullable(),
        need: z.enum(['none', 'standard', 'severe']).nullable(),
        reason: z.string().nullable(),
      }),
    ),
    answers: z
      .record(
        z.string(),
        z.object({ value: z.string(), origin: z.string(), source: z.string() }).passthrough(),
      )
      .openapi({
        description: 'each answer with where it came from (record, previous assessment, practitioner)',
      }),
    rosh: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'the RoSH summary, with its highest level' }),
    plan: z.record(z.string(), z.unknown()).openapi({ description: 'goals, steps, agreement and reviews' }),
    typedAnswers: z.number().int().openapi({ description: 'answers the practitioner typed or changed' }),
    version: z.number().int(),
  })
  .passthrough()
  .openapi('Assessment')
const sectionParams = idParams.extend({ section: z.enum(SECTIONS) })

const paths: [
  method: 'get' | 'post' | 'patch' | 'put',
  path: string,
  summary: string,
  body?: z.ZodType,
  params?: z.ZodObject,
][] = [
  ['get', '/api/v1/people/{crn}/assessments', "The person's assessments, newest first", undefined, crnParams],
  [
    'post',
    '/api/v1/people/{crn}/assessments',
    'Start an assessment, pre-filled from the record or the previous one',
    startInput,
    crnParams,
  ],
  ['get', '/api/v1/assessments/{id}', 'An assessment with its sections, needs, RoSH summary and plan'],
  [
    'patch',
    '/api/v1/assessments/{id}/answers',
    'Save one answer (autosave); refused with 409 if the version is stale',
    answerInput,
  ],
  [
    'put',
    '/api/v1/assessments/{id}/sections/{section}',
    "Save a section's answers at once (the page's Save button)",
    sectionAnswersInput,
    sectionParams,
  ],
  [
    'post',
    '/api/v1/assessments/{id}/sections/{section}/confirm',
    'Confirm every answer of a section as still true',
    confirmInput,
    sectionParams,
  ],
  [
    'put',
    '/api/v1/assessments/{id}/plan',
    'Write the sentence plan: goals linked to needs, steps, agreement',
    planInput,
  ],
  [
    'post',
    '/api/v1/assessments/{id}/complete',
    'Complete and lock; PQiP and PSO authors go to countersigning',
    confirmInput,
  ],
  [
    'post',
    '/api/v1/assessments/{id}/countersign',
    'Countersign (completing it) or return to the author',
    countersignInput,
  ],
  [
    'post',
    '/api/v1/assessments/{id}/plan/reviews',
    'Review the plan of a completed assessment',
    planReviewInput,
  ],
  [
    'post',
    '/api/v1/assessments/{id}/ownership-requests',
    'Ask to hold the assessment (custody or community)',
    ownershipRequestInput,
  ],
  [
    'post',
    '/api/v1/assessments/{id}/ownership-requests/decision',
    'Approve, decline or withdraw the pending request',
    ownershipDecisionInput,
  ],
]
for (const [method, path, summary, body, params] of paths)
  registry.registerPath({
    method,
    path,
    summary,
    tags,
    request: { params: params ?? idParams, ...(body ? { body: json(body) } : {}) },
    responses: {
      [method === 'post' && path.endsWith('/assessments') ? 201 : 200]: {
        description: 'the assessment',
        ...json(path.endsWith('/assessments') && method === 'get' ? z.array(Assessment) : Assessment),
      },
      ...errorResponses(400, 401, 403, 404, 409, 422),
    },
  })

const param = (req: Request, name: string) => String(req.params[name])

export const assessmentRoutes: ApiRoutes = (router, { assessment }) => {
  router.get('/people/:crn/assessments', async (req, res) => {
    res.json(await assessment.listAssessments(actorOf(res), param(req, 'crn')))
  })
  router.post('/people/:crn/assessments', async (req, res) => {
    res.status(201).json(await assessment.startAssessment(actorOf(res), param(req, 'crn'), req.body ?? {}))
  })
  router.get('/assessments/:id', async (req, res) => {
    res.json(await assessment.getAssessment(actorOf(res), param(req, 'id')))
  })
  router.patch('/assessments/:id/answers', async (req, res) => {
    res.json(await assessment.answerQuestion(actorOf(res), param(req, 'id'), req.body ?? {}))
  })
  router.put('/assessments/:id/sections/:section', async (req, res) => {
    res.json(
      await assessment.saveSection(actorOf(res), param(req, 'id'), param(req, 'section'), req.body ?? {}),
    )
  })
  router.post('/assessments/:id/sections/:section/confirm', async (req, res) => {
    res.json(
      await assessment.confirmSection(actorOf(res), param(req, 'id'), param(req, 'section'), req.body ?? {}),
    )
  })
  router.put('/assessments/:id/plan', async (req, res) => {
    res.json(await assessment.savePlan(actorOf(res), param(req, 'id'), req.body ?? {}))
  })
  router.post('/assessments/:id/complete', async (req, res) => {
    res.json(await assessment.completeAssessment(actorOf(res), param(req, 'id'), req.body ?? {}))
  })
  router.post('/assessments/:id/countersign', async (req, res) => {
    res.json(await assessment.countersignAssessment(actorOf(res), param(req, 'id'), req.body ?? {}))
  })
  router.post('/assessments/:id/plan/reviews', async (req, res) => {
    res.json(await assessment.reviewSentencePlan(actorOf(res), param(req, 'id'), req.body ?? {}))
  })
  router.post('/assessments/:id/ownership-requests', async (req, res) => {
    res.json(await assessment.requestOwnership(actorOf(res), param(req, 'id'), req.body ?? {}))
  })
  router.post('/assessments/:id/ownership-requests/decision', async (req, res) => {
    res.json(await assessment.decideOwnership(actorOf(res), param(req, 'id'), req.body ?? {}))
  })
}
