import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Contact } from '../contacts'
import type { Event } from '../sentences'
import { assemblePack, missingFromPack, type StaffFacts } from './breach-pack.rules'
import { type DecisionFacts, settleDecision } from './decisions.rules'
import type { ActionFacts, Proposal } from './enforcement.rules'

const TODAY = '2026-06-01'
const proposal = (over: Partial<Proposal> = {}): Proposal => ({
  eventId: 'E1',
  policyVersion: 'p',
  action: 'warning_issued',
  route: 'breach',
  period: null,
  failures: [
    { contactId: 'c1', date: '2026-05-01', outcome: 'failed_to_attend' },
    { contactId: 'c2', date: '2026-05-20', outcome: 'failed_to_attend' },
  ],
  pending: [{ contactId: 'c2', date: '2026-05-20', outcome: 'failed_to_attend' }],
  warning: null,
  responseDueOn: '2026-06-08',
  reasons: [],
  ...over,
})
const breachOpen: ActionFacts = {
  id: 'a1',
  eventId: 'E1',
  action: 'breach_initiated',
  decidedOn: '2026-05-02',
  contactIds: ['c1'],
  responseDueOn: null,
}

describe('settling a decision', () => {
  const settle = (facts: Partial<DecisionFacts>, p = proposal(), actions: ActionFacts[] = []) =>
    settleDecision({ decision: 'warning_issued', decidedOn: TODAY, ...facts }, p, actions, TODAY)
  const cases: [string, () => ReturnType<typeof settle>, boolean, string[]][] = [
    ['as proposed: not an override', () => settle({}), false, []],
    ['against the proposal: an override', () => settle({ decision: 'no_further_action' }), true, []],
    [
      'breach on a licence',
      () => settle({ decision: 'breach_initiated' }, proposal({ route: 'recall' })),
      true,
      ['decision'],
    ],
    ['recall on a community order', () => settle({ decision: 'recall_requested' }), true, ['decision']],
    [
      'concluding a breach that is not open',
      () => settle({ decision: 'breach_concluded' }),
      false,
      ['decision'],
    ],
    [
      'concluding an open breach',
      () => settle({ decision: 'breach_concluded' }, proposal(), [breachOpen]),
      false,
      [],
    ],
    [
      'a contact that is not a counted failure',
      () => settle({ contactIds: ['c9'] }),
      false,
      ['contactIds.0'],
    ],
    [
      'a deadline before the warning',
      () => settle({ responseDueOn: '2026-05-31' }),
      false,
      ['responseDueOn'],
    ],
    [
      'a deadline on a decision that is not a warning',
      () => settle({ decision: 'no_further_action', responseDueOn: '2026-06-09' }),
      true,
      ['responseDueOn'],
    ],
    ['a decision dated tomorrow', () => settle({ decidedOn: '2026-06-02' }), false, ['decidedOn']],
    ['an event with no sentence', () => settle({}, proposal({ route: null })), false, ['eventId']],
  ]
  for (const [name, run, override, paths] of cases)
    it(name, () => {
      const s = run()
      assert.equal(s.override, override)
      assert.deepEqual(
        s.problems.map((p) => p.path),
        paths,
      )
    })
  it('defaults the failures to the pending ones and the deadline to the proposal’s', () => {
    const s = settle({})
    assert.deepEqual([s.contactIds, s.responseDueOn], [['c2'], '2026-06-08'])
    assert.equal(settle({ decision: 'breach_initiated' }).responseDueOn, null)
  })
})

describe('breach pack completeness', () => {
  const event: Event = {
    id: 'E1',
    crn: 'X000001',
    eventNumber: 2,
    version: 1,
    convictionDate: '2026-01-05',
    courtName: 'Leeds Magistrates',
    notes: null,
    offences: [
      {
        id: 'o',
        main: true,
        homeOfficeCode: '046/00',
        description: 'Theft',
        offenceDate: null,
        count: 1,
        predictorCategory: null,
      },
    ],
    courtAppearances: [],
    disposal: {
      id: 'D1',
      type: 'community_order',
      sentenceDate: '2026-01-05',
      length: null,
      expectedEndDate: '2027-01-04',
      releaseDate: null,
      licenceEndDate: null,
      terminatedDate: null,
      terminationReason: null,
      requirements: [
        {
          id: 'R1',
          type: 'rar',
          restrictive: false,
          rarDays: 10,
          unpaidWorkHours: null,
          lengthMonths: null,
          startDate: null,
          endDate: null,
          terminatedDate: null,
          notes: null,
        },
      ],
      licenceConditions: [],
    },
    createdAt: '',
    updatedAt: '',
  }
  const failed = {
    id: 'c1',
    eventId: 'E1',
    date: '2026-05-01',
    status: 'booked',
    sensitive: false,
    notes: 'x',
    staffCode: 'S1',
    startTime: '10:00',
    endTime: '11:00',
    type: { label: 'Office' },
    outcome: { code: 'failed_to_attend', absenceReason: null },
  } as unknown as Contact
  const staff: StaffFacts = {
    code: 'S1',
    firstName: 'A',
    surname: 'B',
    grade: 'PO',
    email: 'a@b',
    teamCode: null,
  }
  const pack = (over: Partial<Parameters<typeof assemblePack>[0]> = {}) =>
    assemblePack({
      kind: 'breach',
      person: { crn: 'X000001', name: 'Kwame Mensah', dateOfBirth: null },
      event,
      contacts: [failed],
      actions: [],
      statement: 'statement',
      practitioner: staff,
      manager: { ...staff, code: 'S2', grade: 'SPO' },
      generatedOn: TODAY,
      ...over,
    })
  const missing = (p: ReturnType<typeof pack>) => missingFromPack(p).map((m) => m.path)
  const cases: [string, () => ReturnType<typeof pack>, string[]][] = [
    ['complete', () => pack(), []],
    ['no statement', () => pack({ statement: null }), ['statement']],
    ['no manager', () => pack({ manager: null }), ['managerStaffCode']],
    [
      'no practitioner email',
      () => pack({ practitioner: { ...staff, email: null } }),
      ['practitioner.email'],
    ],
    ['no failures on the order', () => pack({ contacts: [] }), ['failures']],
    ['no court on the event', () => pack({ event: { ...event, courtName: null } }), ['order.courtName']],
    [
      'no requirements on a community order',
      () =>
        pack({
          event: {
            ...event,
            disposal: { ...(event.disposal as NonNullable<Event['disposal']>), requirements: [] },
          },
        }),
      ['order.requirements'],
    ],
    ['a recall needs licence conditions', () => pack({ kind: 'recall' }), ['order.licenceConditions']],
  ]
  for (const [name, build, paths] of cases) it(name, () => assert.deepEqual(missing(build()), paths))
  it('says where to add what the record lacks', () => {
    const [courtMissing] = missingFromPack(pack({ event: { ...event, courtName: null } }))
    assert.equal(courtMissing?.message, 'the court that made the order: add it to event 2')
  })
})
