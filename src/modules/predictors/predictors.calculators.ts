// The predictor calculators: one pure function each, reachable through the API and the CLI.
import { defineCalculator } from '../../platform/calculator'
import { z } from '../../platform/zod'
import { arpCoefficients } from './arp.coefficients'
import { dynamicItemsSchema } from './history.schema'
import { calculateArp, calculateSvrp, calculateVrp } from './oasys-r.rules'
import { calculateOgrs3 } from './ogrs3.rules'
import { calculateOgp, calculateOvp } from './points.rules'
import { ogpInputSchema, ovpInputSchema } from './points.schema'
import {
  actuarialFields,
  csrpOutputSchema,
  oasysROutputSchema,
  ogrs3InputSchema,
  ogrs3OutputSchema,
  pointsOutputSchema,
  rsrOutputSchema,
  sexualHistorySchema,
  violentSanctionsField,
} from './predictors.schema'
import { calculateCsrp, calculateRsr } from './serious.rules'
import { snsvCoefficientSets, snsvCoefficients } from './snsv.coefficients'
import { svrpCoefficients } from './svrp.coefficients'
import { vrpCoefficients } from './vrp.coefficients'

const svrpFields = {
  ...actuarialFields,
  violentSanctions: violentSanctionsField,
  dynamic: dynamicItemsSchema(svrpCoefficients.dynamic.items, 'SVRP'),
}

export const predictorCalculators = [
  defineCalculator({
    name: 'ogrs3',
    summary: 'OGRS3: 1- and 2-year probability of proven reoffending, with every term',
    input: ogrs3InputSchema.openapi('Ogrs3CalculatorInput'),
    output: ogrs3OutputSchema.openapi('Ogrs3CalculatorResult'),
    calculate: calculateOgrs3,
  }),
  defineCalculator({
    name: 'rsr',
    summary: 'RSR (algorithm 5): SNSV static or dynamic + OSP/DC + OSP/IIC, with every term',
    input: z
      .strictObject({
        ...actuarialFields,
        violentSanctions: violentSanctionsField,
        coefficientSet: z.enum(snsvCoefficientSets).optional().openapi({
          description:
            'Labels of the dynamic SNSV offence weights: oasys (default, as OASys computes) or noms (the 2017 calculator labels)',
        }),
        dynamic: dynamicItemsSchema(snsvCoefficients.dynamic.oasys.items, 'SNSV'),
        sexualHistory: sexualHistorySchema,
      })
      .openapi('RsrCalculatorInput'),
    output: rsrOutputSchema.openapi('RsrCalculatorResult'),
    calculate: calculateRsr,
  }),
  defineCalculator({
    name: 'ogp',
    summary: 'OGP: OASys General reoffending Predictor, 1- and 2-year, from OGRS3 and the assessment',
    input: ogpInputSchema.openapi('OgpCalculatorInput'),
    output: pointsOutputSchema.openapi('OgpCalculatorResult'),
    calculate: calculateOgp,
  }),
  defineCalculator({
    name: 'ovp',
    summary: 'OVP: OASys Violence Predictor, 1- and 2-year, static and dynamic points',
    input: ovpInputSchema.openapi('OvpCalculatorInput'),
    output: pointsOutputSchema.openapi('OvpCalculatorResult'),
    calculate: calculateOvp,
  }),
  defineCalculator({
    name: 'arp',
    summary: 'ARP: All Reoffending Predictor (OASys-R), 2-year, static or dynamic',
    input: z
      .strictObject({
        ...actuarialFields,
        dynamic: dynamicItemsSchema(arpCoefficients.dynamic.items, 'ARP'),
      })
      .openapi('ArpCalculatorInput'),
    output: oasysROutputSchema.openapi('ArpCalculatorResult'),
    calculate: calculateArp,
  }),
  defineCalculator({
    name: 'vrp',
    summary: 'VRP: Violent Reoffending Predictor (OASys-R), 2-year, static or dynamic',
    input: z
      .strictObject({
        ...actuarialFields,
        violentSanctions: violentSanctionsField,
        dynamic: dynamicItemsSchema(vrpCoefficients.dynamic.items, 'VRP'),
      })
      .openapi('VrpCalculatorInput'),
    output: oasysROutputSchema.openapi('VrpCalculatorResult'),
    calculate: calculateVrp,
  }),
  defineCalculator({
    name: 'svrp',
    summary: 'SVRP: Serious Violent Reoffending Predictor (OASys-R), 2-year, static or dynamic',
    input: z.strictObject(svrpFields).openapi('SvrpCalculatorInput'),
    output: oasysROutputSchema.openapi('SvrpCalculatorResult'),
    calculate: (input) => calculateSvrp(input),
  }),
  defineCalculator({
    name: 'csrp',
    summary: 'CSRP (algorithm 6): SVRP + DC-SRP + IIC-SRP, with every term',
    input: z
      .strictObject({ ...svrpFields, sexualHistory: sexualHistorySchema })
      .openapi('CsrpCalculatorInput'),
    output: csrpOutputSchema.openapi('CsrpCalculatorResult'),
    calculate: calculateCsrp,
  }),
]
