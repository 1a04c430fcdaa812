// Inputs of the OGP and OVP calculators: the OASys items each point scale uses.
import { z } from '../../platform/zod'
import { ageField, sexField, violentSanctionsField } from './history.schema'

const score = (description: string) =>
  z.literal([0, 1, 2]).openapi({ description: `${description}: 0 no problems, 1 some, 2 significant` })
const yes = (description: string) => z.boolean().openapi({ description })

export const ogpInputSchema = z.strictObject({
  ogrs3TwoYearPercent: z.int().openapi({ description: "OGRS3's 2-year percentage (1-99): the static part" }),
  noFixedAbodeOrTransient: yes('3.3/3.4: no fixed abode or transient accommodation (5 points)'),
  unemployed: yes('4.2: unemployed or will be on release (5 points)'),
  activitiesEncourageOffending: score('7.2 regular activities encourage offending (0/3/5 points)'),
  currentDrugMisuse: score('8.x current drug misuse'),
  motivationToTackleDrugMisuse: score('8.8 motivation to tackle drug misuse'),
  problemSolving: score('11.6 problem-solving skills'),
  awarenessOfConsequences: score('11.7 awareness of consequences'),
  understandsOthersViews: score("11.9 understands other people's views"),
  proCriminalAttitudes: score('12.1 pro-criminal attitudes (0/3/5 points)'),
})

export const ovpInputSchema = z.strictObject({
  sex: sexField,
  ageAtStartOfFollowUp: ageField('Age at the start of follow-up (18 or over)'),
  totalSanctions: z.int().openapi({ description: 'All sanctions including the current one (at least 1)' }),
  violentSanctions: violentSanctionsField,
  doesNotRecogniseImpactOnOthers: yes('2.x: does not recognise the impact of offending on others (4 points)'),
  noFixedAbodeOrTransient: yes('3.3/3.4: no fixed abode or transient accommodation (4 points)'),
  unemployed: yes('4.2: unemployed or will be on release (4 points)'),
  currentAlcoholUse: score('9.1 current alcohol use'),
  bingeDrinking: score('9.2 binge drinking'),
  currentPsychiatricTreatment: yes('10.x: current psychiatric treatment (4 points)'),
  temperControl: score('11.4 temper control (3 points a score point)'),
  proCriminalAttitudes: score('12.1 pro-criminal attitudes (3 points a score point)'),
})
