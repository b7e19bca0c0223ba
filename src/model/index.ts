/**
 * The one model of the domain, shared by the pipeline, the search index and the app.
 * Everything here is plain data (JSON-serialisable) so it crosses stage boundaries and the network unchanged.
 */

/** The metric keys other tools rely on; any other key is a free-form snake_case indicator. */
export const CORE_METRICS = [
  'gdp',
  'gdp_per_capita',
  'value_added',
  'output_value',
  'cargo_volume',
  'investment',
  'funding',
] as const
export type CoreMetric = (typeof CORE_METRICS)[number]
export type MetricKey = CoreMetric | (string & {})

/**
 * The one definition of a metric or indicator key (gdp, port_cargo): lower-case snake_case, at most 64
 * characters. The dataset's validation, the dashboard's URLs and the embeds' options all check keys with it.
 */
export const METRIC_KEY = /^[a-z][a-z0-9_]{0,63}$/
/** A GB/T 2260 division code: six digits (`150000` Inner Mongolia, `100000` the whole country). */
export const REGION_CODE = /^\d{6}$/

/** How a figure relates to its indicator. */
export type FigureKind = 'level' | 'growth' | 'share' | 'target'

/** `>=` for 突破/超过/以上, `~` for 约/近/左右/余, `<` for 不到/不足, `<=` for 最高. */
export type Qualifier = '=' | '>=' | '>' | '~' | '<' | '<='

/**
 * Base units. Money is always yuan (CNY), mass tonnes, energy kWh, power kW, area m2 or mu.
 * `%` is a percentage (63 for 63%), `pp` a change of a rate in percentage points.
 */
export type Unit =
  | 'CNY'
  | 't'
  | 'TEU'
  | 'kW'
  | 'kWh'
  | 'mu'
  | 'm2'
  | 'km'
  | 'm'
  | 'person'
  | 'person_time'
  | 'household'
  | 'vehicle'
  | 'train'
  | 'enterprise'
  | 'project'
  | 'item'
  | 'head'
  | 'jin'
  | 'm3'
  | 'PFLOPS'
  | '%'
  | 'pp'
  | (string & {})

/** An administrative division: 6-digit GB/T 2260 code; `100000` is the whole country. */
export interface Region {
  code: string
  name: string
}

/**
 * What a period measures, so charts never join non-comparable figures:
 * `year` a full calendar year, `ytd` cumulative from 1 January (1—8月, 前三季度, 今年以来),
 * `quarter`/`month` a single quarter or month, `point` a stock at a date (总投资, 截至目前),
 * `span` any other run of time: several years (“十四五”以来, 2019年至2023年) or days (8月19日至25日, one 单日 figure's day),
 * `unknown` when the text gives no date.
 */
export type PeriodBasis = 'year' | 'ytd' | 'quarter' | 'month' | 'point' | 'span' | 'unknown'
export const PERIOD_BASES: readonly PeriodBasis[] = ['year', 'ytd', 'quarter', 'month', 'point', 'span', 'unknown']

export interface Period {
  /** ISO date `YYYY-MM-DD` or null when the text does not say. */
  start: string | null
  end: string | null
  basis: PeriodBasis
  /** The phrase the period was read from (全年, 前三季度, 截至8月底 …), or '' when implied by the article date. */
  phrase: string
}

export interface Source {
  file: string
  /** A verbatim substring of the file: the sentence that reports the figure. */
  quote: string
  /** Offset (UTF-16 code units) of the figure's number in the decoded file text. */
  offset: number
  /** Offset of the quote in the decoded file text. */
  quoteOffset: number
  articleId: string
}

/** Dimensions of a part of an indicator, by name: sector, industry, direction, commodity, ownership, scope. */
export type Breakdown = Record<string, string>

export interface Figure {
  id: string
  metric: MetricKey
  kind: FigureKind
  /** In base units; growth and share in percent (63 for 63%). */
  value: number
  unit: Unit
  qualifier: Qualifier
  region: Region
  /** Finest place named in the sentence (a banner, a port, a park), or null. */
  place: string | null
  period: Period
  /** The indicator as written (地区生产总值, 进出口货运量 …). */
  label: string
  /** The canonical indicator's key in the catalogue (`gdp`, `port_cargo` …), or null when none applies. */
  indicator: string | null
  /** What part of the indicator the figure is (`{sector: '制造业'}`, `{direction: 'import'}`), or null for the whole. */
  breakdown: Breakdown | null
  /**
   * For a growth against another base than the same period a year earlier: `环比` (the period before), `两年平均`
   * (a two-year average), `较2019年` (a named year). Absent for ordinary year-on-year growth and for levels.
   * Charts keep such growths off the year-on-year line.
   */
  comparison?: string
  /** The number as written, with its unit (450万吨, 1234.5亿元). */
  raw: string
  source: Source
}

export interface Article {
  id: string
  file: string
  headline: string
  /** A second headline line (kicker or subtitle), or ''. */
  kicker: string
  byline: string
  dateline: string
  /** Publication date `YYYY-MM-DD`, or null when neither the page nor sources.json gives one. */
  date: string | null
  paper: string | null
  region: Region
  /** Offsets of the article in the decoded file text; `text` is `fileText.slice(start, end)`. */
  start: number
  end: number
  text: string
  /** `上接第1版` / `下转第5版` markers found in the article. */
  continuation: string[]
}

/**
 * What a reader is shown for an article: its headline, or, for a page whose headline the splitter could not tell
 * (a repost that starts with its text, an e-paper page of pictures), its paper and date, else its file. A source
 * line or a card never reads an empty `来源:`.
 */
export function articleTitle(article: Pick<Article, 'headline' | 'paper' | 'date' | 'file'>): string {
  if (article.headline.trim()) return article.headline
  const paperDate = [article.paper, article.date].filter((part): part is string => !!part && part.trim() !== '').join(' · ')
  return paperDate || article.file
}

/** A number seen in a page but not reported as a figure, with why. */
export interface SetAside {
  raw: string
  offset: number
  reason: SetAsideReason
}
export type SetAsideReason =
  | 'phone'
  | 'date'
  | 'year'
  | 'time'
  | 'age'
  | 'rank'
  | 'ordinal'
  | 'code'
  | 'no-label'
  | 'duration'
  | 'count-of-events'
  | 'list-number'
  /** Another province's rate in a ranking (增速快于我区的有青海(11.3%)、贵州(9.8%)): outside the region the data cover. */
  | 'other-province'
  /** A neighbouring country's own figure (蒙古国煤炭出口量, quoted from its statistics): outside the region too. */
  | 'foreign-country'
  /** More digits than a number can hold (a run of thousands of digits): never a figure with an infinite value. */
  | 'too-long'
  /** A period read as ending before it starts: a reading gone wrong, listed here rather than charted. */
  | 'reversed-period'
  | 'other'

export type FileStatus = 'ok' | 'empty' | 'skipped'

export interface FileReport {
  file: string
  status: FileStatus
  /** Encoding the file was decoded with (utf-8, utf-8-bom, gb18030, utf-16le, utf-16be), or null when skipped. */
  encoding: string | null
  /** Why a file was skipped or empty. */
  reason: string | null
  bytes: number
  articles: number
  numbersSeen: number
  figures: number
  figuresByMetric: Record<string, number>
  setAside: SetAside[]
  date: string | null
  paper: string | null
}

/** What an indicator counts, for axes and unit checks. */
export type UnitKind = 'money' | 'mass' | 'count' | 'percent' | 'other'

/** A canonical indicator of the catalogue: one line per indicator × breakdown × region × period type in the charts. */
export interface IndicatorInfo {
  key: string
  zh: string
  en: string
  /** The metric family its figures belong to (gdp, value_added, cargo_volume …). */
  metric: MetricKey
  unitKind: UnitKind
}

export interface MetricInfo {
  key: MetricKey
  zh: string
  en: string
}

export interface Dataset {
  schemaVersion: 1
  figures: Figure[]
  articles: Article[]
  files: FileReport[]
  metrics: MetricInfo[]
  /** The indicator catalogue: every indicator a figure's `indicator` may name. */
  indicators: IndicatorInfo[]
  /** Figures of named indicators joined into lines (see src/series), computed when the dataset is built. */
  series?: Series[]
}

/**
 * What a line may join: full years, single quarters or months, year-to-date sums ending on the same day of the
 * year (`ytd:06-30` joins 1—6月 of every year), stocks at a date (`point`).
 */
export type PeriodType = 'year' | 'quarter' | 'month' | 'point' | `ytd:${string}`

/** One fact of a series: every figure that reports it (headline, body, another article) cites it. */
export interface SeriesPoint {
  start: string | null
  end: string
  /** The value shown: the exact one when a bound (突破250万吨) and an exact figure (253万吨) agree. */
  value: number
  qualifier: Qualifier
  /** The figures that report this value, the one the value is taken from first. */
  figureIds: string[]
  /** Figures for the same point whose values disagree beyond rounding and qualifiers; empty when none. */
  conflicting: string[]
}

/** One line: indicator × breakdown × region × place × period type, and the figure's kind and unit. */
export interface Series {
  key: string
  indicator: string
  breakdown: Breakdown | null
  region: Region
  place: string | null
  periodType: PeriodType
  kind: FigureKind
  unit: Unit
  /** Oldest first. */
  points: SeriesPoint[]
}

/** Optional `seeds/sources.json`: what is known about a file that its text may not say. */
export interface SourceMeta {
  date?: string
  paper?: string
  region?: string
}
export type SourcesJson = Record<string, SourceMeta>
