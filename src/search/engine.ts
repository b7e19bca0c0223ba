import MiniSearch, { type SearchResult } from 'minisearch'
import { CORE_METRICS, type Article, type Dataset, type Figure } from '../model/index.ts'
import { BodyIndex } from './bodyIndex.ts'
import { highlight, snippet, type Segment } from './highlight.ts'
import { QueryExpander, parseQuery, type QueryTerm } from './query.ts'
import {
  Names,
  SEARCH_INDEX_VERSION,
  articleBodyText,
  articleDoc,
  figureDoc,
  figureYear,
  figuresByArticle,
  miniSearchOptions,
  parseDocId,
  SHORT_FIELDS,
  type SearchIndexFile,
  type ShortDoc,
} from './schema.ts'
import { findTerm, foldText, isSingleHan, isWordToken } from './tokenize.ts'

export interface SearchFilters {
  metric?: string | null
  region?: string | null
  year?: string | null
}

export interface SearchOptions {
  filters?: SearchFilters
  /** Hits returned per group (figures, articles); the totals count them all. */
  limit?: number
}

/** Where a hit leads, as a router location and as a hash URL. */
export interface HitTarget {
  path: string
  query: Record<string, string>
  href: string
}

export interface FigureHit {
  kind: 'figure'
  id: string
  score: number
  figure: Figure
  /** What to mark in anything else shown for the hit (its region, its date): the query's terms and aliases. */
  terms: string[]
  title: Segment[]
  snippet: Segment[]
  target: HitTarget
}

export interface ArticleHit {
  kind: 'article'
  id: string
  score: number
  article: Article
  terms: string[]
  title: Segment[]
  snippet: Segment[]
  target: HitTarget
}

export interface FacetValue {
  value: string
  label: string
  count: number
}

export interface Facets {
  metric: FacetValue[]
  region: FacetValue[]
  year: FacetValue[]
}

export interface SearchResults {
  query: string
  terms: QueryTerm[]
  figures: FigureHit[]
  articles: ArticleHit[]
  totalFigures: number
  totalArticles: number
  /** Over every match of the query, before filters, so other choices stay visible. */
  facets: Facets
  tookMs: number
}

/** Matched documents (positions in dataset.figures / dataset.articles) and their scores. */
export interface Matches {
  terms: QueryTerm[]
  figures: Map<number, number>
  /** Ascending article positions and, parallel to them, their scores. */
  articles: { docs: Uint32Array; scores: Float64Array }
}

/** Beyond this many body matches an article's score counts presence, not occurrences: counting costs a scan. */
const COUNT_LIMIT = 300
const BODY_WEIGHT = 4
/** A figure whose sentence holds the term ranks below one whose label, metric or place does. */
const QUOTE_WEIGHT = 2
const HEADLINE_PRIOR = 1.5
/** A document about a region the term names (鄂尔多斯 for 鄂尔多斯市), or whose name holds it (浩特). */
const REGION_EXACT = 60
const REGION_PARTIAL = 30
/** A match through an alias (呼和浩特 for 首府) counts a little less than the term as typed. */
const ALIAS_WEIGHT = 0.8
/** An article whose headline holds the term comes before those that only mention it. */
const HEADLINE_BONUS = 50
const CORE_PRIOR = 1.3

function target(path: string, query: Record<string, string>): HitTarget {
  const search = new URLSearchParams(query).toString()
  return { path, query, href: `#${path}${search ? '?' + search : ''}` }
}

export class SearchEngine {
  private readonly miniSearch: MiniSearch<ShortDoc>
  private readonly body: BodyIndex
  private readonly names: Names
  private readonly expander: QueryExpander
  private readonly figures: Figure[]
  private readonly articles: Article[]
  /** Folded text of each short document, to check that a Han term occurs whole and not only as scattered bigrams. */
  private readonly shortText = new Map<string, string>()
  private readonly articleById = new Map<string, Article>()
  private readonly articleMetrics: Set<string>[]
  /** Figure positions by article position, and each figure's sentence folded, for matches in sentences. */
  private readonly figuresOfArticle: number[][]
  private readonly foldedQuote: string[]
  private readonly regionDocs = new Map<string, { figures: number[]; articles: number[] }>()
  private readonly scratch: { articleScore: Float64Array; articleTerms: Uint8Array; articleBody: Float64Array }
  /**
   * How much a figure matters before any query: the number its article puts in the headline, and the core
   * indicators (GDP, investment, cargo…), come before the incidental numbers of the same place or metric.
   */
  private readonly figurePrior: Float64Array
  /** Publication date as a number (20250608), 0 when unknown: newer articles first among equals. */
  private readonly articleDay: Uint32Array
  private readonly regionOfArticle: { keys: { code: string; name: string }[]; index: Uint16Array }

  constructor(file: SearchIndexFile, dataset: Dataset) {
    if (file.version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${file.version}, expected ${SEARCH_INDEX_VERSION}`)
    this.figures = dataset.figures
    // Documents are known by position: the index must have been built from this very dataset.
    const same = (ids: string[], items: { id: string }[]) => ids.length === items.length && ids.every((id, i) => items[i].id === id)
    if (!same(file.articleIds, dataset.articles) || !same(file.figureIds, dataset.figures)) {
      throw new Error('the search index was built from another dataset')
    }
    this.articles = dataset.articles
    this.articles.forEach((a) => this.articleById.set(a.id, a))
    this.miniSearch = MiniSearch.loadJS(file.miniSearch as Parameters<typeof MiniSearch.loadJS>[0], miniSearchOptions)
    this.body = new BodyIndex(file.body, this.articles.map(articleBodyText))
    this.names = new Names(file.regions, dataset.metrics)
    this.expander = new QueryExpander(file.regions, dataset.metrics)
    const byArticle = figuresByArticle(dataset)
    this.articleDay = Uint32Array.from(this.articles, (a) => Number(a.date?.replace(/-/g, '') ?? 0) || 0)
    const regionKeys = new Map<string, number>()
    const regionList: { code: string; name: string }[] = []
    const regionIndex = new Uint16Array(this.articles.length)
    this.articles.forEach((a, i) => {
      let k = regionKeys.get(a.region.code)
      if (k === undefined) {
        regionKeys.set(a.region.code, (k = regionList.length))
        regionList.push(a.region)
      }
      regionIndex[i] = k
    })
    this.regionOfArticle = { keys: regionList, index: regionIndex }
    const articleIndex = new Map(this.articles.map((a, i) => [a.id, i]))
    this.figuresOfArticle = this.articles.map(() => [])
    this.figures.forEach((f, i) => {
      const a = articleIndex.get(f.source.articleId)
      if (a !== undefined) this.figuresOfArticle[a].push(i)
    })
    this.foldedQuote = this.figures.map((f) => foldText(f.source.quote))
    const n = this.articles.length
    this.scratch = { articleScore: new Float64Array(n), articleTerms: new Uint8Array(n), articleBody: new Float64Array(n) }
    const docsOf = (code: string) => {
      let docs = this.regionDocs.get(code)
      if (!docs) this.regionDocs.set(code, (docs = { figures: [], articles: [] }))
      return docs
    }
    this.figures.forEach((f, i) => docsOf(f.region.code).figures.push(i))
    this.articles.forEach((a, i) => docsOf(a.region.code).articles.push(i))
    const core = new Set<string>(CORE_METRICS)
    this.figurePrior = Float64Array.from(this.figures, (f) => {
      const article = this.articleById.get(f.source.articleId)
      const inHeadline = !!article && `${article.headline} ${article.kicker}`.includes(f.raw.replace(/\s+/g, ''))
      return (inHeadline ? HEADLINE_PRIOR : 1) * (core.has(f.metric) ? CORE_PRIOR : 1)
    })
    this.articleMetrics = this.articles.map((a) => new Set((byArticle.get(a.id) ?? []).map((f) => f.metric)))
  }

  /**
   * Runs a few searches on the engine's own texts so that the code is compiled and the common lists decoded
   * before the first keystroke, which would otherwise pay for it (tens of milliseconds on 10k articles).
   */
  warmUp(): void {
    const samples = this.articles.slice(0, 8).map((a) => (a.headline || a.text).replace(/\s+/g, ''))
    for (const text of samples) for (const len of [2, 3, 4]) if (text.length >= len) this.search(text.slice(0, len))
    this.search('a')
  }

  static fromJSON(json: string, dataset: Dataset): SearchEngine {
    return new SearchEngine(JSON.parse(json) as SearchIndexFile, dataset)
  }

  private foldedShortText(docId: string): string {
    let text = this.shortText.get(docId)
    if (text === undefined) {
      const at = parseDocId(docId)
      const doc =
        at.kind === 'figure'
          ? figureDoc(this.figures[at.index], at.index, this.names, this.articleById.get(this.figures[at.index].source.articleId))
          : articleDoc(this.articles[at.index], at.index, this.figuresOfArticle[at.index].map((f) => this.figures[f]), this.names)
      text = foldText(SHORT_FIELDS.map((f) => doc[f]).join('\n'))
      this.shortText.set(docId, text)
    }
    return text
  }

  private shortMatches(term: QueryTerm, variant: string): SearchResult[] {
    return this.miniSearch.search(variant, {
      combineWith: 'AND',
      prefix: (token, i, tokens) => isSingleHan(token) || (term.last && isWordToken(token) && i === tokens.length - 1),
      fuzzy: (token) => (/^[a-z]{4,}$/.test(token) ? 0.2 : false),
    })
  }

  /**
   * Every figure and article the query matches: each term must match, in any of its variants. A term's score
   * for a document adds up its fields (short fields, body, region, headline), each counted for the variant
   * that does best there, aliases a little below the term as typed: 呼和浩特市 and 呼和浩特 both being in a
   * text makes it no more relevant.
   */
  match(query: string): Matches {
    const terms = parseQuery(query, this.expander)
    const figures = new Map<number, number>()
    // Per article, the sum of its term scores and how many terms it matched: an article counts when all did.
    // Scratch arrays kept between queries (allocating them per keystroke costs garbage collections on large
    // corpora) and cleared through the list of articles the first term touched.
    const { articleScore, articleTerms, articleBody } = this.scratch
    const touched: number[] = []
    terms.forEach((term, t) => {
      const figureShort = new Map<number, number>()
      const figureQuote = new Map<number, number>()
      const figureRegion = new Map<number, number>()
      const articleShort = new Map<number, number>()
      const articleRegion = new Map<number, number>()
      const bodyDocs: number[] = []
      const keepBest = (map: Map<number, number>, key: number, value: number) => {
        if (!(value <= (map.get(key) ?? 0))) map.set(key, value)
      }
      term.variants.forEach((variant, v) => {
        const weight = v === 0 ? 1 : ALIAS_WEIGHT
        const han = !/^[a-z0-9.]+$/.test(variant)
        for (const hit of this.shortMatches(term, variant)) {
          const at = parseDocId(hit.id as string)
          // Bigrams may all be there without the term: 呼和 and 浩特 in different places. A Latin variant is
          // matched by prefix or with typos, so there is nothing to check.
          if (han && findTerm(this.foldedShortText(hit.id as string), variant) < 0) continue
          if (at.kind === 'figure') keepBest(figureShort, at.index, hit.score * weight)
          else {
            const headline = this.inHeadline(at.index, variant) ? HEADLINE_BONUS : 0
            keepBest(articleShort, at.index, (hit.score + headline) * weight)
          }
        }
        const { docs, counts } = this.body.findCounted(variant, COUNT_LIMIT)
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]
          const score = BODY_WEIGHT * Math.log2(1 + (counts ? counts[i] : 1)) * weight
          if (articleBody[doc] === 0) bodyDocs.push(doc)
          if (score > articleBody[doc]) articleBody[doc] = score
          for (const f of this.figuresOfArticle[doc]) if (findTerm(this.foldedQuote[f], variant) >= 0) keepBest(figureQuote, f, QUOTE_WEIGHT * weight)
        }
      })
      for (const { code, exact } of term.regions) {
        const docs = this.regionDocs.get(code)
        if (!docs) continue
        const weight = exact ? REGION_EXACT : REGION_PARTIAL
        for (const f of docs.figures) keepBest(figureRegion, f, weight)
        for (const a of docs.articles) keepBest(articleRegion, a, weight)
      }

      const termFigures = new Map<number, number>()
      for (const part of [figureShort, figureQuote, figureRegion]) for (const [f, score] of part) termFigures.set(f, (termFigures.get(f) ?? 0) + score)
      combine(figures, termFigures, t === 0)
      const addArticle = (doc: number, score: number) => {
        // Already counted for this term through another field: only the score grows.
        if (articleTerms[doc] === t + 1) articleScore[doc] += score
        else if (articleTerms[doc] === t) {
          if (t === 0) touched.push(doc)
          articleTerms[doc] = t + 1
          articleScore[doc] += score
        }
      }
      for (const doc of bodyDocs) {
        addArticle(doc, articleBody[doc])
        articleBody[doc] = 0
      }
      for (const part of [articleShort, articleRegion]) for (const [doc, score] of part) addArticle(doc, score)
    })
    for (const [f, score] of figures) figures.set(f, score * this.figurePrior[f])
    const all = terms.length
    touched.sort((a, b) => a - b)
    let n = 0
    for (const doc of touched) if (articleTerms[doc] === all) n++
    const docs = new Uint32Array(n)
    const scores = new Float64Array(n)
    n = 0
    for (const doc of touched) {
      if (articleTerms[doc] === all) {
        docs[n] = doc
        scores[n++] = articleScore[doc]
      }
      articleTerms[doc] = 0
      articleScore[doc] = 0
    }
    return { terms, figures, articles: { docs, scores } }
  }

  private inHeadline(article: number, variant: string): boolean {
    const a = this.articles[article]
    return findTerm(foldText(`${a.headline} ${a.kicker}`), variant) >= 0
  }

  search(query: string, options: SearchOptions = {}): SearchResults {
    const started = performance.now()
    const limit = options.limit ?? 20
    const filters = options.filters ?? {}
    const { terms, figures, articles } = this.match(query)
    const facets = this.facets(figures, articles)

    const figureList = [...figures]
      .filter(([i]) => this.figurePasses(this.figures[i], filters))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    const better = (a: number, b: number) =>
      articles.scores[a] - articles.scores[b] || this.articleDay[articles.docs[a]] - this.articleDay[articles.docs[b]] || articles.docs[b] - articles.docs[a]
    // Only the best `limit` are shown: keep them in a small sorted list rather than sorting every match.
    const top: number[] = []
    let totalArticles = 0
    for (let i = 0; i < articles.docs.length; i++) {
      if (!this.articlePasses(articles.docs[i], filters)) continue
      totalArticles++
      if (top.length === limit && better(i, top[limit - 1]) <= 0) continue
      let at = top.length === limit ? limit - 1 : top.length
      while (at > 0 && better(i, top[at - 1]) > 0) {
        if (at < limit) top[at] = top[at - 1]
        at--
      }
      top[at] = i
      if (top.length > limit) top.length = limit
    }

    const needles = terms.flatMap((t) => t.variants)
    return {
      query,
      terms,
      figures: figureList.slice(0, limit).map(([i, score]) => this.figureHit(this.figures[i], score, needles)),
      articles: top.map((i) => this.articleHit(this.articles[articles.docs[i]], articles.scores[i], needles, query)),
      totalFigures: figureList.length,
      totalArticles,
      facets,
      tookMs: performance.now() - started,
    }
  }

  private figurePasses(f: Figure, filters: SearchFilters): boolean {
    if (filters.metric && f.metric !== filters.metric) return false
    if (filters.region && f.region.code !== filters.region) return false
    if (filters.year && figureYear(f, this.articleById.get(f.source.articleId)) !== filters.year) return false
    return true
  }

  private articlePasses(i: number, filters: SearchFilters): boolean {
    const a = this.articles[i]
    if (filters.metric && !this.articleMetrics[i].has(filters.metric)) return false
    if (filters.region && a.region.code !== filters.region) return false
    if (filters.year && String(Math.floor(this.articleDay[i] / 10000)) !== filters.year) return false
    return true
  }

  private facets(figures: Map<number, number>, articles: Matches['articles']): Facets {
    const metric = new Map<string, FacetValue>()
    const region = new Map<string, FacetValue>()
    const year = new Map<string, FacetValue>()
    const bump = (map: Map<string, FacetValue>, value: string, label: string, by = 1) => {
      const f = map.get(value)
      if (f) f.count += by
      else map.set(value, { value, label, count: by })
    }
    for (const i of figures.keys()) {
      const f = this.figures[i]
      bump(metric, f.metric, this.names.metric(f.metric).zh)
      bump(region, f.region.code, f.region.name)
      const y = figureYear(f, this.articleById.get(f.source.articleId))
      if (y) bump(year, y, y)
    }
    // Articles are many: count by small integer keys first, name the keys after.
    const byRegion = new Uint32Array(this.regionOfArticle.keys.length)
    const byYear = new Map<number, number>()
    for (const doc of articles.docs) {
      byRegion[this.regionOfArticle.index[doc]]++
      const y = Math.floor(this.articleDay[doc] / 10000)
      if (y) byYear.set(y, (byYear.get(y) ?? 0) + 1)
    }
    byRegion.forEach((count, k) => {
      if (count) bump(region, this.regionOfArticle.keys[k].code, this.regionOfArticle.keys[k].name, count)
    })
    for (const [y, count] of byYear) bump(year, String(y), String(y), count)
    const sorted = (map: Map<string, FacetValue>) => [...map.values()].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
    return { metric: sorted(metric), region: sorted(region), year: [...year.values()].sort((a, b) => (a.value < b.value ? 1 : -1)) }
  }

  private figureHit(figure: Figure, score: number, needles: string[]): FigureHit {
    // A Latin query (gdp, baotou) matched the figure through its metric's or region's names: light those up.
    const shown = [...needles, ...this.lightUp(needles, figure.metric, figure.region.code, figure.region.name)]
    return {
      kind: 'figure',
      id: figure.id,
      score,
      figure,
      terms: shown,
      title: highlight(figure.label, shown),
      snippet: snippet(figure.source.quote, shown, 90),
      target: target('/explore', { metric: figure.metric, region: figure.region.code, fig: figure.id }),
    }
  }

  private articleHit(article: Article, score: number, needles: string[], query: string): ArticleHit {
    const shown = [...needles, ...this.lightUp(needles, null, article.region.code, article.region.name)]
    const title = article.kicker ? `${article.headline} ${article.kicker}` : article.headline
    return {
      kind: 'article',
      id: article.id,
      score,
      article,
      terms: shown,
      title: highlight(title, shown),
      snippet: snippet(article.text, shown, 100),
      target: target(`/article/${article.id}`, { q: query.trim() }),
    }
  }

  /** Chinese names to highlight for Latin needles that name the metric or the region (gdp → 地区生产总值). */
  private lightUp(needles: string[], metric: string | null, code: string, name: string): string[] {
    const latin = needles.filter((n) => /^[a-z]/.test(n))
    if (latin.length === 0) return []
    const out: string[] = []
    if (metric) {
      const m = this.names.metric(metric)
      const words = foldText(`${m.en} ${metric.replace(/_/g, ' ')}`).split(/[^a-z0-9]+/)
      if (latin.some((n) => words.some((w) => w.startsWith(n)))) out.push(m.zh)
    }
    const regionText = foldText(this.names.regionText(code, name))
    if (latin.some((n) => regionText.includes(n))) out.push(...this.names.regionForms(code, name))
    return out
  }
}

function combine(into: Map<number, number>, term: Map<number, number>, first: boolean): void {
  if (first) {
    for (const [k, v] of term) into.set(k, v)
    return
  }
  for (const [k, v] of into) {
    const s = term.get(k)
    if (s === undefined) into.delete(k)
    else into.set(k, v + s)
  }
}
