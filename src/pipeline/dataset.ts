import type {
  Article,
  Breakdown,
  Dataset,
  FigureKind,
  Figure,
  FileReport,
  Period,
  Region,
  SetAside,
  SourceMeta,
  SourcesJson,
} from '../model/index.ts'
import { decodePage } from './decode.ts'
import { divisionTable } from '../model/divisions.ts'
import { articleTester, INDICATOR_CATALOGUE, indicatorOf, withoutCountyScope } from './indicators.ts'
import { isNamed, MAX_PARTS, METRICS, readMetrics, type MetricReading, type PreviousReading } from './metrics.ts'
import { composeViews, htmlText, isHtml } from './html.ts'
import { dropNoise } from './noise.ts'
import { normalize } from './normalize.ts'
import { readTables } from './tables.ts'
import { FOREIGN_COUNTRIES, OWN_FLOW_WORDS } from './lexicon/foreign.ts'
import { COMMODITIES } from './lexicon/indicators.ts'
import { INLINE_HEADING } from './lexicon/sections.ts'
import { carriedPeriod, citedDate, datedPairIn, isMonthAside, reportYearOfPage, resolveArticleDate, resolvePageDate, resolvePeriod, yearCueOfArticle } from './periods.ts'
import type { PageDate, PeriodContext } from './periods.ts'
import { findQuantities, type Quantity } from './quantities.ts'
import { createRegionMap, type PlaceMention, type RegionMap } from './regions.ts'
import { splitArticles, splitSentences, type ArticleSpan, type Sentence } from './split.ts'
import type { TextView } from './text.ts'

export interface CorpusFile {
  name: string
  bytes: Uint8Array
}

export interface ExtractOptions {
  sources?: SourcesJson
  log?: (message: string) => void
}

export const INNER_MONGOLIA: Region = { code: '150000', name: '内蒙古自治区' }

let sharedRegionMap: RegionMap | null = null
/** Built once: the division table is large and the same for every page. */
export function regionMap(): RegionMap {
  return (sharedRegionMap ??= createRegionMap(divisionTable()))
}

/** Turns a folder's worth of page files into the dataset. Pure: file access stays with the caller. */
export function extractCorpus(files: CorpusFile[], options: ExtractOptions = {}): Dataset {
  return mergePages(
    files.map((file) => extractFile(file, options.sources?.[file.name] ?? {})),
    options.log,
  )
}

/** One file's result as plain data (a cache or a worker can carry it); `notes` are the messages to log for it. */
export interface FileExtraction extends PageExtraction {
  notes: string[]
}

/** Decodes and extracts one file: the unit of work that callers may cache, spread over workers or machines. */
export function extractFile(file: CorpusFile, meta: SourceMeta = {}): FileExtraction {
  const decoded = decodePage(file.bytes)
  if (!decoded.ok) {
    const report = emptyReport(file.name, file.bytes.length, 'skipped', null, decoded.reason)
    return { articles: [], figures: [], report, notes: [`${file.name}: skipped: ${decoded.reason}`] }
  }
  const notes = decoded.note ? [`${file.name}: ${decoded.note}`] : []
  const page = extractPage(file.name, decoded.text, meta)
  page.report.encoding = decoded.encoding
  page.report.bytes = file.bytes.length
  if (page.report.status === 'empty') notes.push(`${file.name}: ${page.report.reason}`)
  return { ...page, notes }
}

/** Assembles per-file results into the dataset, in file-name order whatever order they arrive in. */
export function mergePages(pages: Iterable<FileExtraction>, log: (message: string) => void = () => {}): Dataset {
  const figures: Figure[] = []
  const articles: Article[] = []
  const reports: FileReport[] = []
  const byName = (a: FileExtraction, b: FileExtraction) => (a.report.file < b.report.file ? -1 : a.report.file > b.report.file ? 1 : 0)
  for (const page of [...pages].sort(byName)) {
    for (const note of page.notes) log(note)
    // Not push(...page.figures): a 100 MB page has more figures than a call may take arguments.
    for (const f of page.figures) figures.push(f)
    for (const a of page.articles) articles.push(a)
    reports.push(page.report)
  }
  return { schemaVersion: 1, figures, articles, files: reports, metrics: [...METRICS], indicators: [...INDICATOR_CATALOGUE] }
}

function emptyReport(file: string, bytes: number, status: FileReport['status'], encoding: string | null, reason: string | null): FileReport {
  return {
    file,
    status,
    encoding,
    reason,
    bytes,
    articles: 0,
    numbersSeen: 0,
    figures: 0,
    figuresByMetric: {},
    setAside: [],
    date: null,
    paper: null,
  }
}

/**
 * Ids are unique by construction: a file name is unique in its folder, an offset in its file. The extension stays
 * (a.txt and a.html are two pages); a `.txt` is dropped for short ids, and no other page can then be named `a`.
 */
function fileStem(name: string): string {
  return name.endsWith('.txt') ? name.slice(0, -4) : name
}

export interface PageExtraction {
  articles: Article[]
  figures: Figure[]
  report: FileReport
}

/**
 * A page whose text never names its place (前三季度,我市地区生产总值…) is from its paper's league or banner when the
 * sources file names a local paper (某某日报, 某某新闻网 of a league): read only when the text gives no home, and only
 * a place of the home province below it (a 内蒙古日报 repost stays the region's).
 */
function homeOfPaper(paper: string | undefined, regions: RegionMap): Region | null {
  if (!paper) return null
  for (const p of regions.findPlaces(paper)) {
    if ((p.level === 'city' || p.level === 'county') && regions.isWithin(p.code, INNER_MONGOLIA.code)) return regions.region(p.code)
  }
  return null
}
/** Extracts one page's articles and figures from its decoded text. */
export function extractPage(fileName: string, fileText: string, meta: SourceMeta = {}): PageExtraction {
  const report = emptyReport(fileName, fileText.length, 'ok', 'utf-8', null)
  report.paper = meta.paper ?? null
  // An HTML page is read as the text it shows; offsets still point into the .html file.
  const page = isHtml(fileName, fileText) ? htmlText(fileText) : null
  const view = page ? composeViews(page, dropNoise(normalize(page.text))) : dropNoise(normalize(fileText))
  if (view.text.trim() === '') {
    report.status = 'empty'
    report.reason = 'empty file: no text'
    return { articles: [], figures: [], report }
  }
  const regions = regionMap()
  const pageDate = resolvePageDate(view.text, meta)
  report.date = pageDate.date
  const home = (meta.region && regions.region(meta.region)) || regions.inferHomeRegion(view.text) || homeOfPaper(meta.paper, regions) || INNER_MONGOLIA
  const stem = fileStem(fileName)
  const articles: Article[] = []
  const figures: Figure[] = []

  // Looked for once per page, not by slicing and scanning the file's text again for each article.
  const mayHoldMarkup = fileText !== view.text && fileText.includes('<')
  const reportYear = reportYearOfPage(view.text, pageDate)
  // A title the splitter left alone above its text, in a stretch of furniture (`某旗项目建设提速` then `(资料图)`):
  // the next article takes it when it has none of its own.
  let strandedTitle: Pick<Article, 'headline' | 'kicker'> | null = null
  splitArticles(view).forEach((span, index) => {
    const article = makeArticle(fileName, fileText, view, span, `${stem}-a${index + 1}`, pageDate, meta, home)
    const found = extractArticle(fileText, view, span, article, home, pageDate, reportYear, report, mayHoldMarkup)
    // A stretch of the site's own furniture (a masthead and location bar, a footer of links and licences) is not
    // an article to list: it reports no figure and holds neither a sentence of prose nor a table. Ids keep their
    // place (`-a1` may be gone, `-a2` is still `-a2`).
    if (found.length === 0 && !hasProse(article.text) && !hasTable(article.text)) {
      strandedTitle = article.headline ? { headline: article.headline, kicker: article.kicker } : null
      return
    }
    if (strandedTitle && !article.headline) Object.assign(article, strandedTitle)
    strandedTitle = null
    articles.push(article)
    for (const f of found) figures.push(f)
  })

  report.articles = articles.length
  report.figures = figures.length
  // Counted in a map, then written in the order first met: keyed stores into the report object per figure were slow.
  const byMetric = new Map<string, number>()
  for (const f of figures) byMetric.set(f.metric, (byMetric.get(f.metric) ?? 0) + 1)
  for (const [metric, n] of byMetric) report.figuresByMetric[metric] = n
  report.numbersSeen = figures.length + report.setAside.length
  if (figures.length === 0 && report.reason === null) report.reason = 'no figures found'
  return { articles, figures, report }
}

/** A run of words that ends as a sentence does (`…完成投资38亿元。`), as no menu, link list or licence line does. */
const PROSE_SENTENCE = /[\u4e00-\u9fff][^\n。！？!?]{7,}[。！？!?]/

function hasProse(text: string): boolean {
  return PROSE_SENTENCE.test(text)
}

/** Two lines of cells (tab- or `|`-separated): a table, as a bulletin or a list of duties prints one. */
const TABLE_ROW = /^[^\n]*(?:\t[^\n]*\t|\|[^\n]*\|[^\n]*\|)[^\n]*$/gm

function hasTable(text: string): boolean {
  return (text.match(TABLE_ROW)?.length ?? 0) >= 2
}

function makeArticle(
  fileName: string,
  fileText: string,
  view: TextView,
  span: ArticleSpan,
  id: string,
  pageDate: ReturnType<typeof resolvePageDate>,
  meta: SourceMeta,
  home: Region,
): Article {
  const text = view.text.slice(span.start, span.end)
  const start = view.origin[span.start] ?? 0
  const end = span.end > span.start ? view.origin[span.end - 1] + 1 : start
  return {
    id,
    file: fileName,
    headline: span.headline,
    kicker: span.kicker,
    byline: span.byline,
    dateline: span.dateline,
    date: resolveArticleDate(text, pageDate),
    paper: meta.paper ?? null,
    region: regionMap().regionOfSpan(view.text, span.start, span.end, home),
    start,
    end,
    text: fileText.slice(start, end),
    continuation: span.continuation,
  }
}

/** Views of the headline lines of an article (they carry figures too: a figure in the headline and the body appears twice). */
function headlineSentences(view: TextView, span: ArticleSpan): Sentence[] {
  const out: Sentence[] = []
  // A kicker of two title lines is joined by a space and is not in the page as such: read its lines one by one.
  // (Only a kicker with a space can be such a join: looking the others up in the rest of the page was costly.)
  const joined = span.kicker.includes(' ') && !view.text.includes(span.kicker, span.start)
  const kicker = joined ? span.kicker.split(' ') : [span.kicker]
  // A kicker that repeats the headline word for word (as reposts print it) is two lines, never one line read twice.
  const used = new Set<number>()
  for (const line of [...kicker, span.headline]) {
    if (!line) continue
    let at = view.text.indexOf(line, span.start)
    while (at >= 0 && used.has(at)) at = view.text.indexOf(line, at + 1)
    if (at < 0 || at >= span.end) continue
    used.add(at)
    out.push({ text: line, origin: view.origin.subarray(at, at + line.length), paragraph: -1, start: at, end: at + line.length })
  }
  // In the order the page prints them: a title's second line (…货运量21亿吨 / 同比增长10%) goes on from its first.
  return out.sort((a, b) => a.start - b.start)
}

interface Carry {
  paragraph: number
  period: Period | null
  /** The last span of several years the paragraph stated (“十一五”, 2016—2020年): what its averages run over. */
  span: Period | null
  region: Region | null
  reading: MetricReading | null
  /** The last level in each unit, and the parts of totals, read so far in the paragraph. */
  byUnit: Map<string, MetricReading>
  byKind: Map<FigureKind, MetricReading>
  parts: MetricReading[]
  /** The period of the last stock total (a project's 总投资) read in the paragraph, by metric: what its parts stand at. */
  stocks: Map<string, Period>
}

const newCarry = (paragraph: number): Carry => ({
  paragraph,
  period: null,
  span: null,
  region: null,
  reading: null,
  byUnit: new Map(),
  byKind: new Map(),
  parts: [],
  stocks: new Map(),
})

function extractArticle(
  fileText: string,
  view: TextView,
  span: ArticleSpan,
  article: Article,
  home: Region,
  pageDate: PageDate,
  /** The year the page reports on when it is one year's bulletin or review (reportYearOfPage). */
  reportYear: number | null,
  report: FileReport,
  /** Whether the file differs from its text and holds a '<' at all: only then may an article's slice of it hold markup. */
  mayHoldMarkup: boolean,
): Figure[] {
  const regions = regionMap()
  const articleText = view.text.slice(span.start, span.end)
  const markup = mayHoldMarkup && /<[a-zA-Z!/]/.test(fileText.slice(view.origin[span.start] ?? 0, (view.origin[span.end - 1] ?? 0) + 1))
  const pageYear = pageDate.year
  const ownYear = yearCueOfArticle(articleText, { date: article.date, year: pageYear, evidence: '' })
  // A part of a year's bulletin cut off from its title by a table or heading still reports the title's year.
  const year = ownYear === pageYear && reportYear !== null && !span.dateline ? reportYear : ownYear
  // What stands "now" in the story (a stock, the year so far) is as of the date.
  const asOf = citedDate(article.date, pageDate)
  const articleHas = articleTester(articleText)
  const idStem = fileStem(article.file)
  const headlines = headlineSentences(view, span)
  // A table's rows read as sentences of their own; the prose reader would run its cells together.
  const tables = readTables(view, span.bodyStart, span.bodyEnd)
  const body = tables.covered.length
    ? [...splitSentences(view, span.bodyStart, span.bodyEnd).filter((s) => !inTable(s, tables.covered)), ...tables.sentences].sort((a, b) => a.start - b.start || a.paragraph - b.paragraph)
    : splitSentences(view, span.bodyStart, span.bodyEnd)
  const cutOff = cutOffOfHeadlines(headlines, { articleDate: asOf, year, inherited: null })
  const figures: Figure[] = []
  const headlineFigures: Figure[] = []
  let articlePeriod: Period | null = null
  let topic: PreviousReading | null = null
  let carry = newCarry(-2)
  /** The last figure of the article's earlier paragraphs. */
  let recent: MetricReading | null = null
  /** The sentence before, for one that refers back to the places it listed (上述口岸…分别为). */
  let lastSentence: Sentence | null = null
  /** The period the article's first paragraph states (1—4月,全市…): what later paragraphs' flows report too. */
  let leadParagraph: number | null = null
  let leadPeriod: Period | null = null
  /** The last year the article names that has not ended when it appeared (2030年,全县要…): what its plans are for. */
  let planYear: number | null = null
  /** The years of the last dated 由X到Y of a review of past years (see PeriodContext.reviewPair). */
  let reviewPair: [number, number] | null = null
  /** The pair the sentence just read dated, for the sentences after it. */
  let datedPair: [number, number] | null = null

  /** Figures of an inline heading (亮点一:…突破900亿元。) with no period, and their paragraph's figures after them. */
  const headed: { figure: Figure; paragraph: number }[] = []
  /** Amounts of the title that name nothing (see below), with where they are. */
  const untitled: { q: Quantity; sentence: Sentence; quote: string; quoteStart: number }[] = []
  const paragraphOf = new Map<Figure, number>()

  for (const sentence of [...headlines, ...body]) {
    const isHeadline = sentence.paragraph === -1
    const opensParagraph = sentence.paragraph !== carry.paragraph
    if (opensParagraph) {
      recent = carry.reading ?? recent
      carry = newCarry(sentence.paragraph)
      // A line of a growth alone (a title on two lines, …货运量21亿吨 / 同比增长10%) goes on from the line before.
      if (!isHeadline && recent && GROWTH_LINE.test(sentence.text)) carry.reading = recent
    }
    const before = lastSentence !== null && lastSentence.paragraph === sentence.paragraph && !isHeadline ? lastSentence.text : null
    // The sentence before dated a pair of past years (由2010年的X增加到2015年的Y): later pairs of the review span them.
    if (datedPair) reviewPair = datedPair
    datedPair = null
    lastSentence = sentence
    const { quantities, setAside } = findQuantities(sentence.text)
    for (const s of setAside) report.setAside.push(asideAt(sentence, s.start, s.raw, s.reason))
    if (quantities.length === 0) {
      // A sentence or a kicker (截至8月底) that only sets the period still governs what follows it.
      const stated = carriedPeriod(sentence.text, { articleDate: asOf, year, inherited: null })
      // 今年以来,县财政积极作为…: a lead of no figures that states the year so far is what the article's flows report.
      if (stated && !isHeadline && leadParagraph === null && stated.basis === 'ytd' && stated.end === asOf) leadPeriod ??= stated
      if (stated && isHeadline) articlePeriod = stated
      // 工程计划9月开工,12月底并网发电: a schedule dates events to come, not the figures after it.
      else if (stated && !(SCHEDULE_PLAN.test(sentence.text) && SCHEDULE_EVENT.test(sentence.text) && !/截[至止]/.test(sentence.text))) carry.period = stated
      planYear = planYearAfter(stated, planYear, asOf)
      continue
    }
    // Same hints as resolveRegion's, so the places are read once per sentence.
    const hints = [article.region.code, carry.region?.code, home.code].filter((c): c is string => !!c)
    const placeNames = regions.findPlaces(sentence.text, hints).map((p) => p.written)
    const listedBefore = before !== null ? placesListedBefore(sentence.text, before, quantities, regions, hints, home) : null
    /** The goods each direction of trade was last named with in the sentence (进口煤炭450万吨 → import: 煤炭). */
    const sentenceGoods = new Map<string, string>()
    const readings = readMetrics(sentence.text, quantities, {
      placeNames,
      carried: carry.reading,
      carriedByUnit: carry.byUnit,
      carriedByKind: carry.byKind,
      carriedParts: carry.parts,
      recent,
      topic,
    })
    // A year named in the sentence is what 上年 and 当年 count from, not the period of its own earlier figures.
    const inherited = carry.period ?? articlePeriod
    const quoteStart = sentence.origin[0]
    const quote = fileText.slice(quoteStart, sentence.origin[sentence.text.length - 1] + 1)
    // A loop rather than forEach: a callback made per sentence, capturing this much of the article, cost more than it did.
    for (let i = 0; i < quantities.length; i++) {
      const q = quantities[i]
      let reading = readings[i]
      if (!reading) {
        // A title's amount its words name nothing of (北京5年向某地“输血”39亿元) waits for the body's figure of it.
        // (so does a short line before the body's first figure: a page's chrome may stand where its title is looked for)
        const titleLike = isHeadline || (leadParagraph === null && sentence.text.length <= TITLE_LINE_MAX && !/[。;,]/.test(sentence.text))
        if (titleLike && q.form === 'amount' && q.unit !== '') untitled.push({ q, sentence, quote, quoteStart })
        else report.setAside.push(asideAt(sentence, q.start, q.raw, 'no-label'))
        continue
      }
      // 高于全国平均水平(6.3%): the country's figure, though 全国 elsewhere in a comparison is no figure's scope.
      const national = reading.subjectAt != null && NATIONAL_BEFORE.test(sentence.text.slice(0, reading.subjectAt)) ? regions.region('100000') : null
      const located = national
        ? { region: national, place: null, scope: 'explicit' as const }
        : listedBefore?.get(i) ?? regions.resolveRegion(sentence.text, reading.subjectAt ?? q.start, { home, articleRegion: article.region, inherited: carry.region })
      // 蒙古国煤炭出口量累计为X万吨,同比增长Y%: a neighbouring country's own exports or output, quoted from its statistics,
      // are no figure of the region (进口蒙古国原煤, a share of 蒙方 exports are).
      if (reading.kind !== 'share' && FOREIGN_OWN_FLOW.test(reading.label)) {
        report.setAside.push(asideAt(sentence, q.start, q.raw, 'foreign-country'))
        continue
      }
      // 居全国第6位,增速快于我区的有青海(11.3%)、贵州(9.8%): other provinces' rates, named only to rank the region's.
      if (reading.subjectAt != null && located.scope === 'explicit' && isOtherProvince(located.region.code, home.code)) {
        report.setAside.push(asideAt(sentence, q.start, q.raw, 'other-province'))
        continue
      }
      let period = resolvePeriod(sentence.text, q.start, {
        articleDate: asOf,
        year,
        inherited,
        isStock: reading.isStock,
        isFlow: reading.isFlow,
        isTarget: reading.kind === 'target',
        cutOff,
        reviewPair,
      })
      // A sentence that names a date it was not read for (自4月9日…以来) keeps its unknown period.
      const reviewYear = year !== null && year !== pageYear ? year : null
      if (period.basis === 'unknown' && period.start === null && period.end === null) {
        period = unstatedPeriod(reading, sentence.text, q.start, { reviewYear, leadPeriod, planYear, articleDate: asOf })
      }
      period = nowInReview(period, reading, reviewYear, asOf)
      // What the sentence states is what it hands on, before a stock or a plan reads it for itself.
      const stated = period
      planYear = planYearAfter(stated, planYear, asOf)
      period = partOfStock(period, reading, sentence.text, q.start, carry.stocks)
      period = stockAtItsDate(period, reading, asOf)
      period = planForTheYear(period, reading, sentence.text, q.start, asOf)
      period = notAfterArticle(period, asOf, reading.kind)
      period = averageOverSpan(period, reading, sentence.text, q.start, carry.span)
      period = upToTheDayItOpensWith(period, sentence.text, asOf)
      // 到2025年,全区生产总值达到3万亿元 in a 2022 article: a figure of a period that begins after the article is a
      // goal, whatever its verb.
      if (reading.kind !== 'target' && period.start !== null && asOf !== null && period.start > asOf) reading = { ...reading, kind: 'target' }
      // A period that ends before it starts is no period: the number is listed with the reason, never charted.
      if (period.start !== null && period.end !== null && period.end < period.start) {
        report.setAside.push(asideAt(sentence, q.start, q.raw, 'reversed-period'))
        continue
      }
      const offset = sentence.origin[q.start]
      const { indicator, breakdown: read } = indicatorOf({ metric: reading.metric, label: reading.label, base: reading.base, sentence: sentence.text, articleHas, at: q.start, topic })
      const scoped = located.scope === 'explicit' && regions.levelOf(located.region.code) === 'county' ? withoutCountyScope(read) : read
      const listedGroup = listedBefore?.get(i)?.group
      // 甲、乙、丙口岸…合计占全区的82%: the group's figure, a part of the region's of its own.
      const grouped = listedGroup && indicator ? { ...scoped, part: listedGroup } : scoped
      const breakdown = goodsOfBareDirection(grouped, reading, sentence.text, q.start, i > 0 ? quantities[i - 1].end : 0, sentenceGoods)
      if (breakdown?.direction && breakdown.commodity) sentenceGoods.set(breakdown.direction, breakdown.commodity)
      const figure: Figure = {
        id: `${idStem}:${offset}`,
        metric: reading.metric,
        kind: reading.kind,
        value: reading.value,
        unit: reading.unit,
        qualifier: q.qualifier,
        region: located.region,
        place: located.place,
        period,
        label: reading.label,
        indicator,
        breakdown,
        ...(reading.comparison ? { comparison: reading.comparison } : {}),
        // In an HTML page the file's slice may hold markup (412.5</b>亿元): the number as read is what a reader saw.
        raw: markup ? q.raw : fileText.slice(offset, sentence.origin[q.end - 1] + 1),
        source: { file: article.file, quote, offset, quoteOffset: quoteStart, articleId: article.id },
      }
      figures.push(figure)
      if (!isHeadline && sentence.text.length <= HEADING_MAX && opensParagraph && period.basis === 'unknown' && INLINE_HEADING.test(sentence.text)) {
        headed.push({ figure, paragraph: sentence.paragraph })
      } else if (headed.length) paragraphOf.set(figure, sentence.paragraph)
      // 甲市、乙市和丙盟人均GDP超过1万美元: the same figure for each other place, in that place.
      reading.alsoAt?.forEach((at, k) => {
        const there = regions.resolveRegion(sentence.text, at, { home, articleRegion: article.region, inherited: carry.region })
        figures.push({ ...figure, id: `${figure.id}@${k + 1}`, region: there.region, place: there.place })
      })
      // 甲业和乙业均增长30%: the same figure for each other subject, as a part of the same indicator.
      reading.alsoFor?.forEach((subject, k) => {
        const other = indicatorOf({ metric: reading.metric, label: subject, base: reading.base, sentence: sentence.text, articleHas, at: q.start, topic })
        figures.push({ ...figure, id: `${figure.id}~${k + 1}`, label: subject, indicator: other.indicator, breakdown: other.breakdown })
      })
      if (!isHeadline && leadParagraph === null) leadParagraph = sentence.paragraph
      // 2023年全盟拟安排计划投资88亿元,截至4月底已完成19亿元: the plan's year is not the period the lead's flows report.
      if (!isHeadline && sentence.paragraph === leadParagraph && stated.phrase && LEAD_BASES.has(stated.basis) && reading.kind !== 'target') leadPeriod ??= stated
      if (isHeadline) {
        headlineFigures.push(figure)
        topic ??= reading
        if (stated.phrase) articlePeriod = stated
      } else {
        if (stated.phrase && !endOfCarriedSpan(stated, carry.period, sentence.text) && !isMonthAside(stated)) carry.period = stated
        if (stated.basis === 'span' && stated.start && stated.end && stated.start.slice(0, 4) < stated.end.slice(0, 4)) carry.span = stated
        // The paragraph's first named region is its subject; later places are usually details within it.
        // The country's rate in brackets (快于全国平均水平(5.1%)) is a comparison: the paragraph is not about the country.
        if (carry.region === null && !national && (located.scope === 'explicit' || located.scope === 'scope-word')) carry.region = located.region
      }
      if (reading.unit !== 'pp') carry.reading = reading
      if (reading.kind === 'level' && !isHeadline) carry.byUnit.set(reading.unit, reading)
      if (reading.kind === 'level' && reading.base !== null) {
        carry.parts.push(reading)
        if (carry.parts.length > 2 * MAX_PARTS) carry.parts.splice(0, MAX_PARTS)
      }
      if (isNamed(reading.metric)) carry.byKind.set(reading.kind, reading)
      if (reading.kind === 'level' && reading.isStock && period.end !== null) carry.stocks.set(reading.metric, period)
    }
    // (read while the sentence's phrases are at hand: finding them again for the sentence before was costly)
    if (!isHeadline && asOf && DATED.test(sentence.text)) {
      const pair = datedPairIn(sentence.text)
      if (pair && pair[1] < Number(asOf.slice(0, 4))) datedPair = pair
    }
  }
  // …and is that figure, told in the title, when the body gives one of the same value and unit that names what it is.
  for (const { q, sentence, quote, quoteStart } of untitled) {
    const twin = figures.find((f) => !headlineFigures.includes(f) && isNamed(f.metric) && f.value === q.value && f.unit === q.unit)
    if (!twin) {
      report.setAside.push(asideAt(sentence, q.start, q.raw, 'no-label'))
      continue
    }
    const offset = sentence.origin[q.start]
    const told: Figure = {
      ...twin,
      id: `${idStem}:${offset}`,
      qualifier: q.qualifier,
      raw: markup ? q.raw : fileText.slice(offset, sentence.origin[q.end - 1] + 1),
      source: { ...twin.source, quote, offset, quoteOffset: quoteStart },
    }
    figures.push(told)
    headlineFigures.push(told)
  }
  oneDayFiguresOnTheirDay(figures)
  sameFigureSaidAgain(figures)
  partsOfTheirTotal(figures)
  alignHeadlineFigures(headlineFigures, figures)
  runningTotalsToStatedEnd(figures, articlePeriod, asOf)
  for (const { figure, paragraph } of headed) {
    const twin = figures.find((f) => paragraphOf.get(f) === paragraph && f.metric === figure.metric && f.kind === figure.kind && f.period.phrase !== '')
    if (twin) figure.period = twin.period
  }
  asideNumbersOutsideSentences(view, span, [...headlines, ...body], report)
  return figures
}

/** 截至9月30日 / 截止到6月底 as a headline's last period phrase: the date a progress report's 目前 stands at. */
const CUT_OFF_PHRASE = /^截[至止]/

/**
 * The cut-off date a headline states (某县工程进度表(截止6月15日)), when it is not after the article's date;
 * else null. (Not a closure in extractArticle: those made per article cost more than their calls.)
 */
function cutOffOfHeadlines(headlines: readonly Sentence[], ctx: PeriodContext): string | null {
  for (const h of headlines) {
    const p = carriedPeriod(h.text, ctx)
    if (p && p.basis === 'point' && p.start === null && p.end !== null && CUT_OFF_PHRASE.test(p.phrase) && (ctx.articleDate === null || p.end <= ctx.articleDate)) return p.end
  }
  return null
}

/** The longest sentence read as an inline heading (亮点一:…突破900亿元。): a heading is a line, not a paragraph. */
const HEADING_MAX = 40

/** Whether a sentence starts in one of a table's covered ranges (its rows are read as sentences of their own). */
function inTable(s: Sentence, covered: ReadonlyArray<readonly [number, number]>): boolean {
  return covered.some(([a, b]) => s.start >= a && s.start < b)
}

/**
 * The plan year after a stated period: a whole year as written (2025年, 今年, 明年), though the article's date may have
 * cut it to the year so far, that has not ended when the article appeared; else the one before. (Not a closure in
 * extractArticle: those made per article cost more than their calls.)
 */
function planYearAfter(stated: Period | null, planYear: number | null, asOf: string | null): number | null {
  const y = stated?.start?.endsWith('-01-01') && PLAN_YEAR_PHRASE.test(stated.phrase) ? stated.start.slice(0, 4) : null
  return y && asOf && y >= asOf.slice(0, 4) ? Number(y) : planYear
}

/** How far a title's figure may be from the body's it rounds (逾两成 for 20.07%, 突破千万 for 1003万). */
const HEADLINE_ROUNDING = 0.05

/**
 * A headline rarely says when or where; the body does. A headline figure takes the period (and region,
 * when the headline named none) of the body figure of the same metric and kind that it rounds, else of the first.
 */
function alignHeadlineFigures(headline: Figure[], all: Figure[]): void {
  for (const h of headline) {
    // 某市五年“输血”某盟12.5亿元 over …共向该盟投入帮扶资金12.5亿元: a title's figure its words name no indicator
    // of is the body's figure of the same value, unit and kind that does name one, and is read as that one.
    if (!isNamed(h.metric)) {
      const same = all.find((f) => !headline.includes(f) && isNamed(f.metric) && f.value === h.value && f.unit === h.unit && f.kind === h.kind)
      if (same) {
        h.metric = same.metric
        h.indicator = same.indicator
        h.breakdown = same.breakdown
      }
    }
    // 某口岸进口增长逾两成 over 3月份…下降13.8%; 1—3月…增长20.07%: the body figure the title rounds, when one is near it.
    const near = (f: Figure) => h.value !== 0 && Math.abs(f.value - h.value) <= HEADLINE_ROUNDING * Math.abs(h.value)
    const body = (f: Figure) => !headline.includes(f) && f.metric === h.metric && f.kind === h.kind
    const twin = all.find((f) => body(f) && near(f)) ?? all.find(body)
    if (!twin) continue
    if (h.period.basis === 'unknown' || h.period.phrase === '') h.period = twin.period
    if (h.place === null && twin.place !== null) {
      h.place = twin.place
      h.region = twin.region
    }
  }
}

/** A port figure labelled by its direction of trade alone (进口46万吨, 出口货物12万吨). */
const BARE_DIRECTION = /^(?:其中)?(?:进口|出口|进境|出境)(?:货物)?$/

/**
 * 焦煤进口创新高…,其中某周进口X万吨;单日最高在某日,进口Y万吨: a figure labelled by its direction
 * alone is of the goods the sentence names with that direction since the number before it (煤炭进口), else of the goods
 * its last figure of that direction was of.
 */
function goodsOfBareDirection(
  breakdown: Breakdown | null,
  reading: MetricReading,
  sentence: string,
  at: number,
  since: number,
  named: ReadonlyMap<string, string>,
): Breakdown | null {
  if (reading.metric !== 'cargo_volume' || !breakdown?.direction || breakdown.commodity || !BARE_DIRECTION.test(reading.label)) return breakdown
  const between = sentence.slice(since, at)
  const word = breakdown.direction === 'import' ? '进口' : '出口'
  const goods = COMMODITIES.find(([, re]) => new RegExp(`(?:${re.source})${word}|${word}(?:${re.source})`).test(between))
  const commodity = goods ? goods[0] : named.get(breakdown.direction)
  return commodity ? { ...breakdown, commodity } : breakdown
}

/** 上述口岸, 以上三个盟市, 这些地区 …分别: the places the sentence before listed, each with one of the values after 分别. */
const LIST_REFERRED_TO = /(?:上述|以上|前述|这些?)(?:[两三四五六七八九十]|\d{1,2})?个?(?:口岸|盟市|旗县区?|地区|城市)[^,;。]{0,16}?分别/
/** A place a value after 分别 is of, or (group) the places together, named as listed. */
interface ListedPlace {
  region: Region
  place: string | null
  scope: 'explicit'
  group?: string
}
/** 合计占, 共计, 总计 before a figure after such a list: what the places make together. */
const TOGETHER = /合计|共计|总计|共占/

/**
 * 甲、乙、丙口岸位列前三。1月份上述口岸货运量分别为A、B、C,合计占全区的82%: the k-th value after 分别 is the k-th
 * place's of the sentence before, when they are as many; what they make together is the group's, the province's
 * when the places lie in several leagues. Null when the sentence refers to no such list.
 */
function placesListedBefore(
  text: string,
  before: string,
  quantities: readonly { start: number; end: number; form: string; unit: string }[],
  regions: RegionMap,
  hints: readonly string[],
  home: Region,
): Map<number, ListedPlace> | null {
  const m = LIST_REFERRED_TO.exec(text)
  if (!m) return null
  // The last run of places joined by 、 和 及 与.
  let run: PlaceMention[] = []
  for (const p of regions.findPlaces(before, hints)) {
    const last = run.at(-1)
    run = last && p.start === last.end + 1 && '、和及与'.includes(before[last.end]) ? [...run, p] : [p]
  }
  if (run.length < 2) return null
  const after = m.index + m[0].length
  // The values listed after 分别: amounts of one unit joined by 、 和 及 (as many as the places, or none are read).
  const items: { q: (typeof quantities)[number]; i: number }[] = []
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]
    if (q.start < after || q.form !== 'amount') continue
    const prev = items.at(-1)
    if (prev && (q.unit !== prev.q.unit || !/^[、和及]$/.test(text.slice(prev.q.end, q.start)))) break
    items.push({ q, i })
  }
  if (items.length !== run.length) return null
  const out = new Map<number, ListedPlace>()
  for (let k = 0; k < run.length; k++) {
    const region = regions.region(run[k].code)
    if (!region) return null
    out.set(items[k].i, { region, place: run[k].written, scope: 'explicit' })
  }
  const leagues = new Set(run.map((p) => regions.leagueOf(p.code) ?? p.code))
  const group = leagues.size > 1 ? regions.region(`${home.code.slice(0, 2)}0000`) : regions.region([...leagues][0])
  const lastItem = items[run.length - 1].i
  for (let i = lastItem + 1; i < quantities.length; i++) {
    const at = quantities[i].start
    const clause = text.slice(Math.max(text.lastIndexOf(',', at), text.lastIndexOf(';', at)) + 1, at)
    if (group && TOGETHER.test(clause)) out.set(i, { region: group, place: null, scope: 'explicit', group: run.map((p) => p.written).join('、') })
  }
  return out
}

/**
 * A day and a time of day opening a sentence or a line of it (8月3日9时40分,随着…): when what it tells happened. (A
 * posting time the page prints on a line of its own may run into the sentence.)
 */
const OPENING_DAY = /^\s*(\d{1,2})月(\d{1,2})日(?:(?:上午|下午|晚上?|凌晨|早上)?\d{1,2}(?:点|时|:\d{2})(?:\d{1,2}分)?许?)?,/m
/** How many days before its story a day it opens with may be for a running total to end there. */
const OPENING_DAY_LAG = 7

/**
 * 8月3日9时40分,随着一列重载煤车出站,某口岸今年过货量超过800万吨: the year so far that a sentence opening with the
 * day it happened reports ends on that day, not at the article's date a day or two later.
 */
function upToTheDayItOpensWith(period: Period, sentence: string, asOf: string | null): Period {
  if (!asOf || period.basis !== 'ytd' || period.end !== asOf || period.start !== `${asOf.slice(0, 4)}-01-01`) return period
  const m = OPENING_DAY.exec(sentence)
  if (!m) return period
  const day = `${asOf.slice(0, 4)}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`
  if (Number.isNaN(Date.parse(day)) || day > asOf || (Date.parse(asOf) - Date.parse(day)) / 864e5 > OPENING_DAY_LAG) return period
  return { ...period, end: day }
}

/** How close the parts after 其中 must add up to a total before them (rounding of the printed figures). */
const PARTS_SUM_TOLERANCE = 0.002

/**
 * 全年发送总量8422万吨;12月份发送量597万吨。其中:甲6554万吨,…;乙1868万吨,…: parts after 其中 whose levels add up to
 * an earlier total are of that total's period, though a figure of another period stood between; with them the
 * growths and shares the sentence gives beside them.
 */
function partsOfTheirTotal(figures: Figure[]): void {
  const bySentence = new Map<number, Figure[]>()
  for (const f of figures) {
    const list = bySentence.get(f.source.quoteOffset)
    if (list) list.push(f)
    else bySentence.set(f.source.quoteOffset, [f])
  }
  for (const [at, group] of bySentence) {
    if (!group[0].source.quote.includes('其中')) continue
    const levels = group.filter((f) => f.kind === 'level')
    if (levels.length < 2) continue
    const first = levels[0]
    const parts = levels.filter((f) => f.metric === first.metric && f.unit === first.unit)
    if (parts.length !== levels.length || parts.some((f) => f.period.start !== first.period.start || f.period.end !== first.period.end)) continue
    const sum = parts.reduce((a, f) => a + f.value, 0)
    const total = figures.find(
      (t) =>
        t.source.quoteOffset < at && t.kind === 'level' && t.metric === first.metric && t.unit === first.unit && t.period.start !== null &&
        (t.period.start !== first.period.start || t.period.end !== first.period.end) && Math.abs(t.value - sum) <= PARTS_SUM_TOLERANCE * t.value,
    )
    if (!total) continue
    for (const f of group) f.period = { ...total.period, phrase: '' }
  }
}

/**
 * A title printed again inside the body (通关过货量1419万吨!某口岸创新高), a lead's summary: a level of a flow (cargo,
 * output, investment) with no period, of the same metric, value and unit as one the article dates, is that figure
 * said again. (Counts and rates repeat by chance too often.)
 */
function sameFigureSaidAgain(figures: Figure[]): void {
  for (const f of figures) {
    if (f.period.start !== null || f.period.end !== null || f.kind !== 'level' || !YEARLY_FLOWS.has(f.metric)) continue
    const twin = figures.find((g) => g !== f && g.period.end !== null && g.metric === f.metric && g.kind === f.kind && g.value === f.value && g.unit === f.unit)
    if (twin) f.period = { ...twin.period, phrase: '' }
  }
}

/** A figure of one day: 单日过货量, 当日发运. */
const ONE_DAY_FIGURE = /单日|当日|当天/

/**
 * 某口岸单日过货量首次突破5万吨 (title and lead, no date), then 6月17日…单日过货量达5.07万吨: an article's one-day figures
 * that state no date are of the one day it dates such a figure on, when it dates them on one day only.
 */
function oneDayFiguresOnTheirDay(figures: Figure[]): void {
  let day: Period | null = null
  for (const f of figures) {
    const p = f.period
    if (p.start === null || p.start !== p.end || !ONE_DAY_FIGURE.test(f.label)) continue
    if (day && day.start !== p.start) return
    day = p
  }
  if (!day) return
  for (const f of figures) if (f.period.basis === 'unknown' && f.period.start === null && f.period.end === null && ONE_DAY_FIGURE.test(f.label)) f.period = { ...day, phrase: '' }
}

/** How long after the end of the running total it reports a story may appear: a month's data come out within weeks. */
const STATED_END_LAG_DAYS = 45

/**
 * 截至11月28日,口岸运量达到X (the story out on the 29th), 1—5月 in the title of a story out on 18 June: an article
 * that states where its running totals end reports them all to that day. Its other running totals of the year, which
 * say only 今年以来, 年运量突破, 全年 or nothing and so were taken to the article's date, end there too, when the
 * article states one such end only: for the same metric, or for any when the title states it (not money raised or
 * allocated, which stands at the date it is told).
 */
function runningTotalsToStatedEnd(figures: Figure[], articlePeriod: Period | null, asOf: string | null): void {
  if (!asOf) return
  const yearStart = `${asOf.slice(0, 4)}-01-01`
  const stated = (p: Period) =>
    p.phrase !== '' && p.start === yearStart && p.end !== null && p.end < asOf && (p.basis === 'ytd' || p.basis === 'quarter') && (Date.parse(asOf) - Date.parse(p.end)) / 864e5 <= STATED_END_LAG_DAYS
  const ends = new Map<string, Set<string>>()
  const note = (key: string, end: string) => (ends.get(key) ?? ends.set(key, new Set()).get(key)!).add(end)
  if (articlePeriod && stated(articlePeriod)) note('', articlePeriod.end!)
  for (const f of figures) if (stated(f.period)) note(f.metric, f.period.end!)
  const titled = ends.get('')
  for (const f of figures) {
    const p = f.period
    if (f.kind === 'target' || p.basis !== 'ytd' || p.start !== yearStart || p.end !== asOf || /日/.test(p.phrase)) continue
    // 截至目前 says it runs to now: only a title's stated end is the now of a piece (前5个月… 目前已完成), not another
    // figure's (1—2月招商引资… in a story of 31 March).
    const fromTitle = f.metric === 'funding' ? undefined : titled
    const own = /目前|至今|当前/.test(p.phrase) ? fromTitle : (ends.get(f.metric) ?? fromTitle)
    if (own?.size === 1) f.period = { ...p, end: [...own][0] }
  }
}

/**
 * 五年来,…GDP从2015年的X增加到2020年的Y,年均增长6%;累计完成投资Z: the two ends of a 由X到Y inside a span of years
 * date those two figures; what follows is still the span's.
 */
function endOfCarriedSpan(stated: Period, carried: Period | null, sentence: string): boolean {
  if (!carried || carried.basis !== 'span' || !carried.start || !carried.end || stated.basis !== 'year' || !stated.start) return false
  const first = Number(carried.start.slice(0, 4))
  const last = Number(carried.end.slice(0, 4))
  const y = Number(stated.start.slice(0, 4))
  return first < last && (y === last || y === first - 1) && FROM_TO_PHRASE.test(sentence)
}
const FROM_TO_PHRASE = /(?:从|由)[^,;。]{1,40}?(?:到|至)/

/**
 * 今年推进重点工程30项,总投资90亿元: a stock under a year's phrase stands at that year's end, or now; it does not run
 * over it. 今年10月,总投资12亿元的工程将建成: nor over the month it is finished in.
 */
function stockAtItsDate(period: Period, reading: MetricReading, asOf: string | null): Period {
  if (!reading.isStock || reading.isFlow || reading.kind === 'target' || !STOCK_RUNS_NOT.has(period.basis)) return period
  // 截至目前,省财政今年已下达补助资金2亿元: money handed out this year so far runs from 1 January, a stock only without
  // the year (目前已下达2亿元).
  if (reading.metric === 'funding' && period.basis === 'ytd' && THIS_YEAR.test(period.phrase)) return period
  const end = asOf && period.end && asOf < period.end ? asOf : period.end
  return { ...period, start: null, end, basis: 'point' }
}

const STOCK_RUNS_NOT = new Set(['year', 'ytd', 'quarter', 'month'])
const THIS_YEAR = /^(?:今年|本年|年内)$/

/** 其中 and the parts listed after it in the same clause run (其中,国家投资X、地方配套Y; 其中A X,B Y). */
const PARTS_OPENER = /其中[^;。]{0,60}$/

/**
 * 总投资3.1亿元,其中中央预算内投资2亿元,地方配套1.1亿元: the parts of a stock stand at the same date as the stock, when
 * they state no period of their own.
 */
function partOfStock(period: Period, reading: MetricReading, sentence: string, numberAt: number, stocks: ReadonlyMap<string, Period>): Period {
  if (period.basis !== 'unknown' || period.start !== null || period.end !== null || reading.kind !== 'level') return period
  const stock = stocks.get(reading.metric)
  if (!stock || !PARTS_OPENER.test(sentence.slice(0, numberAt))) return period
  return { ...stock, phrase: '' }
}

/** Figures that run over a year, so that a level expected by the year's end is the year's. */
const YEARLY_FLOWS = new Set(['gdp', 'gdp_per_capita', 'value_added', 'output_value', 'cargo_volume', 'investment'])

/** 到2025年底, 2025年末: a point at the last day of a year, as a year-end phrase states it. */
function isYearEnd(p: Period): boolean {
  return p.basis === 'point' && p.start === null && !!p.end?.endsWith('-12-31') && /年(?:底|末)/.test(p.phrase)
}

/** 年内计划完成投资20亿元 after 截至目前, 年度计划投资 after 一季度: a plan for the year is the whole year's, whatever the sentence's other dates. */
function planForTheYear(period: Period, reading: MetricReading, sentence: string, numberAt: number, articleDate: string | null): Period {
  if (reading.kind !== 'target' || period.basis === 'year') return period
  // 到2025年底,预计全县生产总值达到80亿元: what a year's output is expected to reach by its end is that whole year's
  // (a project's 总投资 by a year's end stays a stock at that date).
  if (isYearEnd(period) && YEARLY_FLOWS.has(reading.metric) && !reading.isStock && !/总投资|累计/.test(reading.label)) {
    return { ...period, start: `${period.end!.slice(0, 4)}-01-01`, basis: 'year' }
  }
  const before = sentence.slice(0, numberAt)
  // A plan has no year so far: 计划完成投资30亿元 under 今年以来 is the whole year's plan.
  const soFar = period.basis === 'ytd' && period.end !== null && period.end === articleDate
  if (!soFar && !/(?:年内|全年|年度|当年)[^,;。]{0,12}$/.test(before)) return period
  const year = (period.end ?? articleDate)?.slice(0, 4)
  return year ? { start: `${year}-01-01`, end: `${year}-12-31`, basis: 'year', phrase: period.phrase } : period
}

/** A division of another province than the page's home one (never the country). */
function isOtherProvince(code: string, homeCode: string): boolean {
  return code !== '100000' && code.slice(0, 2) !== homeCode.slice(0, 2)
}

const FOREIGN_OWN_FLOW = new RegExp(`^(?:${FOREIGN_COUNTRIES.join('|')})[^进]{0,8}?(?:${OWN_FLOW_WORDS.join('|')})`)
const NATIONAL_BEFORE = /(?:全国|我国)(?:平均)?(?:水平|增速|增幅|增长)?$/
/** 年运量首次突破, 年过货量突破: a year's traffic passing a mark (not a plant's 年产能, which is no flow). */
const YEAR_MILESTONE = /(?<![今去明上当本全])年(?:运量|过货量|货运量|吞吐量|发送量|进出口量)[^,;。\d]{0,6}?(?:首次|首度|历史性地?)?(?:突破|超过|迈上|跨越)$/
const RELATIVE_TIME = /用了|历时|时间|之后|后来|当时/
const PLAN_YEAR_PHRASE = /^(?:(?:19|20)\d{2}|今|明|本)年度?$/
const LEAD_BASES = new Set(['year', 'ytd', 'quarter', 'month'])
const DATED = /\d{1,2}月|(?:19|20)\d{2}年/
/** The longest line read as a title when no title was found where one is looked for. */
const TITLE_LINE_MAX = 40
/** A line of a growth alone: 同比增长10.8%, 比上年下降3%. */
const GROWTH_LINE = /^\s*(?:同比|环比|比上年|较上年|比去年|较去年)?(?:增长|增加|下降|减少|提高)[\d.]+%\s*$/
/** A sentence of a schedule: a plan's word and the events it dates (计划…开工, 预计…建成并网). */
const SCHEDULE_PLAN = /计划|预计|力争|争取|拟|将/
const SCHEDULE_EVENT = /开工|建成|投产|并网|竣工|完工|投运|开通|开业|试运行|达产/
const EXCHANGE_RATE_YEAR = /按(?:(?:19|20)\d{2}年)?(?:年)?平均汇率/g

/**
 * The period of a figure whose sentence and paragraph state none:
 * - a flow in a review or bulletin of a past year (2023年,全市…) is that whole year's;
 * - a flow after a lead that states the period (1—4月,规上工业增加值…; 分行业看,采矿业增长9%) is the lead's;
 * - money a government has allocated (补助资金5亿元) is a stock at the article date.
 * Anything else stays unknown: never a guessed period.
 */
function unstatedPeriod(
  reading: MetricReading,
  sentence: string,
  numberAt: number,
  ctx: { reviewYear: number | null; leadPeriod: Period | null; planYear: number | null; articleDate: string | null },
): Period {
  // Money whose article's lead says the year so far (今年以来,…) is what has been handed out this year.
  if (reading.metric === 'funding' && reading.kind === 'level' && ctx.leadPeriod?.basis === 'ytd' && ctx.leadPeriod.end === ctx.articleDate) return { ...ctx.leadPeriod, phrase: '' }
  // …and its share (其中券商认购6.3亿元,占比71%) is as of the same date. (In a review of a past year, 下达资金5亿元 is
  // what that year handed out: below.)
  if (reading.metric === 'funding' && (reading.kind === 'level' || reading.kind === 'share') && ctx.articleDate && ctx.reviewYear === null) return { start: null, end: ctx.articleDate, basis: 'point', phrase: '' }
  // 年内计划完成投资20亿元, 旗里年度计划投资4.5亿元: a plan for the year the article appears in.
  const year = ctx.articleDate?.slice(0, 4)
  if (reading.kind === 'target' && year && /年内|全年|今年|年度|当年/.test(sentence)) return { start: `${year}-01-01`, end: `${year}-12-31`, basis: 'year', phrase: '' }
  // 安排2025年重点项目120项,计划投资300亿元: a plan for the one year its sentence names, this year or later.
  const planYears = reading.kind === 'target' ? [...sentence.matchAll(/((?:19|20)\d{2})年(?![\d月底末初])/g)].map((m) => m[1]) : []
  if (year && planYears.length === 1 && planYears[0] >= year) return { start: `${planYears[0]}-01-01`, end: `${planYears[0]}-12-31`, basis: 'year', phrase: '' }
  // 2030年,全县要…。(a later paragraph) 保证交通投资不少于90亿元: a plan under a coming year the article named.
  if (reading.kind === 'target' && ctx.planYear !== null && !DATED.test(sentence)) return { start: `${ctx.planYear}-01-01`, end: `${ctx.planYear}-12-31`, basis: 'year', phrase: '' }
  // 口岸年过货量首次突破500万吨: a year's volume passing a mark, news of the year still running, is the year so far.
  // (从开放到年过货量突破X,只用了两年: a mark passed in some past year the sentence only counts from.)
  if (reading.isFlow && reading.kind === 'level' && ctx.articleDate && YEAR_MILESTONE.test(sentence.slice(0, numberAt)) && !RELATIVE_TIME.test(sentence)) {
    return { start: `${ctx.articleDate.slice(0, 4)}-01-01`, end: ctx.articleDate, basis: 'ytd', phrase: '' }
  }
  // A sentence that names a date it was not read for (自4月9日…以来) keeps its unknown period.
  // 按2020年平均汇率计算为9120美元 converts the figure at its own year's rate: no other date.
  // (…;2015年解决某某项目 in a review of 2015 names only the year under review: that year still holds.)
  const dated = sentence.replace(EXCHANGE_RATE_YEAR, '')
  const onlyReviewYear = ctx.reviewYear !== null && !/\d{1,2}月/.test(dated) && [...dated.matchAll(/((?:19|20)\d{2})年/g)].every((m) => Number(m[1]) === ctx.reviewYear)
  if (DATED.test(dated) && !onlyReviewYear) return { start: null, end: null, basis: 'unknown', phrase: '' }
  if ((reading.isFlow || reading.metric === 'funding') && ctx.reviewYear !== null && reading.kind !== 'target') {
    return { start: `${ctx.reviewYear}-01-01`, end: `${ctx.reviewYear}-12-31`, basis: 'year', phrase: '' }
  }
  if (reading.isFlow && ctx.leadPeriod && reading.kind !== 'target') return { ...ctx.leadPeriod, phrase: '' }
  return { start: null, end: null, basis: 'unknown', phrase: '' }
}

/**
 * “十二五”期间…;全社会投资完成6100亿元,年均增长21%: an average yearly growth is over several years: dated to the last
 * year of a span the paragraph stated, it runs over that span.
 */
function averageOverSpan(period: Period, reading: MetricReading, sentence: string, numberAt: number, span: Period | null): Period {
  if (!span || reading.kind !== 'growth' || period.basis !== 'year' || period.end !== span.end) return period
  if (!AVERAGE_BEFORE.test(sentence.slice(Math.max(0, numberAt - 10), numberAt))) return period
  return { ...span, phrase: '' }
}
const AVERAGE_BEFORE = /年均(?:增长|增速|递增|增幅)?(?:为|达到?)?$/

/**
 * 目前,该旗去年的工程已全部完成…完成投资X万元, in a review of last year published in the first months of this one:
 * what stands done 目前 is the year under review's work, not the few weeks of the new year before the article.
 */
function nowInReview(period: Period, reading: MetricReading, reviewYear: number | null, asOf: string | null): Period {
  if (reviewYear === null || !asOf || !reading.isFlow || reading.kind === 'target' || period.basis !== 'ytd') return period
  if (period.start !== `${asOf.slice(0, 4)}-01-01` || period.end !== asOf || !NOW_WORDS.test(period.phrase)) return period
  if (asOf.slice(5) >= REVIEW_SEASON_END || Number(asOf.slice(0, 4)) !== reviewYear + 1) return period
  return { start: `${reviewYear}-01-01`, end: `${reviewYear}-12-31`, basis: 'year', phrase: period.phrase }
}

const NOW_WORDS = /^(?:目前|当前|现在|至今|截至目前|截止目前)$/
/** Reviews of a year appear until spring: later, 目前 is this year's. */
const REVIEW_SEASON_END = '04-01'

/** A full year that has not ended when the article appeared is the year so far, unless it is a target. */
function notAfterArticle(period: Period, articleDate: string | null, kind: MetricReading['kind']): Period {
  if (kind === 'target' || !articleDate || period.basis !== 'year' || !period.end || period.end <= articleDate) return period
  // A year that begins after the article has no part so far: what it states is a goal (see where this is called).
  if (period.start !== null && period.start > articleDate) return period
  // 2025年,全市生产总值达X in a review of the year from its last fortnight: the year's result, as estimated.
  if (period.end.slice(0, 4) === articleDate.slice(0, 4) && articleDate.slice(5) >= '12-15' && /^(?:19|20)\d{2}年$/.test(period.phrase)) return period
  return { ...period, end: articleDate, basis: 'ytd' }
}

function asideAt(sentence: Sentence, index: number, raw: string, reason: SetAside['reason']): SetAside {
  return { raw, offset: sentence.origin[Math.min(index, sentence.origin.length - 1)] ?? 0, reason }
}

/** Which file offsets of an article its sentences read; reused from article to article (a new array each was costly). */
let readScratch = new Uint8Array(1 << 16)

/** Numbers no sentence carried (dateline, 下转第N版, captions, bylines) are set aside, so every number is accounted for. */
function asideNumbersOutsideSentences(view: TextView, span: ArticleSpan, sentences: Sentence[], report: FileReport): void {
  if (span.end <= span.start) return
  const from = view.origin[span.start]
  const size = view.origin[span.end - 1] + 1 - from
  if (readScratch.length < size) readScratch = new Uint8Array(Math.max(size, 2 * readScratch.length))
  const read = readScratch
  read.fill(0, 0, size)
  for (const s of sentences) for (let k = 0; k < s.origin.length; k++) read[s.origin[k] - from] = 1
  const text = view.text
  const datelineAt = span.dateline ? text.indexOf(span.dateline, span.start) : -1
  const dateline = datelineAt >= 0 && datelineAt + span.dateline.length <= span.end ? datelineAt : -1
  // Runs of ASCII digits, read by code unit rather than with a regex: every article is scanned.
  for (let i = span.start; i < span.end; i++) {
    if (!isAsciiDigit(text.charCodeAt(i))) continue
    const start = i
    while (i + 1 < span.end && isAsciiDigit(text.charCodeAt(i + 1))) i++
    const offset = view.origin[start]
    if (read[offset - from]) continue
    const inDateline = dateline >= 0 && start >= dateline && start < dateline + span.dateline.length
    const reason = inDateline ? 'date' : /第\s*$/.test(text.slice(Math.max(span.start, start - 3), start)) ? 'ordinal' : 'other'
    report.setAside.push({ raw: text.slice(start, i + 1), offset, reason })
  }
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}
