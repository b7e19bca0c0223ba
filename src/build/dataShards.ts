import type { Article, Dataset, Figure, FigureKind, MetricInfo, MetricKey, Series, Unit } from '../model/index.ts'

/**
 * The dataset cut into files the app can fetch per view (issue 12, item 4; the app does not read them yet):
 *
 * - `data/catalogue.json`: what exists (indicators, regions, coverage) and where its series are. Its size
 *   grows with the number of indicators, regions and years, not with the number of pages.
 * - `data/series/<metric>/<year>.json`: the figures of one indicator in one year (by the period's end, else
 *   its start; `undated` when the text gives neither), without their quotes.
 * - `data/lines/<indicator>.json`: the lines of one indicator as src/series joined them (every breakdown,
 *   region, place and period type), so a time chart draws without regrouping figures.
 * - `data/provenance/<file>.json`: one page's articles (with their text) and its figures' quotes, fetched when
 *   a reader opens a source. The path comes from the figure's `source.file`, so no index lists the pages.
 */
export const CATALOGUE_PATH = 'data/catalogue.json'
export const SERIES_DIR = 'data/series'
export const PROVENANCE_DIR = 'data/provenance'
export const LINES_DIR = 'data/lines'

/** A figure in a series shard: its quote and the quote's offset are in the page's provenance shard. */
export type SeriesFigure = Omit<Figure, 'source'> & { source: Omit<Figure['source'], 'quote' | 'quoteOffset'> }

export interface ProvenanceShard {
  file: string
  articles: Article[]
  /** By figure id. */
  quotes: Record<string, { quote: string; quoteOffset: number }>
}

export interface Catalogue {
  schemaVersion: 1
  coverage: { files: number; articles: number; figures: number; firstDate: string | null; lastDate: string | null }
  metrics: MetricInfo[]
  indicators: Array<{ metric: MetricKey; figures: number; kinds: FigureKind[]; units: Unit[]; first: string | null; last: string | null }>
  regions: Array<{ code: string; name: string; figures: number }>
  series: Array<{ metric: MetricKey; year: string; path: string; figures: number; bytes: number }>
  /** The joined lines (dataset.series) by indicator. */
  lines: Array<{ indicator: string; path: string; series: number; points: number; bytes: number }>
  /** `{file}` stands for `pathSegment(source.file)`. */
  provenance: string
}

/**
 * A file or metric name as one path segment that is the same on disk and in a URL (no `%`, which servers decode):
 * every UTF-8 byte outside `A-Za-z0-9_-` and inner dots is written `~xx`, `~` included, so names never collide.
 */
export function pathSegment(name: string): string {
  let out = ''
  for (const byte of new TextEncoder().encode(name)) {
    const c = String.fromCharCode(byte)
    out += /[A-Za-z0-9_-]/.test(c) || (c === '.' && out !== '') ? c : `~${byte.toString(16).padStart(2, '0')}`
  }
  return out
}

export function seriesPath(metric: MetricKey, year: string): string {
  return `${SERIES_DIR}/${pathSegment(metric)}/${year}.json`
}

export function linesPath(indicator: string): string {
  return `${LINES_DIR}/${pathSegment(indicator)}.json`
}

export function provenancePath(file: string): string {
  return `${PROVENANCE_DIR}/${pathSegment(file)}.json`
}

function figureYear(f: Figure): string {
  return (f.period.end ?? f.period.start)?.slice(0, 4) ?? 'undated'
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Every shard of the dataset by path, as the JSON text to write (deterministic for the same dataset). */
export function dataShards(dataset: Dataset): Map<string, string> {
  const out = new Map<string, string>()
  const series = new Map<string, SeriesFigure[]>()
  const pages = new Map<string, ProvenanceShard>()
  const page = (file: string) => {
    let shard = pages.get(file)
    if (!shard) pages.set(file, (shard = { file, articles: [], quotes: {} }))
    return shard
  }
  for (const a of dataset.articles) page(a.file).articles.push(a)
  const regions = new Map<string, { code: string; name: string; figures: number }>()
  const indicators = new Map<MetricKey, Catalogue['indicators'][number]>()
  for (const f of dataset.figures) {
    const { quote, quoteOffset, ...source } = f.source
    page(source.file).quotes[f.id] = { quote, quoteOffset }
    push(series, `${f.metric}\n${figureYear(f)}`, { ...f, source })
    const region = regions.get(f.region.code) ?? { ...f.region, figures: 0 }
    region.figures++
    regions.set(f.region.code, region)
    const ind = indicators.get(f.metric) ?? { metric: f.metric, figures: 0, kinds: [], units: [], first: null, last: null }
    ind.figures++
    if (!ind.kinds.includes(f.kind)) ind.kinds.push(f.kind)
    if (!ind.units.includes(f.unit)) ind.units.push(f.unit)
    const start = f.period.start ?? f.period.end
    const end = f.period.end ?? f.period.start
    if (start && (ind.first === null || start < ind.first)) ind.first = start
    if (end && (ind.last === null || end > ind.last)) ind.last = end
    indicators.set(f.metric, ind)
  }
  const catalogueSeries: Catalogue['series'] = []
  for (const key of [...series.keys()].sort()) {
    const [metric, year] = key.split('\n')
    const path = seriesPath(metric, year)
    const text = JSON.stringify(series.get(key))
    out.set(path, text)
    catalogueSeries.push({ metric, year, path, figures: series.get(key)!.length, bytes: new TextEncoder().encode(text).length })
  }
  const lines = new Map<string, Series[]>()
  for (const s of dataset.series ?? []) push(lines, s.indicator, s)
  const catalogueLines: Catalogue['lines'] = []
  for (const indicator of [...lines.keys()].sort()) {
    const path = linesPath(indicator)
    const list = lines.get(indicator)!
    const text = JSON.stringify(list)
    out.set(path, text)
    const points = list.reduce((n, s) => n + s.points.length, 0)
    catalogueLines.push({ indicator, path, series: list.length, points, bytes: new TextEncoder().encode(text).length })
  }
  for (const [file, shard] of pages) out.set(provenancePath(file), JSON.stringify(shard))
  const dates = dataset.articles.map((a) => a.date).filter((d): d is string => d !== null).sort()
  const catalogue: Catalogue = {
    schemaVersion: 1,
    coverage: {
      files: dataset.files.length,
      articles: dataset.articles.length,
      figures: dataset.figures.length,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
    },
    metrics: dataset.metrics,
    indicators: [...indicators.values()].sort((a, b) => b.figures - a.figures || (a.metric < b.metric ? -1 : 1)),
    regions: [...regions.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    series: catalogueSeries,
    lines: catalogueLines,
    provenance: `${PROVENANCE_DIR}/{file}.json`,
  }
  out.set(CATALOGUE_PATH, JSON.stringify(catalogue))
  return out
}
