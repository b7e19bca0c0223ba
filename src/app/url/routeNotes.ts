import type { LocationQuery } from 'vue-router'
import type { Figure } from '../../model/index.ts'
import { leagueOf, regionLevel } from '../data/regions.ts'
import { parseExplorerQuery, queryEntries, type ExplorerSelection } from './explorer.ts'
import { invalid, parseParams, quoteValue, type InvalidReason, type ParsedParam } from './param.ts'
import { isPageName, MIGRATIONS, PAGE_PARAMS } from './schema.ts'

/**
 * What an address asked for that the app could not give, so a mistyped or stale link shows the defaults with a
 * sentence saying why instead of a blank page or a silent change. The notes are the invalid results of the
 * page's parameter schema (see schema.ts), checked against what the data holds once it is loaded, plus an
 * unknown page and parameters the page does not read. Pure: the route and what the data holds in, notes out;
 * the words are the component's.
 */
export type RouteNote =
  /** No such page (the router sent the reader to the overview). */
  | { kind: 'page'; path: string }
  /** A parameter the page does not read. */
  | { kind: 'param'; name: string; value: string }
  | InvalidNote

/**
 * A parameter's invalid result: `malformed` (a value it never takes), `undecodable` (not valid URL encoding, used
 * as written), `notFound` (well-formed, but naming nothing in these pages). `instead` names what is shown in
 * its place when that is not plain: the default metric, `all` regions, a view.
 */
export interface InvalidNote {
  kind: 'invalid'
  reason: InvalidReason
  name: string
  value: string
  instead?: string
}

export interface NotedRoute {
  name: string | null
  query: LocationQuery
  /** The path first asked for when the router redirected (an unknown page), else null. */
  redirectedFrom: string | null
}

/** What the loaded data holds; null while it loads, so nothing is called missing before it is known. */
export interface KnownData {
  metrics: ReadonlySet<string>
  regions: ReadonlySet<string>
  figureIds: ReadonlySet<string>
  /** The metric the explorer shows when the address names none it can show. */
  defaultMetric: string | null
  /** Comparable groups the region view offers for a selection (see regionSlices). */
  sliceKeys: (selection: ExplorerSelection, metric: string) => readonly string[]
}

/**
 * The indicator keys and region codes a link can name and find figures for: a metric family counts when one of
 * its figures names an indicator (the link shows that indicator); catch-alls (`count`) do not. A league counts
 * when only its counties report (choosing a league selects its counties).
 */
export function reportedKeys(figures: readonly Figure[]): { metrics: Set<string>; regions: Set<string> } {
  const metrics = new Set<string>()
  const regions = new Set<string>()
  for (const f of figures) {
    if (f.indicator) metrics.add(f.indicator).add(f.metric)
    regions.add(f.region.code)
    const league = regionLevel(f.region.code) === 'county' ? leagueOf(f.region.code) : null
    if (league) regions.add(league)
  }
  return { metrics, regions }
}

/** A list parameter's result once the data is known: the items the pages do not report are not found. */
function checkList(result: ParsedParam<string[]>, known: ReadonlySet<string> | undefined): ParsedParam<string[]>[] {
  if (!known || result.status === 'missing') return [result]
  const items = result.value ?? []
  const absent = items.filter((item) => !known.has(item))
  if (!absent.length) return [result]
  const kept = items.filter((item) => known.has(item))
  return result.status === 'invalid' ? [{ ...result, value: kept }, invalid('notFound', absent.join(','), kept)] : [invalid('notFound', absent.join(','), kept)]
}

export function routeNotes(route: NotedRoute, known: KnownData | null): RouteNote[] {
  const notes: RouteNote[] = []
  if (route.redirectedFrom) notes.push({ kind: 'page', path: quoteValue(route.redirectedFrom) })
  const name = isPageName(route.name) ? route.name : null
  const entries = queryEntries(route.query)
  if (!name) {
    // A page without parameters (none today): every parameter is one it does not read.
    for (const [param, value] of entries) notes.push({ kind: 'param', name: quoteValue(param), value: quoteValue(value ?? '') })
    return notes
  }
  const parsed = parseParams(PAGE_PARAMS[name], entries, { migrations: MIGRATIONS, routerValues: true })
  for (const { name: param, text } of parsed.unknown) notes.push({ kind: 'param', name: quoteValue(param), value: quoteValue(text) })

  // Each parameter's results (a list may be partly malformed and partly not found) and what stands in for it.
  const results = new Map<string, { list: ParsedParam<unknown>[]; instead?: string }>()
  const params = parsed.params as Record<string, ParsedParam<unknown>>
  for (const [param, result] of Object.entries(params)) results.set(param, { list: [result] })
  if (name === 'explore') {
    const selection = parseExplorerQuery(route.query)
    const metrics = checkList(params.metric as ParsedParam<string[]>, known?.metrics)
    const shownMetrics = usable(metrics.at(-1))
    results.set('metric', { list: metrics, instead: shownMetrics.length === 0 && known?.defaultMetric ? known.defaultMetric : undefined })
    const regions = checkList(params.region as ParsedParam<string[]>, known?.regions)
    results.set('region', { list: regions, instead: usable(regions.at(-1)).length === 0 ? 'all' : undefined })
    for (const param of ['view', 'sort', 'dir'] as const) results.set(param, { list: [params[param]], instead: selection[param] })
    // The region view's comparable group depends on the metric and selection: checked once the data is known.
    const slice = params.slice
    const sliceMetric = shownMetrics[0] ?? known?.defaultMetric
    if (slice.status === 'valid' && known && sliceMetric && selection.view === 'region' && !known.sliceKeys(selection, sliceMetric).includes(slice.value as string)) {
      results.set('slice', { list: [invalid('notFound', slice.value as string)] })
    }
  } else if (name === 'article') {
    // The article view's figure is checked against the data (the explorer's source panel says its own).
    const fig = params.fig
    if (fig.status === 'valid' && known && !known.figureIds.has(fig.value as string)) results.set('fig', { list: [invalid('notFound', fig.value as string)] })
  }
  const undecodable: InvalidNote[] = []
  const others: InvalidNote[] = []
  for (const [param, { list, instead }] of results) {
    for (const result of list) {
      if (result.status !== 'invalid') continue
      const note: InvalidNote = { kind: 'invalid', reason: result.reason, name: param, value: quoteValue(result.text) }
      if (instead !== undefined && result.reason !== 'undecodable') note.instead = instead
      ;(result.reason === 'undecodable' ? undecodable : others).push(note)
    }
  }
  // Text that cannot even be decoded first; the rest in the schema's order.
  return [...notes, ...undecodable, ...others]
}

/** The items a list parameter's last result still uses. */
function usable(result: ParsedParam<string[]> | undefined): string[] {
  return !result || result.status === 'missing' ? [] : (result.value ?? [])
}
