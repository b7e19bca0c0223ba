/**
 * Series: the figures of named indicators joined into lines, indicator × breakdown × region × place × period type
 * (and kind and unit, so a growth rate never joins a level). Pure and Node-free: the dataset plugin runs it at
 * build time and the app runs it on a dataset that lacks `series` (an older file, a test fixture).
 *
 * The same fact reported several times (a headline, the body, another article) is one point citing every
 * figure. Two values for one point conflict only beyond rounding and qualifiers: `突破250万吨` and `253万吨`
 * agree, `1.2万亿元` and `1.23万亿元` agree, `253万吨` and `280万吨` do not. A part (`{direction:'import'}`)
 * and its total sit on different lines, so they can never conflict.
 */
import type { Breakdown, Figure, Period, PeriodType, Qualifier, Series, SeriesPoint } from '../model/index.ts'

/** `direction=import;commodity=煤炭`, dimensions sorted; '' for the whole indicator. */
export function breakdownKey(breakdown: Breakdown | null | undefined): string {
  if (!breakdown) return ''
  return Object.keys(breakdown)
    .sort()
    .map((k) => `${k}=${breakdown[k]}`)
    .join(';')
}

/** The inverse of breakdownKey; null for '' (the whole indicator). */
export function parseBreakdownKey(key: string): Breakdown | null {
  if (!key) return null
  const out: Breakdown = {}
  for (const part of key.split(';')) {
    const at = part.indexOf('=')
    if (at > 0) out[part.slice(0, at)] = part.slice(at + 1)
  }
  return Object.keys(out).length ? out : null
}

/**
 * The period type a line may join, or null for figures that belong on no time line: undated ones, and spans of
 * several years (“十四五”以来) that have no single date to stand at.
 */
export function periodType(period: Period): PeriodType | null {
  if (!period.end || !/^\d{4}-\d{2}-\d{2}$/.test(period.end)) return null
  switch (period.basis) {
    case 'year':
    case 'quarter':
    case 'month':
    case 'point':
      return period.basis
    case 'ytd':
      return `ytd:${period.end.slice(5)}`
    default:
      return null
  }
}

/** The place a figure is about, unless it only repeats its region (内蒙古 for 内蒙古自治区). */
export function figurePlace(f: Figure): string | null {
  const place = f.place?.trim()
  if (!place) return null
  const name = f.region.name
  if (name === place || name.startsWith(place) || place.startsWith(name)) return null
  return place
}

export function seriesKeyOf(f: Figure): string | null {
  // A growth against another base (环比, 两年平均) is not a point of the year-on-year line: kept in tables and articles only.
  if (!f.indicator || f.kind === 'target' || f.comparison) return null
  const type = periodType(f.period)
  if (!type) return null
  return [f.indicator, breakdownKey(f.breakdown), f.region.code, figurePlace(f) ?? '', type, f.kind, f.unit].join('|')
}

/**
 * The step of the last digit written, in base units: `1.2万亿元` is precise to 0.1万亿 (10^11 yuan), `253万吨`
 * to 1万吨, `5.8%` to 0.1. Numbers written in Chinese numerals or without digits count as exact.
 */
export function roundingStep(f: Figure): number {
  const match = /(\d+)(?:\.(\d+))?/.exec((f.raw ?? '').replace(/[,，]/g, ''))
  if (!match) return 0
  const written = Number(match[2] ? `${match[1]}.${match[2]}` : match[1])
  if (!(written > 0) || !Number.isFinite(f.value) || f.value === 0) return 0
  const scale = Math.abs(f.value) / written
  return scale * 10 ** -(match[2]?.length ?? 0)
}

/** The values a figure allows: its rounding interval, opened on one side by 突破/不到, widened by 约. */
function valueRange(f: Figure): [number, number] {
  const half = roundingStep(f) / 2
  const v = f.value
  const q: Qualifier = f.qualifier
  switch (q) {
    case '>=':
    case '>':
      return [v - half, Infinity]
    case '<':
    case '<=':
      return [-Infinity, v + half]
    case '~': {
      const margin = Math.max(Math.abs(v) * 0.1, half)
      return [v - margin, v + margin]
    }
    default:
      return [v - half, v + half]
  }
}

/** Two reports of one point disagree: their ranges (rounding, qualifiers) do not meet. Different units never compare. */
export function figuresConflict(a: Figure, b: Figure): boolean {
  if (a.unit !== b.unit) return false
  const [aLow, aHigh] = valueRange(a)
  const [bLow, bHigh] = valueRange(b)
  const eps = 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value))
  return Math.max(aLow, bLow) > Math.min(aHigh, bHigh) + eps
}

const QUALIFIER_RANK: Record<Qualifier, number> = { '=': 0, '~': 1, '>=': 2, '<=': 2, '>': 3, '<': 3 }

/** One point from the reports of one period: the largest group that agrees gives the value, the rest conflict. */
function pointOf(figures: readonly Figure[]): SeriesPoint {
  const clusters: Figure[][] = []
  for (const f of figures) {
    const home = clusters.find((c) => c.every((g) => !figuresConflict(f, g)))
    if (home) home.push(f)
    else clusters.push([f])
  }
  const main = clusters.reduce((best, c) => (c.length > best.length ? c : best), clusters[0])
  // The exact figure speaks for the group: “突破250万吨，达253万吨” is a point at 253.
  const shown = [...main].sort((a, b) => QUALIFIER_RANK[a.qualifier] - QUALIFIER_RANK[b.qualifier])[0]
  const first = figures[0]
  return {
    start: first.period.start,
    end: first.period.end!,
    value: shown.value,
    qualifier: shown.qualifier,
    figureIds: [shown.id, ...main.filter((f) => f !== shown).map((f) => f.id)],
    conflicting: clusters.filter((c) => c !== main).flatMap((c) => c.map((f) => f.id)),
  }
}

/** Every line the figures make, in a stable order (indicator, breakdown, region, place, period type, kind, unit). */
export function buildSeries(figures: readonly Figure[]): Series[] {
  const groups = new Map<string, Figure[]>()
  for (const f of figures) {
    const key = seriesKeyOf(f)
    if (key === null) continue
    const list = groups.get(key)
    if (list) list.push(f)
    else groups.set(key, [f])
  }
  const out: Series[] = []
  for (const [key, list] of groups) {
    const byPeriod = new Map<string, Figure[]>()
    for (const f of list) {
      const at = `${f.period.end}|${f.period.start ?? ''}`
      const same = byPeriod.get(at)
      if (same) same.push(f)
      else byPeriod.set(at, [f])
    }
    const points = [...byPeriod.keys()].sort().map((at) => pointOf(byPeriod.get(at)!))
    const f = list[0]
    out.push({
      key,
      indicator: f.indicator!,
      breakdown: f.breakdown ?? null,
      region: f.region,
      place: figurePlace(f),
      periodType: periodType(f.period)!,
      kind: f.kind,
      unit: f.unit,
      points,
    })
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** Each figure of a conflicting point → the figures that disagree with it. */
export function seriesConflicts(series: readonly Series[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const s of series) {
    for (const p of s.points) {
      if (p.conflicting.length === 0) continue
      for (const id of p.figureIds) out.set(id, p.conflicting)
      for (const id of p.conflicting) out.set(id, p.figureIds)
    }
  }
  return out
}
