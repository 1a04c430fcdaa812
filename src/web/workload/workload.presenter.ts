// View models of the workload pages: a practitioner's figure and breakdown, and a team's table with an
// inline SVG bar chart of capacity (readable without JavaScript; the table is its text alternative).
import { formatDate } from '../cases/format'

export interface PractitionerRow {
  staffCode: string
  name: string
  grade: string
  contractedHours: number
  reductionHours: number
  caseCount: number
  points: number
  availablePoints: number
  capacityPercent: number
}

const BAR_HEIGHT = 22
const LABEL_WIDTH = 180
const CHART_WIDTH = 420
/** The chart's scale ends at 150%; longer bars are cut there and say so in their label. */
const SCALE_MAX = 150

export const capacityTag = (percent: number) =>
  percent > 110
    ? 'govuk-tag--red'
    : percent > 100
      ? 'govuk-tag--orange'
      : percent >= 80
        ? 'govuk-tag--blue'
        : 'govuk-tag--green'

export function capacityChart(rows: readonly PractitionerRow[]) {
  const x = (percent: number) => LABEL_WIDTH + (Math.min(percent, SCALE_MAX) / SCALE_MAX) * CHART_WIDTH
  return {
    width: LABEL_WIDTH + CHART_WIDTH + 60,
    height: rows.length * (BAR_HEIGHT + 6) + 30,
    line100: x(100),
    line110: x(110),
    bars: rows.map((r, i) => ({
      y: 20 + i * (BAR_HEIGHT + 6),
      labelY: 20 + i * (BAR_HEIGHT + 6) + BAR_HEIGHT / 2 + 5,
      label: r.name,
      width: Math.max(1, x(r.capacityPercent) - LABEL_WIDTH),
      valueX: x(r.capacityPercent) + 4,
      value: `${r.capacityPercent}%${r.capacityPercent > SCALE_MAX ? ' (beyond the scale)' : ''}`,
      over: r.capacityPercent > 110 ? 'over110' : r.capacityPercent > 100 ? 'over100' : 'within',
    })),
  }
}

const csvCell = (value: string | number) => {
  const text = String(value)
  // Quote every text cell; a leading = + - @ is prefixed so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text
  return typeof value === 'number' ? safe : `"${safe.replace(/"/g, '""')}"`
}

export function teamCsv(rows: readonly PractitionerRow[]): string {
  const header = [
    'Staff code',
    'Name',
    'Grade',
    'Contracted hours',
    'Reduction hours',
    'Cases',
    'Points',
    'Available points',
    'Capacity %',
  ]
  const lines = rows.map((r) =>
    [
      r.staffCode,
      r.name,
      r.grade,
      r.contractedHours,
      r.reductionHours,
      r.caseCount,
      r.points,
      r.availablePoints,
      r.capacityPercent,
    ]
      .map(csvCell)
      .join(','),
  )
  return `${[header.map(csvCell).join(','), ...lines].join('\r\n')}\r\n`
}

export const historyRows = (
  history: readonly {
    date: string
    points: number
    availablePoints: number
    capacityPercent: number
    caseCount: number
  }[],
) => history.map((h) => ({ ...h, date: formatDate(h.date) }))
