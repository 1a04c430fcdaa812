// Test and benchmark helpers: a case whose record answers some questions, and a practitioner who answers
// the rest, one answer at a time as the page's autosave does, then writes a plan and completes.
import { Actor } from '../../platform/actor'
import type { Services } from '../../services'
import type { AssessmentView } from './assessment.present'
import { type NEED_SECTIONS, optionsOf, QUESTIONS, SECTIONS } from './question-set'

const systemActor = Actor.system('assessment-fixture', 'test')
const SURNAMES = ['Pritchard', 'Okafor', 'Nowak', 'Haddad', 'Quinn', 'Evans', 'Chauhan', 'Byrne']

/** A deterministic "typical" answer: mostly low scores, some problems, text where text is asked. */
export function typicalAnswer(questionId: string, scale: string): string {
  if (scale === 'text') return `Notes for ${questionId.split('.').slice(1).join(' ')}`
  const options = optionsOf(scale as never).filter((o) => o !== 'unknown')
  let hash = 0
  for (const c of questionId) hash = (hash * 31 + c.charCodeAt(0)) >>> 0
  return options[hash % Math.min(options.length, 3)] ?? (options[0] as string)
}

export function assessmentFixture(services: Services) {
  const s = services.assessment
  let cases = 0
  return {
    /** A case whose record answers accommodation, employment, benefits, domestic abuse and drug offending. */
    async caseOnRecord(): Promise<string> {
      const surname = SURNAMES[cases++ % SURNAMES.length] as string
      const created = await services.people.createPerson(systemActor, {
        firstName: 'Rhys',
        surname: cases > SURNAMES.length ? `${surname}${cases}` : surname,
        sex: 'male',
        dateOfBirth: '1990-04-25',
        addresses: [{ status: 'main', noFixedAbode: true, town: 'Leeds', startDate: '2026-09-01' }],
        circumstances: [
          { kind: 'circumstance', type: 'Unemployed', startDate: '2026-08-01' },
          { kind: 'circumstance', type: 'Universal Credit', startDate: '2026-08-15' },
        ],
      })
      const crn = created.crn as string
      await services.registers.createRegister(systemActor, crn, {
        type: 'domestic_abuse_perpetrator',
        registeredDate: '2026-02-01',
      })
      await services.sentences.createEvent(systemActor, crn, {
        convictionDate: '2026-10-01',
        courtName: 'Leeds Magistrates',
        offences: [{ main: true, homeOfficeCode: '092/00', offenceDate: '2026-09-10' }],
        disposal: {
          type: 'community_order',
          sentenceDate: '2026-10-01',
          length: { value: 12, unit: 'months' },
          expectedEndDate: '2027-09-30',
          requirements: [{ type: 'rar', rarDays: 20 }],
        },
      })
      return crn
    },

    /** Answers every required question still unanswered; returns the assessment and how many it typed. */
    async answerTheRest(actor: Actor, a: AssessmentView): Promise<{ view: AssessmentView; typed: number }> {
      let view = a
      let typed = 0
      for (const q of QUESTIONS) {
        if (!q.required || view.answers[q.id]) continue
        view = await s.answerQuestion(actor, view.id, {
          version: view.version,
          questionId: q.id,
          value: typicalAnswer(q.id, q.scale),
        })
        typed++
      }
      return { view, typed }
    },

    /** Starts one, answers these questions and then the rest, agrees a plan and completes it. */
    async complete(actor: Actor, crn: string, answers: Record<string, string> = {}): Promise<AssessmentView> {
      let a = await s.startAssessment(actor, crn)
      for (const [questionId, value] of Object.entries(answers))
        a = await s.answerQuestion(actor, a.id, { version: a.version, questionId, value })
      a = (await this.answerTheRest(actor, a)).view
      a = await this.agreePlan(actor, await this.confirmAll(actor, a))
      return s.completeAssessment(actor, a.id, { version: a.version })
    },

    /** "Still true" on every section, in one click each. */
    async confirmAll(actor: Actor, a: AssessmentView): Promise<AssessmentView> {
      let view = a
      for (const section of SECTIONS)
        view = await s.confirmSection(actor, view.id, section, { version: view.version })
      return view
    },

    /** One goal per need found (or kept from the previous plan), agreed, with one step each. */
    async agreePlan(actor: Actor, a: AssessmentView, today = '2026-11-23'): Promise<AssessmentView> {
      const withNeed = a.sections.filter((x) => x.need === 'standard' || x.need === 'severe')
      const carried = a.plan.goals
      const goals =
        carried.length > 0
          ? carried
          : withNeed.slice(0, 3).map((x) => ({
              title: `Work on ${x.title.toLowerCase()}`,
              needs: [x.id as (typeof NEED_SECTIONS)[number]],
              status: 'active' as const,
              steps: [
                {
                  description: 'Agree the first step',
                  who: 'the person on probation',
                  when: today,
                  status: 'not_started' as const,
                },
              ],
            }))
      return s.savePlan(actor, a.id, { version: a.version, goals, agreement: 'agreed' })
    },
  }
}
