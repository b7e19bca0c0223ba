/**
 * Extraction quality against a gold annotation: precision, recall and F1 per family, league-level region
 * accuracy, exact-period accuracy and indicator consistency. Pure: the bench reads the files and prints.
 *
 * A gold row matches an unused extracted figure of the same file, family, kind and unit with the same value
 * (0.1% relative, or ±0.051 for percentages); among candidates the one nearest the gold quote wins, so two
 * mentions of one figure pair with their own sentences.
 */
import type { Figure } from '../model/index.ts'

export interface GoldRow {
  file: string
  metric: string
  kind: string
  value: number
  unit: string
  qualifier: string
  region: string | null
  place: string | null
  period_start: string | null
  period_end: string | null
  quote: string
  series: string
}

export const FAMILIES: Record<string, string> = {
  gdp: 'gdp',
  gdp_per_capita: 'gdp',
  value_added: 'output',
  output_value: 'output',
  cargo_volume: 'cargo',
  investment: 'investment',
  funding: 'investment',
}
export const FAMILY_NAMES = ['gdp', 'output', 'cargo', 'investment'] as const

export interface Scored {
  gold: GoldRow
  figure: Figure
  leagueRight: boolean
  periodExact: boolean
}

export interface FamilyScore {
  family: string
  gold: number
  extracted: number
  matched: number
  precision: number
  recall: number
  f1: number
}

export interface QualityReport {
  families: FamilyScore[]
  all: FamilyScore
  leagueAccuracy: number
  periodAccuracy: number
  indicator: { precision: number; recall: number; f1: number; pairs: number }
  matches: Scored[]
  misses: GoldRow[]
  extras: Figure[]
}

export function parseGold(jsonl: string): GoldRow[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as GoldRow
      } catch (error) {
        throw new Error(`gold line ${i + 1}: ${(error as Error).message}`)
      }
    })
}

function sameValue(a: number, b: number, unit: string): boolean {
  if (unit === '%') return Math.abs(a - b) <= 0.051
  return Math.abs(a - b) <= Math.abs(b) * 0.001
}

/** A figure's league: its region's code cut to the league (1501xx → 150100), or the region itself above that. */
export type LeagueOf = (figure: Figure) => string

/**
 * @param texts decoded text per annotated file, to place gold quotes for the nearest-candidate choice
 * @param leagueName the league name of a figure's region, 内蒙古自治区 or 全国
 */
export function scoreQuality(gold: GoldRow[], figures: Figure[], texts: Map<string, string>, leagueName: LeagueOf): QualityReport {
  const files = new Set(gold.map((g) => g.file))
  const candidates = figures.filter((f) => files.has(f.source.file) && FAMILIES[f.metric])
  const used = new Set<Figure>()
  const matches: Scored[] = []
  const misses: GoldRow[] = []
  for (const g of gold) {
    const family = FAMILIES[g.metric]
    const at = texts.get(g.file)?.indexOf(g.quote) ?? -1
    let best: Figure | null = null
    let bestDistance = Infinity
    for (const f of candidates) {
      if (used.has(f) || f.source.file !== g.file || FAMILIES[f.metric] !== family) continue
      if (f.kind !== g.kind || f.unit !== g.unit || !sameValue(f.value, g.value, g.unit)) continue
      const distance = at < 0 ? 0 : Math.abs(f.source.offset - (at + g.quote.length / 2))
      if (distance < bestDistance) {
        best = f
        bestDistance = distance
      }
    }
    if (!best) {
      misses.push(g)
      continue
    }
    used.add(best)
    const periodExact = (g.period_start === null || g.period_start === best.period.start) && g.period_end === best.period.end
    matches.push({ gold: g, figure: best, leagueRight: g.region === leagueName(best), periodExact })
  }
  const extras = candidates.filter((f) => !used.has(f))
  const score = (family: string, inFamily: (metric: string) => boolean): FamilyScore => {
    const goldN = gold.filter((g) => inFamily(g.metric)).length
    const extracted = candidates.filter((f) => inFamily(f.metric)).length
    const matched = matches.filter((m) => inFamily(m.gold.metric)).length
    const precision = extracted ? matched / extracted : goldN ? 0 : 1
    const recall = goldN ? matched / goldN : 1
    return { family, gold: goldN, extracted, matched, precision, recall, f1: f1(precision, recall) }
  }
  return {
    families: FAMILY_NAMES.map((name) => score(name, (m) => FAMILIES[m] === name)),
    all: score('all', (m) => FAMILIES[m] !== undefined),
    leagueAccuracy: ratio(matches.filter((m) => m.leagueRight).length, matches.length),
    periodAccuracy: ratio(matches.filter((m) => m.periodExact).length, matches.length),
    indicator: indicatorConsistency(matches),
    matches,
    misses,
    extras,
  }
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b
}

/** The output's series key of a figure: its indicator and breakdown, or null when it has no indicator. */
export function seriesKeyOf(figure: Figure): string | null {
  if (!figure.indicator) return null
  const breakdown = figure.breakdown
    ? Object.keys(figure.breakdown)
        .sort()
        .map((k) => `${k}=${figure.breakdown![k]}`)
        .join(',')
    : ''
  return `${figure.indicator}|${breakdown}`
}

/** Pairwise: does "same series in the gold" agree with "same indicator + breakdown in the output"? */
function indicatorConsistency(matches: Scored[]): QualityReport['indicator'] {
  let both = 0
  let goldSame = 0
  let outSame = 0
  for (let i = 0; i < matches.length; i++) {
    const a = matches[i]
    const ka = seriesKeyOf(a.figure)
    for (let j = i + 1; j < matches.length; j++) {
      const b = matches[j]
      const g = a.gold.series === b.gold.series
      const o = ka !== null && ka === seriesKeyOf(b.figure)
      if (g) goldSame++
      if (o) outSame++
      if (g && o) both++
    }
  }
  const precision = ratio(both, outSame)
  const recall = ratio(both, goldSame)
  return { precision, recall, f1: f1(precision, recall), pairs: goldSame }
}
