import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { PeriodBasis } from '../../model/index.ts'
import type { FigureFilter } from '../data/figures.ts'
import { parseParams, serializeParams, valuesOf, type Entry, type ParsedQuery, type YearRange } from './param.ts'
import { EXPLORER_PARAMS, MIGRATIONS, type ExplorerView, type SortDirection, type TableSortKey } from './schema.ts'

export type { ExplorerView, SortDirection, TableSortKey } from './schema.ts'

/** Everything the explorer shows, all of it in the URL so a link reproduces the view (see EXPLORER_PARAMS). */
export interface ExplorerSelection {
  /** Indicator keys (`port_cargo`); a metric family in an older link is read as its main indicator. */
  metrics: string[]
  /** The part of the indicator the time chart draws (a breakdownKey, '*' for all), or null for the whole. */
  breakdown: string | null
  regions: string[]
  years: YearRange | null
  bases: PeriodBasis[]
  view: ExplorerView
  fig: string | null
  /** Region view: which kind/unit/period the map compares (see regionSlices). */
  slice: string | null
  derived: boolean
  sort: TableSortKey
  dir: SortDirection
}

/** The router's query as name/value pairs (a repeated name gives several). */
export function queryEntries(query: LocationQuery): Entry[] {
  return Object.entries(query).flatMap(([name, value]) => (Array.isArray(value) ? value.map((v): Entry => [name, v]) : [[name, value] as Entry]))
}

export function parseExplorerParams(query: LocationQuery): ParsedQuery<typeof EXPLORER_PARAMS> {
  return parseParams(EXPLORER_PARAMS, queryEntries(query), { migrations: MIGRATIONS, routerValues: true })
}

/** Reads a query leniently: what it does not understand falls back to the default, never an error page. */
export function parseExplorerQuery(query: LocationQuery): ExplorerSelection {
  const v = valuesOf(EXPLORER_PARAMS, parseExplorerParams(query))
  return {
    metrics: v.metric,
    breakdown: v.breakdown,
    regions: v.region,
    years: v.period,
    bases: v.basis,
    view: v.view,
    fig: v.fig,
    slice: v.slice,
    derived: v.derived,
    sort: v.sort,
    dir: v.dir,
  }
}

export const DEFAULT_SELECTION: ExplorerSelection = parseExplorerQuery({})

/** The canonical query for a selection: defaults left out so equal views have equal URLs. */
export function explorerQuery(selection: Partial<ExplorerSelection>): LocationQueryRaw {
  const s = { ...DEFAULT_SELECTION, ...selection }
  const pairs = serializeParams(EXPLORER_PARAMS, {
    metric: s.metrics,
    breakdown: s.breakdown,
    region: s.regions,
    period: s.years,
    basis: s.bases,
    view: s.view,
    slice: s.slice,
    derived: s.derived,
    sort: s.sort,
    dir: s.dir,
    fig: s.fig,
  })
  return Object.fromEntries(pairs)
}

export function selectionFilter(selection: ExplorerSelection): FigureFilter {
  return { metrics: selection.metrics, regions: selection.regions, years: selection.years, bases: selection.bases }
}
