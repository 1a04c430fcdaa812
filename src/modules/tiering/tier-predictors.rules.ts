// The case's predictor figures as the tier reads them: RSR, OGRS (2-year), ARP, CSRP and DC-SRP as the
// predictors module computes them (the dynamic versions when the case has a completed assessment, the
// static ones from the record otherwise), and the sex it scores with (which a practitioner's correction
// may have chosen, DECISIONS 12). Pure.
import type { CaseInputs, PredictorOutcome } from '../predictors'
import type { RecordPredictors } from './tier-inputs.rules'

type Outcomes = Record<string, PredictorOutcome>

function why(name: string, o: PredictorOutcome | undefined): string {
  if (!o) return `${name}: not computed`
  if (o.status === 'needs_input')
    return `${name} not computed: needs ${o.missing.map((m) => `${m.input} (${m.message})`).join('; ')}`
  if (o.status === 'refused') return `${name} not computed: ${o.problems.map((p) => p.message).join('; ')}`
  if (o.status === 'needs_assessment') return `${name}: ${o.message}`
  return name
}

/** "(dynamic, assessment 1 completed 2026-10-01)" or "(static)": which version the tier reads. */
function versionOf(o: PredictorOutcome | undefined): { dynamic: boolean; label: string } {
  if (o?.status === 'computed' && o.version === 'dynamic')
    return { dynamic: true, label: `(dynamic, ${o.assessment ?? 'from the assessment'})` }
  return { dynamic: false, label: '(static)' }
}

export function predictorFigures(inputs: CaseInputs, predictors: Outcomes): RecordPredictors {
  const computed = (name: string) => {
    const o = predictors[name]
    return o?.status === 'computed' ? (o.result as Record<string, unknown>) : null
  }
  const [rsrV, arpV, csrpV] = [
    versionOf(predictors.rsr),
    versionOf(predictors.arp),
    versionOf(predictors.csrp),
  ]
  const rsr = computed('rsr')
  const ogrs = computed('ogrs3')
  const arp = computed('arp')
  const csrp = computed('csrp')
  const dc = csrp?.dcSrp as { percent: number; band: 'low' | 'medium' | 'high' | 'very_high' } | null
  const sex = inputs.sex
  return {
    sex:
      sex.value === 'male' || sex.value === 'female'
        ? { value: sex.value, source: sex.correction ? `corrected: ${sex.correction.reason}` : sex.source }
        : { value: null, source: sex.problem?.message ?? sex.source },
    rsrPercent: rsr
      ? { value: rsr.percent as number, source: `RSR ${rsrV.label} ${rsr.percent}%` }
      : { value: null, source: why('RSR', predictors.rsr) },
    ogrsPercent: ogrs
      ? { value: ogrs.twoYearPercent as number, source: `OGRS3 2-year ${ogrs.twoYearPercent}%` }
      : { value: null, source: why('OGRS3', predictors.ogrs3) },
    arp: arp
      ? {
          value: { percent: arp.percent as number, dynamic: arpV.dynamic },
          source: `ARP ${arpV.label} ${arp.percent}%`,
        }
      : { value: null, source: why('ARP', predictors.arp) },
    csrp: csrp
      ? {
          value: { percent: csrp.percent as number, dynamic: csrpV.dynamic },
          source: `CSRP ${csrpV.label} ${csrp.percent}%`,
        }
      : { value: null, source: why('CSRP', predictors.csrp) },
    dcSrp: dc
      ? {
          value: { band: dc.band, percent: dc.percent, riskReduction: false },
          source: `DC-SRP ${dc.percent}% (${dc.band}), from the CSRP`,
        }
      : {
          value: null,
          source: csrp
            ? 'no DC-SRP: no sexual offending history (or not male)'
            : `DC-SRP comes with the CSRP: ${why('CSRP', predictors.csrp)}`,
        },
  }
}
