import type { Article, Dataset, Figure, IndicatorInfo, MetricInfo, MetricKey, PeriodBasis, Region, Series, SeriesPoint } from './index.ts'

/**
 * The dataset cut into files the app fetches per view (issue 12, item 4). Written by src/build/dataShards.ts,
 * read by src/app/data/loadShards.ts; these types are the contract between them.
 *
 * - `data/catalogue.json`: what exists (indicators, regions, years, coverage) and where its shards are. Its size
 *   grows with the number of indicators, regions and years, not with the number of pages.
 * - `data/lines/<indicator>.json`: the lines of one indicator as src/series joined them, each point with its
 *   value and the first of the figures that report it (not all of them): enough to draw the first chart, and
 *   bounded by regions × periods, not by pages.
 * - `data/series/<group>/<year>.json`: the figures of one indicator (group = the indicator key, or `-<metric>`
 *   for figures of no named indicator) whose period ends in that year (else starts; `undated` when neither).
 * - `data/provenance/<stem>.json`: one page's articles (with their text) and its figures, fetched when a reader
 *   opens a source or an article. `<stem>` is the page's name as ids carry it (`a` for a.txt), so a figure id
 *   (`a:120`) or an article id (`a-a1`) names its shard without any index of pages.
 */
export const CATALOGUE_PATH = 'data/catalogue.json'
export const SERIES_DIR = 'data/series'
export const PROVENANCE_DIR = 'data/provenance'
export const LINES_DIR = 'data/lines'
/** The list of articles, a few pages' worth per file: `data/articles/<n>.json`, n from 0. */
export const ARTICLES_DIR = 'data/articles'
/** Pages per file of the article list: one screen of the list, whatever the number of pages. */
export const PAGES_PER_INDEX = 50

/** An article as the list of articles shows it: its headline, date and how many figures it gives. */
export interface IndexedArticle extends ArticleStub {
  figures: number
}

/** A file of the article list: consecutive pages (in the dataset's order) with their articles. */
export interface ArticleIndexShard {
  pages: Array<{ file: string; articles: IndexedArticle[] }>
}

export function articleIndexPath(n: number): string {
  return `${ARTICLES_DIR}/${n}.json`
}

/** Each indicator's latest figure by `latestOf` (given by the app, whose order it is). */
export function latestFigures(dataset: Pick<Dataset, 'figures'>, latestOf: (figures: readonly Figure[]) => Figure): LatestFigures {
  const by = new Map<string, Figure[]>()
  for (const f of dataset.figures) if (f.indicator) push(by, f.indicator, f)
  const out: LatestFigures = {}
  for (const key of [...by.keys()].sort()) out[key] = latestOf(by.get(key)!)
  return out
}

/** The article list cut into files of PAGES_PER_INDEX pages each, in page order. */
export function articleIndexShards(dataset: Pick<Dataset, 'articles' | 'figures'>): ArticleIndexShard[] {
  const counts = new Map<string, number>()
  for (const f of dataset.figures) counts.set(f.source.articleId, (counts.get(f.source.articleId) ?? 0) + 1)
  const pages = new Map<string, IndexedArticle[]>()
  for (const a of dataset.articles) {
    const list = pages.get(a.file) ?? []
    list.push({ id: a.id, file: a.file, headline: a.headline, date: a.date, paper: a.paper, figures: counts.get(a.id) ?? 0 })
    pages.set(a.file, list)
  }
  const all = [...pages.entries()].map(([file, articles]) => ({ file, articles }))
  const out: ArticleIndexShard[] = []
  for (let i = 0; i < all.length; i += PAGES_PER_INDEX) out.push({ pages: all.slice(i, i + PAGES_PER_INDEX) })
  return out
}

/** Every page's stem, in file order: read only to fetch the whole dataset from its page shards. */
export const PAGES_PATH = 'data/pages.json'
/**
 * Most bytes of one indicator's lines shard. An indicator of regular series (a level per region and period) stays
 * far under it at any corpus size; one whose every report is its own one-point line (a project's total investment,
 * a new place each time) would grow with the pages: its longest lines are kept up to this size, and the chart
 * draws the rest when the figures arrive, after the first chart.
 */
export const LINES_BUDGET = 1_000_000

/** A point of a line as the first chart draws it: the first reporting figure and how many report it. */
export interface LinePoint extends Omit<SeriesPoint, 'figureIds' | 'conflicting'> {
  figureId: string
  /** How many figures report this point. */
  reports: number
  /** How many figures disagree with its value. */
  conflicts: number
}

/** A line of `data/lines/<indicator>.json`. */
export interface LineSketch extends Omit<Series, 'points'> {
  points: LinePoint[]
}

/** What a figure shard says of the articles its figures come from: enough for a source line, not the text. */
export type ArticleStub = Pick<Article, 'id' | 'file' | 'headline' | 'date' | 'paper'>

/** A stub as an article without text: a source line shows its headline; an article view waits for its page. */
export function articleOfStub(a: ArticleStub): Article {
  return { ...a, kicker: '', byline: '', dateline: '', region: { code: '', name: '' }, start: 0, end: 0, text: '', continuation: [] }
}

/** A file of `data/series/…`: figures (quotes included) and the articles they cite, without their text. */
export interface FigureShard {
  figures: Figure[]
  articles: ArticleStub[]
}

export interface ProvenanceShard {
  /** The page's file name. */
  file: string
  articles: Article[]
  /** Every figure of the page, with its quote. */
  figures: Figure[]
}

export interface FigureShardEntry {
  /** The indicator key, or null for figures of no named indicator (then `metric` says which family). */
  indicator: string | null
  metric: MetricKey
  /** Calendar year of the period's end (else start), or `undated`. */
  year: string
  /** Earliest start year of a figure in the shard (a span may begin years before its end); null when undated. */
  from: number | null
  path: string
  figures: number
  bytes: number
}

export interface IndicatorEntry {
  indicator: string
  metric: MetricKey
  figures: number
  /** Figures reporting the indicator as a whole (no breakdown), targets left out: those a card can show. */
  whole: number
  regions: number
  /** First and last year a figure's period touches; null when every figure is undated. */
  years: [number, number] | null
}

/**
 * `data/latest.json`: each indicator's latest figure (of the whole when reported), quote included, so a table of
 * every indicator needs no figure shard. Kept out of the catalogue, which every first view waits for.
 */
export const LATEST_PATH = 'data/latest.json'
export type LatestFigures = Record<string, Figure>

/**
 * `data/cards.json`: the overview's cards as the app computes them from all the figures of their indicators (the
 * headline figure, its growth, the same period a year earlier, the trend), with the headlines they cite. The first
 * view reads this one small file instead of years of figures. `H` is the app's card type.
 */
export const CARDS_PATH = 'data/cards.json'
export interface CardsFile<H = unknown> {
  cards: Array<{ indicator: string; headline: H }>
  articles: ArticleStub[]
}

export interface Catalogue {
  schemaVersion: 2
  coverage: { files: number; pages: number; articles: number; figures: number; firstDate: string | null; lastDate: string | null }
  /**
   * Figures per indicator × region × year (of the period's end; null when undated), the overview's coverage table:
   * positions in `indicators` and `regions`. Bounded by indicators × regions × years, whatever the pages.
   */
  cells: Array<[indicator: number, region: number, year: number | null, figures: number]>
  metrics: MetricInfo[]
  /** The indicator catalogue (names), as Dataset.indicators. */
  names: IndicatorInfo[]
  /** Indicators the pages report, most reported first. */
  indicators: IndicatorEntry[]
  /** Families reported, with their figure count (older links name a family). */
  families: Array<{ metric: MetricKey; figures: number }>
  regions: Array<Region & { figures: number }>
  /** Every year some figure's period touches, ascending. */
  years: number[]
  bases: PeriodBasis[]
  series: FigureShardEntry[]
  /** `series` and `points` count every line; `sketched` how many of them the shard holds (see LINES_BUDGET). */
  lines: Array<{ indicator: string; path: string; series: number; points: number; sketched: number; bytes: number }>
  /** `{stem}` stands for `pathSegment(stem of the file)`. */
  provenance: string
  /** The list of page stems (PAGES_PATH). */
  pages: string
  /** LATEST_PATH when the build wrote it, else null. */
  latest: string | null
  /** CARDS_PATH when the build wrote it, else null. */
  cards: string | null
  /** The article list: how many files of ARTICLES_DIR (`articleIndexPath(n)`, n < files) and pages each holds. */
  articleIndex: { files: number; pagesPerFile: number }
  /** The whole dataset as one file, when the build writes one (a corpus small enough), else null. */
  whole: string | null
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

/** The folder of an indicator's figure shards: its key, or `-<metric>` for figures of no named indicator. */
export function seriesGroup(indicator: string | null, metric: MetricKey): string {
  return indicator ?? `-${metric}`
}

export function seriesPath(indicator: string | null, metric: MetricKey, year: string): string {
  return `${SERIES_DIR}/${pathSegment(seriesGroup(indicator, metric))}/${year}.json`
}

export function linesPath(indicator: string): string {
  return `${LINES_DIR}/${pathSegment(indicator)}.json`
}

/** `a.txt` → `a`: the name figure and article ids carry (see src/pipeline/dataset.ts). */
export function fileStem(file: string): string {
  return file.endsWith('.txt') ? file.slice(0, -4) : file
}

export function provenancePath(stem: string): string {
  return `${PROVENANCE_DIR}/${pathSegment(stem)}.json`
}

/** The page stem of a figure id (`a:120`, `a.html:120`) or an article id (`a-a1`); null for anything else. */
export function stemOfId(id: string): string | null {
  const figure = /^(.+):\d+$/.exec(id)
  if (figure) return figure[1]
  const article = /^(.+)-a\d+$/.exec(id)
  return article ? article[1] : null
}

/** First and last calendar year of a figure's period, as the app's filters read it; null when undated. */
function periodYears(f: Figure): [number, number] | null {
  const start = f.period.start ?? f.period.end
  const end = f.period.end ?? f.period.start
  return start && end ? [Number(start.slice(0, 4)), Number(end.slice(0, 4))] : null
}

function figureYear(f: Figure): string {
  return (f.period.end ?? f.period.start)?.slice(0, 4) ?? 'undated'
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const bytes = (text: string) => new TextEncoder().encode(text).length

/** The lines in their order, less the shortest ones when all would be over LINES_BUDGET. */
function withinBudget(lines: LineSketch[]): LineSketch[] {
  const sizes = lines.map((l) => bytes(JSON.stringify(l)) + 1)
  if (sizes.reduce((a, b) => a + b, 2) <= LINES_BUDGET) return lines
  const longestFirst = lines.map((_, i) => i).sort((a, b) => lines[b].points.length - lines[a].points.length || a - b)
  const keep = new Set<number>()
  let total = 2
  for (const i of longestFirst) {
    if (total + sizes[i] > LINES_BUDGET) break
    keep.add(i)
    total += sizes[i]
  }
  return lines.filter((_, i) => keep.has(i))
}

/** A line with each point's first reporting figure and counts, not every figure id: bounded by periods, not pages. */
export function sketchLine(s: Series): LineSketch {
  return {
    ...s,
    points: s.points.map(({ figureIds, conflicting, ...p }) => ({ ...p, figureId: figureIds[0], reports: figureIds.length, conflicts: conflicting.length })),
  }
}

/**
 * Every shard of the dataset by path, as the JSON text to write (deterministic for the same dataset). With
 * `catalogueOnly`, only the catalogue and the page list (what an app holding the whole dataset needs to list
 * what exists); `whole` is the path of the whole dataset's file when the build writes one.
 */
export function dataShards(
  dataset: Dataset,
  options: {
    catalogueOnly?: boolean
    whole?: string | null
    latestOf?: (figures: readonly Figure[]) => Figure
    cardsOf?: (dataset: Dataset, catalogue: Catalogue) => CardsFile
  } = {},
): Map<string, string> {
  const out = new Map<string, string>()
  const series = new Map<string, Figure[]>()
  const pages = new Map<string, ProvenanceShard>()
  const page = (file: string) => {
    const stem = fileStem(file)
    let shard = pages.get(stem)
    if (!shard) pages.set(stem, (shard = { file, articles: [], figures: [] }))
    return shard
  }
  const stubs = new Map<string, ArticleStub>()
  for (const a of dataset.articles) {
    page(a.file).articles.push(a)
    stubs.set(a.id, { id: a.id, file: a.file, headline: a.headline, date: a.date, paper: a.paper })
  }
  const regions = new Map<string, Region & { figures: number }>()
  const indicators = new Map<string, IndicatorEntry & { regionSet: Set<string> }>()
  const families = new Map<string, number>()
  const years = new Set<number>()
  const bases = new Set<PeriodBasis>()
  const cells = new Map<string, number>()
  for (const f of dataset.figures) {
    page(f.source.file).figures.push(f)
    push(series, `${seriesGroup(f.indicator, f.metric)}\n${figureYear(f)}`, f)
    const region = regions.get(f.region.code) ?? { ...f.region, figures: 0 }
    region.figures++
    regions.set(f.region.code, region)
    families.set(f.metric, (families.get(f.metric) ?? 0) + 1)
    bases.add(f.period.basis)
    const span = periodYears(f)
    if (span) for (let y = span[0]; y <= span[1]; y++) years.add(y)
    if (!f.indicator) continue
    const cell = JSON.stringify([f.indicator, f.region.code, span ? span[1] : null])
    cells.set(cell, (cells.get(cell) ?? 0) + 1)
    const ind = indicators.get(f.indicator) ?? { indicator: f.indicator, metric: f.metric, figures: 0, whole: 0, regions: 0, years: null, regionSet: new Set() }
    ind.figures++
    if (f.breakdown === null && f.kind !== 'target') ind.whole++
    ind.regionSet.add(f.region.code)
    if (span) ind.years = ind.years ? [Math.min(ind.years[0], span[0]), Math.max(ind.years[1], span[1])] : span
    indicators.set(f.indicator, ind)
  }
  const catalogueSeries: Catalogue['series'] = []
  for (const key of [...series.keys()].sort()) {
    const [group, year] = key.split('\n')
    const figures = series.get(key)!
    const { indicator, metric } = figures[0]
    const path = seriesPath(indicator, metric, year)
    const cited = [...new Set(figures.map((f) => f.source.articleId))].map((id) => stubs.get(id)).filter((a): a is ArticleStub => a !== undefined)
    const shard: FigureShard = { figures, articles: cited }
    const text = options.catalogueOnly ? '' : JSON.stringify(shard)
    if (!options.catalogueOnly) out.set(path, text)
    const starts = figures.map((f) => periodYears(f)?.[0]).filter((y): y is number => y !== undefined)
    catalogueSeries.push({ indicator: group === seriesGroup(indicator, metric) ? indicator : null, metric, year, from: starts.length ? Math.min(...starts) : null, path, figures: figures.length, bytes: bytes(text) })
  }
  const lines = new Map<string, Series[]>()
  for (const s of dataset.series ?? []) push(lines, s.indicator, s)
  const catalogueLines: Catalogue['lines'] = []
  for (const indicator of [...lines.keys()].sort()) {
    const path = linesPath(indicator)
    const list = lines.get(indicator)!
    const kept = options.catalogueOnly ? list : withinBudget(list.map(sketchLine))
    const text = options.catalogueOnly ? '' : JSON.stringify(kept)
    if (!options.catalogueOnly) out.set(path, text)
    const points = list.reduce((n, s) => n + s.points.length, 0)
    catalogueLines.push({ indicator, path, series: list.length, points, sketched: kept.length, bytes: bytes(text) })
  }
  if (!options.catalogueOnly) for (const [stem, shard] of pages) out.set(provenancePath(stem), JSON.stringify(shard))
  if (options.latestOf && !options.catalogueOnly) out.set(LATEST_PATH, JSON.stringify(latestFigures(dataset, options.latestOf)))
  const articleIndex = articleIndexShards(dataset)
  if (!options.catalogueOnly) articleIndex.forEach((shard, n) => out.set(articleIndexPath(n), JSON.stringify(shard)))
  out.set(PAGES_PATH, JSON.stringify([...pages.keys()]))
  const dates = dataset.articles.map((a) => a.date).filter((d): d is string => d !== null).sort()
  const catalogue: Catalogue = {
    schemaVersion: 2,
    cells: [],
    coverage: {
      files: dataset.files.length,
      pages: new Set(dataset.articles.map((a) => a.file)).size,
      articles: dataset.articles.length,
      figures: dataset.figures.length,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
    },
    metrics: dataset.metrics,
    names: dataset.indicators,
    indicators: [...indicators.values()]
      .map(({ regionSet, ...e }) => ({ ...e, regions: regionSet.size }))
      .sort((a, b) => b.figures - a.figures || (a.indicator < b.indicator ? -1 : 1)),
    families: [...families.entries()].map(([metric, figures]) => ({ metric, figures })).sort((a, b) => b.figures - a.figures || (a.metric < b.metric ? -1 : 1)),
    regions: [...regions.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    years: [...years].sort((a, b) => a - b),
    bases: [...bases].sort(),
    series: catalogueSeries,
    lines: catalogueLines,
    provenance: `${PROVENANCE_DIR}/{stem}.json`,
    pages: PAGES_PATH,
    articleIndex: { files: articleIndex.length, pagesPerFile: PAGES_PER_INDEX },
    latest: options.latestOf ? LATEST_PATH : null,
    cards: options.cardsOf ? CARDS_PATH : null,
    whole: options.whole ?? null,
  }
  const indicatorAt = new Map(catalogue.indicators.map((e, i) => [e.indicator, i]))
  const regionAt = new Map(catalogue.regions.map((r, i) => [r.code, i]))
  catalogue.cells = [...cells.entries()]
    .map(([key, n]): Catalogue['cells'][number] => {
      const [indicator, region, year] = JSON.parse(key) as [string, string, number | null]
      return [indicatorAt.get(indicator)!, regionAt.get(region)!, year, n]
    })
    .sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] ?? -1) - (b[2] ?? -1))
  if (options.cardsOf && !options.catalogueOnly) out.set(CARDS_PATH, JSON.stringify(options.cardsOf(dataset, catalogue)))
  out.set(CATALOGUE_PATH, JSON.stringify(catalogue))
  return out
}
