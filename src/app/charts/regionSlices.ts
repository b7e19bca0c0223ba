import type { Breakdown, Figure, FigureKind, Period, Unit } from '../../model/index.ts'
import { breakdownKey } from '../../series/index.ts'
import { compareText } from '../data/compare.ts'
import { figurePlace, figuresConflict, indicatorKey } from '../data/figures.ts'
import { LEAGUES, leagueOf, regionLevel } from '../data/regions.ts'
import { periodKey } from '../format/period.ts'

/**
 * Figures that may be compared across regions: one metric, one kind, one unit, exactly one period.
 * A map of full-year GDP next to year-to-date GDP would compare nothing.
 */
export interface RegionSlice {
  key: string
  /** The catalogue indicator compared (固定资产投资 is not compared with 招商引资到位资金), or the label as written for figures of none. */
  indicator: string
  /** The part compared (`{industry:'第二产业'}`), or null for the whole. */
  breakdown: Breakdown | null
  kind: FigureKind
  unit: Unit
  period: Period
  figures: Figure[]
  /** How many of the twelve leagues have a figure in this slice. */
  leagues: number
  /** How many regions (leagues, counties, the province) have a figure in this slice. */
  regions: number
}

export function sliceKey(f: Figure): string {
  return `${f.indicator ?? indicatorKey(f)}|${breakdownKey(f.breakdown)}|${f.kind}|${f.unit}|${periodKey(f.period)}`
}

const LEAGUE_CODES = new Set(LEAGUES.map((l) => l.code))

/** Slices of one indicator's figures, the most informative for a map first (most leagues, most regions, levels, then latest). */
export function regionSlices(figures: readonly Figure[]): RegionSlice[] {
  const slices = new Map<string, RegionSlice>()
  for (const f of figures) {
    const key = sliceKey(f)
    let slice = slices.get(key)
    if (!slice) {
      slice = { key, indicator: f.indicator ?? indicatorKey(f), breakdown: f.breakdown ?? null, kind: f.kind, unit: f.unit, period: f.period, figures: [], leagues: 0, regions: 0 }
      slices.set(key, slice)
    }
    slice.figures.push(f)
  }
  for (const slice of slices.values()) {
    slice.leagues = new Set(slice.figures.filter((f) => figurePlace(f) === null && LEAGUE_CODES.has(f.region.code)).map((f) => f.region.code)).size
    slice.regions = new Set(slice.figures.map((f) => `${f.region.code}|${figurePlace(f) ?? ''}`)).size
  }
  const kindRank: Record<FigureKind, number> = { level: 0, growth: 1, share: 2, target: 3 }
  return [...slices.values()].sort(
    (a, b) =>
      b.leagues - a.leagues ||
      b.regions - a.regions ||
      kindRank[a.kind] - kindRank[b.kind] ||
      compareText(b.period.end ?? '', a.period.end ?? '') ||
      b.figures.length - a.figures.length ||
      compareText(a.key, b.key),
  )
}

export interface LeagueValue {
  code: string
  /** The figure shown for the league (the first reported when several agree). */
  figure: Figure
  /** Other reports for the same league in the slice that disagree with it. */
  conflicting: Figure[]
}

export interface RegionValues {
  slice: RegionSlice
  leagues: LeagueValue[]
  /** Figures for Inner Mongolia as a whole: a reference, not a league. */
  province: Figure[]
  /** County-level figures and figures about a place inside a league (a port, a park), grouped under the league; never summed into it. */
  withinLeague: Map<string, Figure[]>
  /** Figures for places outside the twelve leagues (other provinces, the country). */
  outside: Figure[]
}

export function regionValues(slice: RegionSlice): RegionValues {
  const byLeague = new Map<string, Figure[]>()
  const province: Figure[] = []
  const withinLeague = new Map<string, Figure[]>()
  const outside: Figure[] = []
  const addWithin = (league: string, f: Figure) => {
    const list = withinLeague.get(league) ?? []
    list.push(f)
    withinLeague.set(league, list)
  }
  for (const f of slice.figures) {
    const code = f.region.code
    const level = regionLevel(code)
    if (level === 'province' && code === '150000') province.push(f)
    else if (level === 'league' && LEAGUE_CODES.has(code) && figurePlace(f) !== null) addWithin(code, f)
    else if (level === 'league' && LEAGUE_CODES.has(code)) {
      const list = byLeague.get(code) ?? []
      list.push(f)
      byLeague.set(code, list)
    } else if (level === 'county' && LEAGUE_CODES.has(leagueOf(code) ?? '')) addWithin(leagueOf(code)!, f)
    else outside.push(f)
  }
  const leagues: LeagueValue[] = []
  for (const [code, list] of byLeague) {
    const figure = list[0]
    leagues.push({ code, figure, conflicting: list.filter((f) => f !== figure && figuresConflict(figure, f)) })
  }
  leagues.sort((a, b) => b.figure.value - a.figure.value || compareText(a.code, b.code))
  return { slice, leagues, province, withinLeague, outside }
}
