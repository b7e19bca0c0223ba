import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { PeriodBasis } from '../../model/index.ts'
import type { FigureFilter } from '../data/figures.ts'

export type ExplorerView = 'time' | 'region' | 'table'
export type TableSortKey = 'metric' | 'kind' | 'value' | 'period' | 'region' | 'source'
export type SortDirection = 'asc' | 'desc'

/** Everything the explorer shows, all of it in the URL so a link reproduces the view. */
export interface ExplorerSelection {
  /** Indicator keys (`port_cargo`); a metric family in an older link is read as its main indicator. */
  metrics: string[]
  /** The part of the indicator the time chart draws (a breakdownKey, '*' for all), or null for the whole. */
  breakdown: string | null
  regions: string[]
  years: [number, number] | null
  bases: PeriodBasis[]
  view: ExplorerView
  fig: string | null
  /** Region view: which kind/unit/period the map compares (see regionSlices). */
  slice: string | null
  derived: boolean
  sort: TableSortKey
  dir: SortDirection
}

export const DEFAULT_SELECTION: ExplorerSelection = {
  metrics: [],
  breakdown: null,
  regions: [],
  years: null,
  bases: [],
  view: 'time',
  fig: null,
  slice: null,
  derived: false,
  sort: 'period',
  dir: 'desc',
}

const BASES: readonly PeriodBasis[] = ['year', 'ytd', 'quarter', 'month', 'point', 'span', 'unknown']
const VIEWS: readonly ExplorerView[] = ['time', 'region', 'table']
const SORT_KEYS: readonly TableSortKey[] = ['metric', 'kind', 'value', 'period', 'region', 'source']

function first(value: LocationQuery[string] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : ''
}

function list(value: LocationQuery[string] | undefined, valid: (item: string) => boolean): string[] {
  const items = first(value)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && valid(s))
  return [...new Set(items)]
}

export function parseYears(text: string): [number, number] | null {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text)
  if (!match) return null
  const a = Number(match[1])
  const b = Number(match[2] ?? match[1])
  return a <= b ? [a, b] : [b, a]
}

export function formatYears(years: [number, number] | null): string {
  if (!years) return ''
  return years[0] === years[1] ? String(years[0]) : `${years[0]}-${years[1]}`
}

/** Reads a query leniently: unknown values are dropped, never an error page. */
export function parseExplorerQuery(query: LocationQuery): ExplorerSelection {
  const view = first(query.view)
  const sort = first(query.sort)
  return {
    metrics: list(query.metric, (s) => /^[\w-]{1,64}$/.test(s)),
    breakdown: first(query.breakdown) || null,
    regions: list(query.regions, (s) => /^\d{6}$/.test(s)),
    years: parseYears(first(query.period)),
    bases: list(query.basis, (s) => BASES.includes(s as PeriodBasis)) as PeriodBasis[],
    view: VIEWS.includes(view as ExplorerView) ? (view as ExplorerView) : DEFAULT_SELECTION.view,
    fig: first(query.fig) || null,
    slice: first(query.slice) || null,
    derived: first(query.derived) === '1',
    sort: SORT_KEYS.includes(sort as TableSortKey) ? (sort as TableSortKey) : DEFAULT_SELECTION.sort,
    dir: first(query.dir) === 'asc' ? 'asc' : 'desc',
  }
}

/** The canonical query for a selection: defaults left out so equal views have equal URLs. */
export function explorerQuery(selection: Partial<ExplorerSelection>): LocationQueryRaw {
  const s = { ...DEFAULT_SELECTION, ...selection }
  const query: LocationQueryRaw = {}
  if (s.metrics.length) query.metric = s.metrics.join(',')
  if (s.breakdown !== null) query.breakdown = s.breakdown
  if (s.regions.length) query.regions = s.regions.join(',')
  if (s.years) query.period = formatYears(s.years)
  if (s.bases.length) query.basis = s.bases.join(',')
  if (s.view !== DEFAULT_SELECTION.view) query.view = s.view
  if (s.slice) query.slice = s.slice
  if (s.derived) query.derived = '1'
  if (s.sort !== DEFAULT_SELECTION.sort) query.sort = s.sort
  if (s.dir !== DEFAULT_SELECTION.dir) query.dir = s.dir
  if (s.fig) query.fig = s.fig
  return query
}

export function selectionFilter(selection: ExplorerSelection): FigureFilter {
  return { metrics: selection.metrics, regions: selection.regions, years: selection.years, bases: selection.bases }
}
