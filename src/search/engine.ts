import type { Article, Figure } from '../model/index.ts'
import { highlight, snippet, type Segment } from './highlight.ts'
import { QueryExpander, parseQuery, type QueryTerm } from './query.ts'
import {
  Names,
  SEARCH_INDEX_VERSION,
  articleMetricKey,
  chunkPath,
  fieldAt,
  shardPath,
  suggestPath,
  type SearchManifest,
} from './schema.ts'
import { DecodedShard, firstPosition, positionsInto, type KeyPostings } from './shards.ts'
import { suggest, type SuggestionCandidate } from './suggest.ts'
import { foldText, runLookups, type RunLookup } from './tokenize.ts'

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

/** Matched documents: ascending numbers (articles first, then figures) and their scores. */
export interface Matches {
  terms: QueryTerm[]
  docs: Uint32Array
  scores: Float64Array
}

/** Reads a file of the search by its path under data/search/: bytes for shards, text for JSON. */
export type FetchFile = (path: string) => Promise<Uint8Array | string>

/** Weight of a match by the field it is in: an article's headline outranks everything. */
const ARTICLE_WEIGHT = { title: 12, short: 3, body: 1 }
const FIGURE_WEIGHT = { title: 4, short: 3, body: 1.5 }
/** A document about a region the term names (鄂尔多斯 for 鄂尔多斯市), or whose name holds it (浩特). */
const REGION_EXACT = 6
const REGION_PARTIAL = 3
/** A match through an alias (呼和浩特 for 首府) counts a little less than the term as typed. */
const ALIAS_WEIGHT = 0.8
/** The core indicators (GDP, investment, cargo…) before the incidental numbers of the same place or metric. */
const CORE_PRIOR = 1.3

function target(path: string, query: Record<string, string>): HitTarget {
  const search = new URLSearchParams(query).toString()
  return { path, query, href: `#${path}${search ? '?' + search : ''}` }
}

const textDecoder = new TextDecoder()
const asText = (content: Uint8Array | string) => (typeof content === 'string' ? content : textDecoder.decode(content))
const asBytes = (content: Uint8Array | string) => (typeof content === 'string' ? new TextEncoder().encode(content) : content)

/**
 * Search over the sharded index: the manifest is in memory, posting shards and stored fields are fetched when a
 * query needs them and kept. A query's terms must all match (in any of their variants: the term, its aliases);
 * a term matches a document when the document's text holds it as `String.includes` would find it, or when the
 * document is about a region the term names.
 */
export class SearchEngine {
  readonly manifest: SearchManifest
  private readonly names: Names
  private readonly expander: QueryExpander
  private readonly shards = new Map<number, Promise<DecodedShard>>()
  private readonly chunks = new Map<string, Promise<unknown[]>>()
  private suggestions: Promise<SuggestionCandidate[]> | null = null
  /** Every file fetched so far and their bytes, in order. */
  readonly fetched: { path: string; bytes: number }[] = []
  private scratch: { total: Float64Array; best: Float64Array; count: Uint8Array; first: Float64Array; occ: Float64Array } | null = null

  constructor(
    manifest: SearchManifest,
    private readonly fetchFile: FetchFile,
  ) {
    if (manifest.version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${manifest.version}, expected ${SEARCH_INDEX_VERSION}`)
    this.manifest = manifest
    this.names = new Names(manifest.regions, manifest.metrics)
    this.expander = new QueryExpander(manifest.regions, manifest.metrics)
  }

  get docCount(): number {
    return this.manifest.articles + this.manifest.figures
  }

  get bytesFetched(): number {
    return this.fetched.reduce((n, f) => n + f.bytes, 0)
  }

  private async fetchCounted(path: string, what: string): Promise<Uint8Array | string> {
    let content: Uint8Array | string
    try {
      content = await this.fetchFile(path)
    } catch (error) {
      throw new Error(`${what} data/search/${path} could not be loaded: ${(error as Error).message || error}`)
    }
    this.fetched.push({ path, bytes: typeof content === 'string' ? content.length : content.length })
    return content
  }

  /** Index of the shard that would hold `key`, or -1 when the key sorts before every shard. */
  shardFor(key: string): number {
    const first = this.manifest.shards.first
    let lo = 0
    let hi = first.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (first[mid] <= key) lo = mid + 1
      else hi = mid
    }
    return lo - 1
  }

  /** Shards that may hold keys beginning with `prefix`: the one `prefix` falls in and those starting within it. */
  shardsForPrefix(prefix: string): number[] {
    const first = this.manifest.shards.first
    const end = prefix + '\uffff'
    const out: number[] = []
    const at = this.shardFor(prefix)
    if (at >= 0) out.push(at)
    for (let s = at + 1; s < first.length && first[s] < end; s++) out.push(s)
    return out
  }

  private shard(s: number): Promise<DecodedShard> {
    let p = this.shards.get(s)
    if (!p) {
      const path = shardPath(this.manifest.id, s)
      p = this.fetchCounted(path, 'search shard').then((content) => new DecodedShard(asBytes(content), `data/search/${path}`))
      // A failed fetch is tried again by the next query.
      p.catch(() => this.shards.delete(s))
      this.shards.set(s, p)
    }
    return p
  }

  /** The shards a query's lookups need (and the facet key of a metric filter). */
  shardsFor(lookups: RunLookup[], metricFilter?: string | null): number[] {
    const need = new Set<number>()
    for (const l of lookups) {
      if (l.kind === 'chain') for (const key of l.keys) need.add(this.shardFor(key))
      else for (const s of this.shardsForPrefix(l.prefix)) need.add(s)
    }
    if (metricFilter) need.add(this.shardFor(articleMetricKey(metricFilter)))
    need.delete(-1)
    return [...need].sort((a, b) => a - b)
  }

  private plan(query: string): { terms: QueryTerm[]; lookups: RunLookup[][][] } {
    // Beyond 32 terms a query is pasted text, not a search: the rest would only narrow it further.
    const terms = parseQuery(query, this.expander).slice(0, 32)
    return { terms, lookups: terms.map((t) => t.variants.map((v) => runLookups(v))) }
  }

  /** What a query looks up in the index: every run of every variant (the term, its aliases) of every term. */
  lookupsFor(query: string): RunLookup[] {
    return this.plan(query).lookups.flat(2)
  }

  private async loaded(shards: number[]): Promise<Map<number, DecodedShard>> {
    const list = await Promise.all(shards.map((s) => this.shard(s)))
    return new Map(shards.map((s, i) => [s, list[i]]))
  }

  private keyPostings(loaded: Map<number, DecodedShard>, key: string): KeyPostings | null {
    const shard = loaded.get(this.shardFor(key))
    if (!shard) return null
    const k = shard.find(key)
    return k < 0 ? null : shard.postings(k)
  }

  private scratchArrays() {
    const n = this.docCount
    if (!this.scratch || this.scratch.total.length !== n) {
      this.scratch = { total: new Float64Array(n), best: new Float64Array(n), count: new Uint8Array(n), first: new Float64Array(n).fill(Infinity), occ: new Float64Array(n) }
    }
    return this.scratch
  }

  private score(doc: number, firstPos: number, occurrences: number): number {
    const w = doc < this.manifest.articles ? ARTICLE_WEIGHT : FIGURE_WEIGHT
    return w[fieldAt(firstPos)] * (1 + Math.log2(1 + occurrences))
  }

  /** Documents holding a chain of bigrams at consecutive positions (a run of two or more characters). */
  private chain(loaded: Map<number, DecodedShard>, keys: string[]): { docs: Uint32Array; scores: Float64Array } {
    const lists: KeyPostings[] = []
    for (const key of keys) {
      const p = this.keyPostings(loaded, key)
      if (!p) return { docs: new Uint32Array(0), scores: new Float64Array(0) }
      lists.push(p)
    }
    if (lists.length === 1) {
      const p = lists[0]
      const n = p.docs.length
      const scores = new Float64Array(n)
      // Occurrences are not counted for a single key: the size of its positions stands for them.
      for (let i = 0; i < n; i++) scores[i] = this.score(p.docs[i], firstPosition(p, i), p.posStart[i + 1] - p.posStart[i])
      return { docs: p.docs, scores }
    }
    // Walk the shortest list; find each document in the others by galloping search.
    const order = lists.map((_, j) => j).sort((a, b) => lists[a].docs.length - lists[b].docs.length)
    const shortest = lists[order[0]]
    const at = new Uint32Array(lists.length)
    const docs: number[] = []
    const scores: number[] = []
    const index = new Array<number>(lists.length)
    const buffers: Uint32Array[] = []
    const counts = new Uint32Array(lists.length)
    const pointers = new Uint32Array(lists.length)
    outer: for (let i = 0; i < shortest.docs.length; i++) {
      const doc = shortest.docs[i]
      index[order[0]] = i
      for (let o = 1; o < order.length; o++) {
        const j = order[o]
        const d = lists[j].docs
        let lo = at[j]
        let step = 1
        while (lo + step < d.length && d[lo + step] < doc) step *= 2
        let hi = Math.min(d.length, lo + step + 1)
        while (lo < hi) {
          const mid = (lo + hi) >>> 1
          if (d[mid] < doc) lo = mid + 1
          else hi = mid
        }
        at[j] = lo
        if (lo >= d.length) break outer
        if (d[lo] !== doc) continue outer
        index[j] = lo
      }
      // Every bigram is in the document: is there a place where they follow each other? Positions ascend, so
      // one pointer per list walks forward.
      let count = 0
      let firstMatch = -1
      for (let j = 0; j < lists.length; j++) {
        const r = positionsInto(lists[j], index[j], buffers[j] ?? new Uint32Array(16))
        buffers[j] = r.positions
        counts[j] = r.count
        pointers[j] = 0
      }
      const starts = buffers[0]
      for (let s = 0; s < counts[0]; s++) {
        const p = starts[s]
        let ok = true
        for (let j = 1; j < lists.length && ok; j++) {
          const want = p + j
          const list = buffers[j]
          let at = pointers[j]
          while (at < counts[j] && list[at] < want) at++
          pointers[j] = at
          ok = at < counts[j] && list[at] === want
        }
        if (ok) {
          if (firstMatch < 0) firstMatch = p
          count++
        }
      }
      if (count > 0) {
        docs.push(doc)
        scores.push(this.score(doc, firstMatch, count))
      }
    }
    return { docs: Uint32Array.from(docs), scores: Float64Array.from(scores) }
  }

  /** Documents holding any key that begins with a character (a one-character run). */
  private prefix(loaded: Map<number, DecodedShard>, prefix: string): { docs: Uint32Array; scores: Float64Array } {
    const { first, occ } = this.scratchArrays()
    const touched: number[] = []
    for (const s of this.shardsForPrefix(prefix)) {
      const shard = loaded.get(s)
      if (!shard) continue
      for (let k = shard.lowerBound(prefix); k < shard.keys.length && shard.keys[k].startsWith(prefix); k++) {
        const p = shard.postings(k)
        for (let i = 0; i < p.docs.length; i++) {
          const doc = p.docs[i]
          if (first[doc] === Infinity) touched.push(doc)
          const f = firstPosition(p, i)
          if (f < first[doc]) first[doc] = f
          occ[doc] += p.posStart[i + 1] - p.posStart[i]
        }
      }
    }
    const docs = Uint32Array.from(touched).sort()
    const scores = new Float64Array(docs.length)
    docs.forEach((doc, i) => {
      scores[i] = this.score(doc, first[doc], occ[doc])
      first[doc] = Infinity
      occ[doc] = 0
    })
    return { docs, scores }
  }

  /** Documents satisfying every run of a variant, with the sum of their scores. */
  private variant(loaded: Map<number, DecodedShard>, lookups: RunLookup[]): { docs: Uint32Array; scores: Float64Array } {
    let result: { docs: Uint32Array; scores: Float64Array } | null = null
    for (const l of lookups) {
      const r = l.kind === 'chain' ? this.chain(loaded, l.keys) : this.prefix(loaded, l.prefix)
      if (!result) result = r
      else {
        const docs: number[] = []
        const scores: number[] = []
        let i = 0
        let j = 0
        while (i < result.docs.length && j < r.docs.length) {
          if (result.docs[i] < r.docs[j]) i++
          else if (result.docs[i] > r.docs[j]) j++
          else {
            docs.push(r.docs[j])
            scores.push(result.scores[i++] + r.scores[j++])
          }
        }
        result = { docs: Uint32Array.from(docs), scores: Float64Array.from(scores) }
      }
      if (result.docs.length === 0) break
    }
    return result ?? { docs: new Uint32Array(0), scores: new Float64Array(0) }
  }

  /** Ranges [start, end) of the documents in a region. */
  private regionRanges(code: string): [number, number][] {
    const { groups, regionList } = this.manifest
    const r = regionList.findIndex((x) => x.code === code)
    if (r < 0) return []
    const out: [number, number][] = []
    for (let g = 0; g < groups.start.length; g++) if (groups.region[g] === r) out.push([groups.start[g], groups.start[g + 1] ?? this.docCount])
    return out
  }

  private evaluate(loaded: Map<number, DecodedShard>, terms: QueryTerm[], lookups: RunLookup[][][]): Matches {
    const { total, best, count } = this.scratchArrays()
    const candidates: number[] = []
    terms.forEach((term, t) => {
      const termDocs: number[] = []
      term.variants.forEach((_, v) => {
        const weight = v === 0 ? 1 : ALIAS_WEIGHT
        const { docs, scores } = this.variant(loaded, lookups[t][v])
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]
          if (count[doc] !== t) continue
          if (best[doc] === 0) termDocs.push(doc)
          const s = scores[i] * weight
          if (s > best[doc]) best[doc] = s
        }
      })
      for (const { code, exact } of term.regions) {
        const add = exact ? REGION_EXACT : REGION_PARTIAL
        for (const [start, end] of this.regionRanges(code)) {
          for (let doc = start; doc < end; doc++) {
            if (count[doc] !== t) continue
            if (best[doc] === 0) termDocs.push(doc)
            best[doc] += add
          }
        }
      }
      for (const doc of termDocs) {
        if (t === 0) candidates.push(doc)
        count[doc] = t + 1
        total[doc] += best[doc]
        best[doc] = 0
      }
    })
    const all = terms.length
    const matched = candidates.filter((doc) => count[doc] === all)
    const docs = Uint32Array.from(matched).sort()
    const scores = new Float64Array(docs.length)
    const { groups } = this.manifest
    let g = 0
    docs.forEach((doc, i) => {
      while (g + 1 < groups.start.length && groups.start[g + 1] <= doc) g++
      scores[i] = total[doc] * (groups.core[g] ? CORE_PRIOR : 1)
    })
    for (const doc of candidates) {
      count[doc] = 0
      total[doc] = 0
    }
    return { terms, docs, scores }
  }

  /** Every document the query matches, with scores (fetching the shards it needs). */
  async match(query: string): Promise<Matches> {
    const { terms, lookups } = this.plan(query)
    const loaded = await this.loaded(this.shardsFor(lookups.flat(2)))
    return this.evaluate(loaded, terms, lookups)
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    const started = performance.now()
    const limit = options.limit ?? 20
    const filters = options.filters ?? {}
    const { terms, lookups } = this.plan(query)
    const loaded = await this.loaded(this.shardsFor(lookups.flat(2), filters.metric))
    const { docs, scores } = this.evaluate(loaded, terms, lookups)
    const facets = this.facets(docs)

    // Filters by group (region, year; metric for figures), and for articles by the facet key of the metric.
    const { groups, regionList, metrics, articles: A } = this.manifest
    const regionIndex = filters.region ? regionList.findIndex((r) => r.code === filters.region) : -1
    const metricIndex = filters.metric ? metrics.findIndex((m) => m.key === filters.metric) : -1
    let articleMetric: Set<number> | null = null
    if (filters.metric) {
      const p = this.keyPostings(loaded, articleMetricKey(filters.metric))
      articleMetric = new Set(p ? p.docs : [])
    }
    const passes = (doc: number, g: number) => {
      if (filters.region && groups.region[g] !== regionIndex) return false
      if (filters.year && groups.year[g] !== filters.year) return false
      if (filters.metric) return doc < A ? articleMetric!.has(doc) : groups.metric[g] === metricIndex
      return true
    }
    // Only the best `limit` of each kind are shown: keep them in small sorted lists rather than sorting every match.
    const tops = { figures: [] as number[], articles: [] as number[] }
    let totalFigures = 0
    let totalArticles = 0
    const better = (a: number, b: number) => scores[a] - scores[b] || docs[b] - docs[a]
    let g = 0
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]
      while (g + 1 < groups.start.length && groups.start[g + 1] <= doc) g++
      if (!passes(doc, g)) continue
      let top: number[]
      if (doc < A) {
        totalArticles++
        top = tops.articles
      } else {
        totalFigures++
        top = tops.figures
      }
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
    const [figures, articles] = await Promise.all([
      Promise.all(tops.figures.map(async (i) => this.figureHit((await this.stored(docs[i])) as Figure, scores[i], needles))),
      Promise.all(tops.articles.map(async (i) => this.articleHit((await this.stored(docs[i])) as Article, scores[i], needles, query))),
    ])
    return { query, terms, figures, articles, totalFigures, totalArticles, facets, tookMs: performance.now() - started }
  }

  /** The stored fields of a document: its article or figure as in the dataset. */
  async stored(doc: number): Promise<Article | Figure> {
    const { articles: A, chunk, id } = this.manifest
    const [kind, local, per] = doc < A ? (['a', doc, chunk.articles] as const) : (['f', doc - A, chunk.figures] as const)
    const path = chunkPath(id, kind, Math.floor(local / per))
    let p = this.chunks.get(path)
    if (!p) {
      p = this.fetchCounted(path, 'search documents').then((content) => JSON.parse(asText(content)) as unknown[])
      p.catch(() => this.chunks.delete(path))
      this.chunks.set(path, p)
    }
    const item = (await p)[local % per]
    if (!item) throw new Error(`search documents data/search/${path} lack document ${local % per}`)
    return item as Article | Figure
  }

  /** "Did you mean": the name one typo away from a query that found nothing (fetched on first use). */
  async suggest(query: string): Promise<string | null> {
    if ([...query.trim()].length < 3) return null
    this.suggestions ??= this.fetchCounted(suggestPath(this.manifest.id), 'search suggestions').then((c) => JSON.parse(asText(c)) as SuggestionCandidate[])
    this.suggestions.catch(() => (this.suggestions = null))
    return suggest(query, await this.suggestions)
  }

  private facets(docs: Uint32Array): Facets {
    const { groups, regionList, metrics } = this.manifest
    // Count per group first (documents come in group order), then name the groups.
    const perGroup = new Uint32Array(groups.start.length)
    let g = 0
    for (const doc of docs) {
      while (g + 1 < groups.start.length && groups.start[g + 1] <= doc) g++
      perGroup[g]++
    }
    const metric = new Map<string, FacetValue>()
    const region = new Map<string, FacetValue>()
    const year = new Map<string, FacetValue>()
    const bump = (map: Map<string, FacetValue>, value: string, label: string, by: number) => {
      const f = map.get(value)
      if (f) f.count += by
      else map.set(value, { value, label, count: by })
    }
    perGroup.forEach((n, g) => {
      if (!n) return
      const r = regionList[groups.region[g]]
      bump(region, r.code, r.name, n)
      if (groups.year[g]) bump(year, groups.year[g], groups.year[g], n)
      if (groups.metric[g] >= 0) {
        const m = metrics[groups.metric[g]]
        bump(metric, m.key, m.zh, n)
      }
    })
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
