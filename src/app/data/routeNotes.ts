import type { LocationQuery } from 'vue-router'
import type { Figure } from '../../model/index.ts'
import { isLang } from '../i18n/lang.ts'
import { parseExplorerQuery, type ExplorerSelection } from '../stores/explorerQuery.ts'
import { leagueOf, regionLevel } from './regions.ts'

/**
 * What an address asked for that the app could not give, so a mistyped or stale link shows the defaults with a
 * sentence saying why instead of a blank page or a silent change. Pure: the route and what the data holds in,
 * notes out; the words are the component's.
 *
 * - `page`: no such page (the router sent the reader to the overview);
 * - `param`: a parameter the page does not read;
 * - `value`: a value the parameter never takes (`view=nope`, `period=20x4`);
 * - `missing`: a well-formed value that names nothing in these pages (`metric=no_such_metric`, `regions=999999`);
 * - `undecodable`: text that is not valid URL encoding (`%E0%A4%A`), used as written.
 */
export type RouteNote = { kind: 'page'; path: string } | { kind: 'param'; name: string; value: string } | ValueNote

/** `instead` names what is shown in its place when that is not plain: the default metric, `all` regions, a view. */
export interface ValueNote {
  kind: 'value' | 'missing' | 'undecodable'
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

/** `lang` and `q` are read on every page (the header's language switch and search box). */
const PARAMS: Record<string, readonly string[]> = {
  overview: ['q', 'lang'],
  explore: ['metric', 'breakdown', 'regions', 'period', 'basis', 'view', 'fig', 'slice', 'derived', 'sort', 'dir', 'q', 'lang'],
  article: ['fig', 'q', 'lang'],
  about: ['q', 'lang'],
}

/** Values are quoted back to the reader, shortened: a 5000-character parameter is a mistake, not a message. */
const QUOTE_MAX = 40

export function quoteValue(value: string): string {
  return value.length > QUOTE_MAX ? value.slice(0, QUOTE_MAX - 1) + '…' : value
}

function firstValue(value: LocationQuery[string] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : ''
}

function items(value: string): string[] {
  return [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))]
}

/**
 * The router hands back text it could not decode as written, so it still holds a `%XX` and still fails to
 * decode. (A stray `%`, as in `5%`, reads the same either way and needs no note.)
 */
function undecodable(text: string): boolean {
  if (!/%[0-9a-f]{2}/i.test(text)) return false
  try {
    // The result is used on purpose: the minifier drops a bare call it takes to be pure, and with it the throw.
    return decodeURIComponent(text) === ''
  } catch {
    return true
  }
}

export function routeNotes(route: NotedRoute, known: KnownData | null): RouteNote[] {
  const notes: RouteNote[] = []
  if (route.redirectedFrom) notes.push({ kind: 'page', path: quoteValue(route.redirectedFrom) })
  const params = PARAMS[route.name ?? ''] ?? []
  const query = route.query
  const undecoded = new Set<string>()
  for (const [name, raw] of Object.entries(query)) {
    const value = firstValue(raw)
    if (!params.includes(name)) {
      const written = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string' && v !== '')
      notes.push({ kind: 'param', name: quoteValue(name), value: quoteValue(written.join(',')) })
      continue
    }
    if (undecodable(value)) {
      undecoded.add(name)
      notes.push({ kind: 'undecodable', name, value: quoteValue(value) })
    }
  }
  const read = (name: string) => (params.includes(name) && !undecoded.has(name) ? firstValue(query[name]) : '')

  const lang = read('lang')
  if (lang && !isLang(lang)) notes.push({ kind: 'value', name: 'lang', value: quoteValue(lang) })
  if (route.name === 'explore') notes.push(...explorerNotes(query, read, known))
  if (route.name === 'article') {
    const fig = read('fig')
    if (fig && known && !known.figureIds.has(fig)) notes.push({ kind: 'missing', name: 'fig', value: quoteValue(fig) })
  }
  return notes
}

function explorerNotes(query: LocationQuery, read: (name: string) => string, known: KnownData | null): RouteNote[] {
  const notes: RouteNote[] = []
  const selection = parseExplorerQuery(query)
  const value = (name: string, v: string, instead?: string) => notes.push({ kind: 'value', name, value: quoteValue(v), instead })
  const missing = (name: string, v: string, instead?: string) => notes.push({ kind: 'missing', name, value: quoteValue(v), instead })

  // Metrics: dropped when malformed, and (once the data is known) when the pages report none of them.
  const askedMetrics = items(read('metric'))
  const shown = known ? selection.metrics.filter((m) => known.metrics.has(m)) : selection.metrics
  const metricInstead = shown.length === 0 && known?.defaultMetric ? known.defaultMetric : undefined
  for (const m of askedMetrics) {
    if (!selection.metrics.includes(m)) value('metric', m, metricInstead)
    else if (known && !known.metrics.has(m)) missing('metric', m, metricInstead)
  }

  const regionsLeft = selection.regions.filter((r) => !known || known.regions.has(r))
  const regionsInstead = regionsLeft.length === 0 ? 'all' : undefined
  const badRegions = items(read('regions')).filter((r) => !selection.regions.includes(r))
  if (badRegions.length) value('regions', badRegions.join(','), regionsInstead)
  const unknownRegions = known ? selection.regions.filter((r) => !known.regions.has(r)) : []
  if (unknownRegions.length) missing('regions', unknownRegions.join(','), regionsInstead)

  const period = read('period')
  if (period && !selection.years) value('period', period)
  const badBases = items(read('basis')).filter((b) => !(selection.bases as string[]).includes(b))
  if (badBases.length) value('basis', badBases.join(','))
  for (const name of ['view', 'sort', 'dir'] as const) {
    const asked = read(name)
    if (asked && asked !== selection[name]) value(name, asked, selection[name])
  }
  const derived = read('derived')
  if (derived && derived !== '1' && derived !== '0') value('derived', derived)

  const slice = read('slice')
  const sliceMetric = shown[0] ?? known?.defaultMetric
  if (slice && known && sliceMetric && selection.view === 'region' && !known.sliceKeys(selection, sliceMetric).includes(slice)) missing('slice', slice)
  return notes
}
