// The assessment's questions as data: a versioned question set (docs/assessment.md). Each question belongs
// to exactly one section, so nothing is asked twice; the scored questions and the standard and severe
// thresholds are those of reference/hmpps-services.md §1.4 (OASys numbering in `oasys`). Finance and
// health and wellbeing have no scored threshold: the practitioner records the level of need (DECISIONS
// 23). Unscored items are asked because the dynamic predictors or tiering's female factors need them.
// A change to a question or a threshold is a new QUESTION_SET_VERSION, never an edit of the old one.

export const QUESTION_SET_VERSION = 'needs-2026.1'

/** An answer's scale: its options and the score of each (§1.4: Yes 2, No 0; 0/1/2; unknown scores 0). */
export const SCALES = {
  yes_no: { yes: 2, no: 0, unknown: 0 },
  problems: { none: 0, some: 1, significant: 2, unknown: 0 },
  history: { never: 0, previous: 1, currently: 2, unknown: 0 },
  need_level: { none: 0, standard: 1, severe: 2 },
  motivation: {
    made_changes: 0,
    making_changes: 0,
    wants_to_and_knows_how: 0,
    wants_to_but_needs_help: 0,
    thinking_about_it: 0,
    does_not_want_to: 0,
    does_not_want_to_answer: 0,
    not_present: 0,
  },
  rosh_level: { low: 0, medium: 0, high: 0, very_high: 0 },
  text: {},
} as const
export type Scale = keyof typeof SCALES

export const OPTION_LABELS: Record<string, string> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not known',
  none: 'No problems',
  some: 'Some problems',
  significant: 'Significant problems',
  never: 'Never',
  previous: 'In the past',
  currently: 'Currently',
  standard: 'Standard need',
  severe: 'Severe need',
  made_changes: 'Has made changes and wants to keep them',
  making_changes: 'Is making changes',
  wants_to_and_knows_how: 'Wants to make changes and knows how',
  wants_to_but_needs_help: 'Wants to make changes but needs help',
  thinking_about_it: 'Is thinking about making changes',
  does_not_want_to: 'Does not want to make changes',
  does_not_want_to_answer: 'Does not want to answer',
  not_present: 'Was not present',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  very_high: 'Very high',
}

export const NEED_SECTIONS = [
  'accommodation',
  'education_training_employment',
  'finance',
  'relationships',
  'lifestyle_associates',
  'drug_misuse',
  'alcohol_misuse',
  'health_wellbeing',
  'thinking_behaviour',
  'attitudes',
] as const
export type NeedSection = (typeof NEED_SECTIONS)[number]
export const SECTIONS = [...NEED_SECTIONS, 'rosh'] as const
export type SectionId = (typeof SECTIONS)[number]

export interface Question {
  id: string
  section: SectionId
  text: string
  scale: Scale
  /** Counts towards the section's score (§1.4). */
  scored: boolean
  /** Needed before the assessment can be completed. */
  required: boolean
  oasys?: string
}

export interface SectionDefinition {
  id: SectionId
  title: string
  /** §1.4 thresholds; null where the practitioner records the level of need (or for RoSH). */
  thresholds: { standard: number; severe: number } | null
}

export const SECTION_DEFINITIONS: Record<SectionId, SectionDefinition> = {
  accommodation: { id: 'accommodation', title: 'Accommodation', thresholds: { standard: 2, severe: 7 } },
  education_training_employment: {
    id: 'education_training_employment',
    title: 'Education, training and employment',
    thresholds: { standard: 3, severe: 7 },
  },
  finance: { id: 'finance', title: 'Finance', thresholds: null },
  relationships: { id: 'relationships', title: 'Relationships', thresholds: { standard: 2, severe: 5 } },
  lifestyle_associates: {
    id: 'lifestyle_associates',
    title: 'Lifestyle and associates',
    thresholds: { standard: 2, severe: 5 },
  },
  drug_misuse: { id: 'drug_misuse', title: 'Drug misuse', thresholds: { standard: 2, severe: 8 } },
  alcohol_misuse: { id: 'alcohol_misuse', title: 'Alcohol misuse', thresholds: { standard: 4, severe: 7 } },
  health_wellbeing: { id: 'health_wellbeing', title: 'Health and wellbeing', thresholds: null },
  thinking_behaviour: {
    id: 'thinking_behaviour',
    title: 'Thinking and behaviour',
    thresholds: { standard: 4, severe: 7 },
  },
  attitudes: { id: 'attitudes', title: 'Attitudes', thresholds: { standard: 2, severe: 7 } },
  rosh: { id: 'rosh', title: 'Risk of serious harm', thresholds: null },
}

type Row = [key: string, text: string, scale: Scale, scored?: boolean, oasys?: string, required?: boolean]
const SECTION_QUESTIONS: Record<SectionId, Row[]> = {
  accommodation: [
    ['noFixedAbode', 'Of no fixed abode or in transient accommodation', 'yes_no', true, '3.3'],
    ['suitability', 'Suitability of accommodation', 'problems', true, '3.4'],
    ['permanence', 'Permanence of accommodation', 'problems', true, '3.5'],
    ['location', 'Suitability of the location of accommodation', 'problems', true, '3.6'],
  ],
  education_training_employment: [
    ['unemployed', 'Unemployed, or will be on release', 'yes_no', true, '4.2'],
    ['employmentHistory', 'Employment history', 'problems', true, '4.3'],
    ['workSkills', 'Work-related skills', 'problems', true, '4.4'],
    ['attitudeToEmployment', 'Attitude to employment', 'problems', true, '4.5'],
  ],
  finance: [
    ['needLevel', 'Level of need with finance', 'need_level', false, '5'],
    ['benefitsMainIncome', 'Benefits are the main income', 'yes_no', false, '5.2'],
    ['debts', 'Problems with debt or managing money', 'problems', false, '5.5'],
  ],
  relationships: [
    ['closeFamily', 'Current relationship with close family', 'problems', true, '6.1'],
    ['childhoodExperience', 'Experience of childhood', 'problems', true, '6.3'],
    ['previousCloseRelationships', 'Previous experience of close relationships', 'problems', true, '6.6'],
    ['partnerRelationship', 'Current relationship with a partner', 'problems', false, '6.4'],
    ['livingWithPartner', 'Living with a partner', 'yes_no', false, '6.8'],
    ['domesticAbusePerpetrator', 'Perpetrator of domestic abuse against a partner', 'yes_no', false, '6.7'],
    ['parentingResponsibilities', 'Has parenting responsibilities', 'yes_no', false, '6.9'],
  ],
  lifestyle_associates: [
    ['activitiesEncourageOffending', 'Regular activities encourage offending', 'problems', true, '7.2'],
    ['easilyInfluenced', 'Easily influenced by criminal associates', 'problems', true, '7.3'],
    ['recklessness', 'Recklessness and risk-taking behaviour', 'problems', true, '7.5'],
  ],
  drug_misuse: [
    ['currentDrugUse', 'Currently misusing drugs', 'yes_no', true, '8.1'],
    ['everInjected', 'Injected drugs', 'history', true, '8.5'],
    ['motivation', 'Motivation to tackle drug misuse', 'problems', true, '8.8'],
    ['majorActivity', 'Drug use and obtaining drugs a major activity', 'problems', true, '8.9'],
    ['drugRelatedOffending', 'Drug-related offending', 'yes_no', false],
  ],
  alcohol_misuse: [
    ['currentUse', 'Current use of alcohol', 'problems', true, '9.1'],
    ['binge', 'Binge drinking or excessive use in the last 6 months', 'problems', true, '9.2'],
    ['frequencyLevel', 'Frequency and level of alcohol misuse in the past', 'problems', true, '9.3'],
    ['motivation', 'Motivation to tackle alcohol misuse', 'problems', true, '9.6'],
    ['alcoholRelatedOffending', 'Alcohol-related offending', 'yes_no', false],
  ],
  health_wellbeing: [
    ['needLevel', 'Level of need with health and wellbeing', 'need_level', false, '10'],
    ['mentalHealth', 'Mental health problems', 'yes_no', false, '10.6'],
    ['selfHarm', 'Current concerns about suicide or self-harm', 'yes_no', false, '10.7'],
    ['disability', 'A disability or long-term condition that affects daily life', 'yes_no', false, '10.2'],
  ],
  thinking_behaviour: [
    ['recogniseProblems', 'Recognises problems', 'problems', true, '11.5'],
    ['problemSolving', 'Problem-solving skills', 'problems', true, '11.6'],
    ['awarenessOfConsequences', 'Awareness of consequences', 'problems', true, '11.7'],
    ['understandsOthersViews', "Understands other people's views", 'problems', true, '11.9'],
    ['impulsivity', 'Impulsivity', 'problems', false, '11.2'],
    ['temperControl', 'Temper control', 'problems', false, '11.4'],
  ],
  attitudes: [
    ['proCriminalAttitudes', 'Pro-criminal attitudes', 'problems', true, '12.1'],
    ['attitudeToSupervision', 'Attitude towards supervision or licence', 'problems', true, '12.3'],
    ['attitudeToCommunity', 'Attitude towards community or society', 'problems', true, '12.4'],
    ['motivationToAddress', 'Motivation to address offending behaviour', 'problems', true, '12.8'],
  ],
  rosh: [
    ['community.children', 'Risk in the community to children', 'rosh_level'],
    ['community.public', 'Risk in the community to the public', 'rosh_level'],
    ['community.knownAdult', 'Risk in the community to a known adult', 'rosh_level'],
    ['community.staff', 'Risk in the community to staff', 'rosh_level'],
    ['custody.children', 'Risk in custody to children', 'rosh_level'],
    ['custody.public', 'Risk in custody to the public', 'rosh_level'],
    ['custody.knownAdult', 'Risk in custody to a known adult', 'rosh_level'],
    ['custody.staff', 'Risk in custody to staff', 'rosh_level'],
    ['custody.prisoners', 'Risk in custody to other prisoners', 'rosh_level'],
    ['evidence', 'Evidence: who is at risk, the nature of the risk and when it is greatest', 'text'],
    ['riskManagementPlan', 'Risk management plan', 'text'],
    ['victimSafety', 'Victim safety planning', 'text'],
  ],
}

/** The practitioner's analysis that ends every need section (reference §5, SAN). */
const ANALYSIS: Row[] = [
  ['motivation', 'Does the person want to make changes in this area?', 'motivation', false],
  ['strengths', 'Strengths or protective factors', 'text', false, undefined, false],
  ['linkedToHarm', 'Is this area linked to risk of serious harm?', 'yes_no', false],
  ['linkedToReoffending', 'Is this area linked to risk of reoffending?', 'yes_no', false],
]

const build = (section: SectionId, prefix: string, rows: Row[]): Question[] =>
  rows.map(([key, text, scale, scored = false, oasys, required = true]) => ({
    id: `${section}.${prefix}${key}`,
    section,
    text,
    scale,
    scored,
    required,
    ...(oasys ? { oasys } : {}),
  }))

export const QUESTIONS: readonly Question[] = SECTIONS.flatMap((section) => [
  ...build(section, '', SECTION_QUESTIONS[section]),
  ...(section === 'rosh' ? [] : build(section, 'view.', ANALYSIS)),
])
export const QUESTION_BY_ID: ReadonlyMap<string, Question> = new Map(QUESTIONS.map((q) => [q.id, q]))
export const questionsOf = (section: SectionId) => QUESTIONS.filter((q) => q.section === section)
export const optionsOf = (scale: Scale): string[] => Object.keys(SCALES[scale])
