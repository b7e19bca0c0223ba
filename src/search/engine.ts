import { articleTitle, type Article, type Figure } from '../model/index.ts'
import { highlight, snippet, type Segment } from './highlight.ts'
import { QueryExpander, parseQuery, type QueryTerm } from './query.ts'
import { DenseAccumulator, EMPTY, gallop, intersect, lowerBound, topK, type Scored } from './lists.ts'
import {
  BODY_BASE,
  Names,
  SEARCH_INDEX_VERSION,
  SHORT_BASE,
  articleMetricKey,
  chunkPath,
  positionPath,
  shardPath,
  suggestPath,
  type SearchManifest,
} from './schema.ts'
import { DecodedShard, allPositions, documentPositions, type KeyPostings } from './shards.ts'
import { suggest, type SuggestionCandidate } from './suggest.ts'
import { TRIGRAM_MARK, foldText, runLookups, type RunLookup } from './tokenize.ts'

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

/** Weight of a match by the field it is in (title, short fields, body): an article's headline outranks everything. */
const ARTICLE_WEIGHT = [12, 3, 1]
const FIGURE_WEIGHT = [4, 3, 1.5]
/** 1 + log2(1 + n) for the usual numbers of occurrences. */
const OCCURRENCE_BOOST = Float64Array.from({ length: 1024 }, (_, n) => 1 + Math.log2(1 + n))

/** A document's score for one run: the field of its first match (0 title, 1 short fields, 2 body), and how often it occurs. */
function score(article: boolean, field: number, occurrences: number): number {
  const boost = occurrences < 1024 ? OCCURRENCE_BOOST[occurrences] : 1 + Math.log2(1 + occurrences)
  return (article ? ARTICLE_WEIGHT : FIGURE_WEIGHT)[field] * boost
}
/** A document about a region the term names (鄂尔多斯 for 鄂尔多斯市), or whose name holds it (浩特). */
const REGION_EXACT = 6
const REGION_PARTIAL = 3
/** A match through an alias (呼和浩特 for 首府) counts a little less than the term as typed. */
const ALIAS_WEIGHT = 0.8
/** The core indicators (GDP, investment, cargo…) before the incidental numbers of the same place or metric. */
const CORE_PRIOR = 1.3

/**
 * Whether variant `v` of a term can add nothing: another variant of at least its weight is a part of it
 * (内蒙古 of 内蒙古自治区), so it is in every document `v` is in, as early and as often, and scores at least as
 * much. Only for one run each and a chain of two or more keys for `v` (whose occurrences are counted exactly).
 */
function dominated(lookups: RunLookup[][], v: number): boolean {
  const [mine] = lookups[v]
  if (lookups[v].length !== 1 || mine.kind !== 'chain' || mine.keys.length < 2) return false
  const text = mine.text
  return lookups.some((other, u) => u !== v && (u === 0 || v !== 0) && other.length === 1 && text.includes(runText(other[0])) && (text !== runText(other[0]) || u < v))
}

/** The characters a run lookup stands for. */
function runText(l: RunLookup): string {
  return l.kind === 'prefix' ? l.prefix : l.text
}

/**
 * The keys of a chain worth checking, rarest first: any keys that together hold every character of the run tell
 * exactly where it is, so a key whose characters rarer keys already hold (工作 in 员工作站, once 员工 and 作站 are
 * taken) could only add work: its documents decoded, its positions checked.
 */
function coveringKeys(lookup: { keys: string[]; offsets: number[] }, counts: number[]): number[] {
  const order = counts.map((_, i) => i).sort((a, b) => counts[a] - counts[b] || a - b)
  const span = (i: number) => [lookup.offsets[i], lookup.offsets[i] + (lookup.keys[i].startsWith(TRIGRAM_MARK) ? 3 : 2)]
  const end = Math.max(...lookup.keys.map((_, i) => span(i)[1]))
  const held = new Uint8Array(end)
  let missing = end
  const chosen: number[] = []
  for (const i of order) {
    const [from, to] = span(i)
    let adds = 0
    for (let c = from; c < to; c++) if (!held[c]) adds++
    if (adds === 0) continue
    chosen.push(i)
    for (let c = from; c < to; c++) held[c] = 1
    missing -= adds
    if (missing === 0) break
  }
  return chosen
}

/** A position's field: 0 title, 1 short fields, 2 body. */
const fieldIndex = (position: number) => (position < SHORT_BASE ? 0 : position < BODY_BASE ? 1 : 2)

function target(path: string, query: Record<string, string>): HitTarget {
  const search = new URLSearchParams(query).toString()
  return { path, query, href: `#${path}${search ? '?' + search : ''}` }
}

const textDecoder = new TextDecoder()
const asText = (content: Uint8Array | string) => (typeof content === 'string' ? content : textDecoder.decode(content))
const asBytes = (content: Uint8Array | string) => (typeof content === 'string' ? new TextEncoder().encode(content) : content)

/**
 * One key of a chain, as the walk over its documents sees it: its documents, its offset in the chain, and the
 * positions of the document looked at (`pos[from..to)`), either a range of the key's decoded positions or this
 * document's, decoded into an array kept for the next. Always this one class, holding typed arrays only, so that
 * the walks below stay monomorphic.
 */
class ChainKey {
  docs: Uint32Array = EMPTY_U32
  offset = 0
  /** Every position of the key when decoded whole (`all`), else empty. */
  allPos: Int32Array = EMPTY_I32
  allStart: Uint32Array = EMPTY_U32
  all = false
  postings: KeyPostings | null = null
  pos: Int32Array = EMPTY_I32
  from = 0
  to = 0
  /** Where the document looked for was found in `docs` (by `seek`). */
  at = 0
  /** As the rarest key of a chain: the starts of the chain in the document looked at. */
  starts = new Int32Array(64)
  private scratch = new Int32Array(64)

  set(p: KeyPostings, offset: number, decodeAll: boolean): void {
    this.postings = p
    this.docs = p.docs
    this.offset = offset
    this.all = decodeAll || !!p.positions
    if (this.all) {
      const all = allPositions(p)
      this.allPos = all.pos
      this.allStart = all.start
    } else {
      this.allPos = EMPTY_I32
      this.allStart = EMPTY_U32
    }
    this.at = 0
  }

  /** The positions of the `i`-th document of the key into pos[from..to). */
  positionsOf(i: number): void {
    if (this.all) {
      this.pos = this.allPos
      this.from = this.allStart[i]
      this.to = this.allStart[i + 1]
      return
    }
    const p = this.postings!
    const bytes = p.posStart[i + 1] - p.posStart[i]
    if (this.scratch.length < bytes) this.scratch = new Int32Array(bytes * 2)
    this.pos = this.scratch
    this.from = 0
    this.to = documentPositions(p, i, this.scratch)
  }

  /** Moves to document `doc` (documents are looked for in ascending order): whether the key holds it. */
  seek(doc: number): boolean {
    const d = this.docs
    let at = this.at
    if (at < d.length && d[at] < doc) at = this.at = gallop(d, at, doc)
    return at < d.length && d[at] === doc
  }

  /** Whether no document of the key is at or after the last one looked for. */
  done(): boolean {
    return this.at >= this.docs.length
  }
}

const EMPTY_U32 = new Uint32Array(0)
const EMPTY_I32 = new Int32Array(0)

/**
 * The starts of a chain in one document where its two rarest keys meet: positions of `k0` whose `k1` follows
 * `shift` later. Writes them into `k0.starts` (each less `k0.offset`, the start of the chain) when `collect`, else
 * only the first into starts[0]; returns how many.
 */
function pairStarts(k0: ChainKey, k1: ChainKey, shift: number, collect: boolean): number {
  if (collect && k0.starts.length < k0.to - k0.from) k0.starts = new Int32Array((k0.to - k0.from) * 2)
  const starts = k0.starts
  const p0 = k0.pos
  const p1 = k1.pos
  let a = k0.from
  const aEnd = k0.to
  let b = k1.from
  const bEnd = k1.to
  const off0 = k0.offset
  let n = 0
  while (a < aEnd && b < bEnd) {
    const want = p0[a] + shift
    const got = p1[b]
    if (got < want) b++
    else if (got > want) a++
    else {
      if (collect || n === 0) starts[n] = p0[a] - off0
      n++
      a++
      b++
    }
  }
  return n
}

/** Keeps those of the `n` starts of a chain where key `k` (at its offset) sits too, in the document of k.pos[from..to); returns how many. */
function keepStarts(k: ChainKey, starts: Int32Array, n: number): number {
  const pos = k.pos
  let q = k.from
  const end = k.to
  const off = k.offset
  let kept = 0
  for (let s = 0; s < n; s++) {
    const want = starts[s] + off
    while (q < end && pos[q] < want) q++
    if (q === end) break
    if (pos[q] === want) starts[kept++] = starts[s]
  }
  return kept
}

/**
 * The walk of a chain: every document of `drive` (ascending) that the keys all hold, with the chain's characters
 * at consecutive positions, scored; `keys` rarest first, `filter` the documents allowed when `filtered` (the
 * rarest key's documents are then `drive`). Writes into docs and scores, returns how many.
 */
function walkChain(
  keys: ChainKey[],
  drive: Uint32Array,
  filter: Uint32Array,
  filtered: boolean,
  articles: number,
  docs: Uint32Array,
  scores: Float64Array,
): number {
  const k0 = keys[0]
  const k1 = keys[1]
  const m = keys.length
  const shift = k1.offset - k0.offset
  const driveIsRarest = drive === k0.docs
  let k = 0
  let cw = 0
  for (let i = 0; i < drive.length; i++) {
    const doc = drive[i]
    if (driveIsRarest) {
      k0.at = i
      if (filtered) {
        if (filter[cw] < doc) cw = gallop(filter, cw, doc)
        if (cw >= filter.length) break
        if (filter[cw] !== doc) continue
      }
    } else if (!k0.seek(doc)) {
      if (k0.done()) break
      continue
    }
    if (!k1.seek(doc)) {
      if (k1.done()) break
      continue
    }
    k0.positionsOf(k0.at)
    k1.positionsOf(k1.at)
    let n = pairStarts(k0, k1, shift, m > 2)
    const starts = k0.starts
    // The other keys, in the same document, filter the starts.
    for (let o = 2; o < m && n > 0; o++) {
      const ko = keys[o]
      if (!ko.seek(doc)) {
        n = 0
        break
      }
      ko.positionsOf(ko.at)
      n = keepStarts(ko, starts, n)
    }
    if (n > 0) {
      docs[k] = doc
      scores[k++] = score(doc < articles, fieldIndex(starts[0]), n)
    }
  }
  return k
}

/** One key's documents among those of `within` (ascending), scored; returns how many, written into docs and scores. */
function keyWithin(p: KeyPostings, within: Uint32Array, articles: number, docs: Uint32Array, scores: Float64Array): number {
  const field = p.field
  const keyDocs = p.docs
  const posStart = p.posStart
  let k = 0
  let at = 0
  for (let i = 0; i < within.length; i++) {
    const doc = within[i]
    at = gallop(keyDocs, at, doc)
    if (at >= keyDocs.length) break
    if (keyDocs[at] !== doc) continue
    docs[k] = doc
    scores[k++] = score(doc < articles, field[at], posStart[at + 1] - posStart[at])
  }
  return k
}

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
  private readonly positionFiles = new Map<number, Promise<DecodedShard>>()
  private readonly chunks = new Map<string, Promise<unknown[]>>()
  private suggestions: Promise<SuggestionCandidate[]> | null = null
  /** Every file fetched so far and their bytes, in order. */
  readonly fetched: { path: string; bytes: number }[] = []
  private dense: DenseAccumulator | null = null
  /** Scratch of a one-character prefix: first position + 1 and bytes of positions, by document. */
  private prefixFirst: Uint32Array | null = null
  private prefixOcc: Uint32Array | null = null
  /** Scratch of a chain: its keys. */
  private readonly chainKeys: ChainKey[] = []
  private readonly scoreCache = new WeakMap<KeyPostings, Float64Array>()

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

  /** A shard with its positions file. */
  private shardWithPositions(s: number): Promise<DecodedShard> {
    let p = this.positionFiles.get(s)
    if (!p) {
      const path = positionPath(this.manifest.id, s)
      p = Promise.all([this.shard(s), this.fetchCounted(path, 'search shard')]).then(([shard, content]) => {
        shard.attachPositions(asBytes(content), `data/search/${path}`)
        return shard
      })
      p.catch(() => this.positionFiles.delete(s))
      this.positionFiles.set(s, p)
    }
    return p
  }

  /** The shards whose positions a query's lookups need: those of chains of two or more keys. */
  positionShardsFor(lookups: RunLookup[]): number[] {
    const need = new Set<number>()
    for (const l of lookups) if (l.kind === 'chain' && l.keys.length > 1) for (const key of l.keys) need.add(this.shardFor(key))
    need.delete(-1)
    return [...need].sort((a, b) => a - b)
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

  /** The shards of a query, with the positions of those it checks chains in. */
  private async loaded(lookups: RunLookup[], metricFilter?: string | null): Promise<Map<number, DecodedShard>> {
    const shards = this.shardsFor(lookups, metricFilter)
    const withPositions = new Set(this.positionShardsFor(lookups))
    const list = await Promise.all(shards.map((s) => (withPositions.has(s) ? this.shardWithPositions(s) : this.shard(s))))
    return new Map(shards.map((s, i) => [s, list[i]]))
  }

  private keyPostings(loaded: Map<number, DecodedShard>, key: string): KeyPostings | null {
    const shard = loaded.get(this.shardFor(key))
    if (!shard) return null
    const k = shard.find(key)
    return k < 0 ? null : shard.postings(k)
  }

  /** How many documents hold a key (0 when none), without decoding its postings. */
  private keyCount(loaded: Map<number, DecodedShard>, key: string): number {
    const shard = loaded.get(this.shardFor(key))
    const k = shard ? shard.find(key) : -1
    return k < 0 ? 0 : shard!.count(k)
  }

  private accumulator(): DenseAccumulator {
    this.dense ??= new DenseAccumulator(this.docCount)
    this.dense.reset(this.docCount)
    return this.dense
  }

  /**
   * The score of every document of one key, computed once per key like its decoded postings (the same for
   * every query; a query that changes scores copies them first). Occurrences are not counted for a single key:
   * the size of its positions stands for them.
   */
  private keyScores(p: KeyPostings): Float64Array {
    let scores = this.scoreCache.get(p)
    if (scores) return scores
    const articles = this.manifest.articles
    const n = p.docs.length
    const field = p.field
    const docs = p.docs
    const start = p.posStart
    scores = new Float64Array(n)
    for (let i = 0; i < n; i++) scores[i] = score(docs[i] < articles, field[i], start[i + 1] - start[i])
    this.scoreCache.set(p, scores)
    return scores
  }

  /**
   * Documents holding a chain of bigrams at consecutive positions (a run of two or more characters), among
   * `within` when given (the matches of the query's other terms so far, often far fewer than a key's).
   */
  private chain(loaded: Map<number, DecodedShard>, lookup: { keys: string[]; offsets: number[] }, within: Uint32Array | null): Scored {
    const counts = lookup.keys.map((key) => this.keyCount(loaded, key))
    if (counts.includes(0)) return EMPTY
    const chosen = coveringKeys(lookup, counts)
    const lists = chosen.map((i) => this.keyPostings(loaded, lookup.keys[i])!)
    const articles = this.manifest.articles
    if (lists.length === 1 && (!within || within.length * 4 > lists[0].docs.length)) return { docs: lists[0].docs, scores: this.keyScores(lists[0]) }
    if (lists.length === 1) {
      // One key among the few documents of `within`.
      const docs = new Uint32Array(within!.length)
      const scores = new Float64Array(within!.length)
      const k = keyWithin(lists[0], within!, articles, docs, scores)
      return { docs: docs.subarray(0, k), scores: scores.subarray(0, k) }
    }
    return this.chainOfKeys(
      lists,
      chosen.map((i) => lookup.offsets[i]),
      within,
    )
  }

  /**
   * Two or more keys, key j at `offsets[j]` from the start of the chain. The two rarest are joined first,
   * document by document and then position by position (a document holding 20 and 24 is rarely one holding
   * 2024), and only the starts that survive are looked for in the other keys' documents and positions.
   * `within`, when shorter than the rarest key, drives the walk. A key's positions are decoded all at once (and
   * kept) when most of its documents are candidates, else only in the candidates. The walk itself is a few small
   * functions over one class of typed arrays (`walkChain`): in one large method, V8 compiled the loop on stack
   * replacement with the feedback of its first paths only, and left it for the interpreter whenever a query took
   * another (three keys, positions decoded per document), until a compile a loaded machine delays.
   */
  private chainOfKeys(lists: KeyPostings[], offsets: number[], within: Uint32Array | null): Scored {
    const m = lists.length
    const order = lists.map((_, j) => j).sort((a, b) => lists[a].docs.length - lists[b].docs.length)
    const d0 = lists[order[0]].docs
    const drive = within && within.length < d0.length ? within : d0
    while (this.chainKeys.length < m) this.chainKeys.push(new ChainKey())
    const keys = this.chainKeys.slice(0, m)
    // Every position of a key that most candidates hold (of the two rarest), else only those of the documents looked at.
    order.forEach((j, o) => keys[o].set(lists[j], offsets[j], o < 2 && drive.length * 2 >= lists[j].docs.length))
    const docs = new Uint32Array(drive.length)
    const scores = new Float64Array(drive.length)
    const filtered = drive === d0 && within !== null
    const k = walkChain(keys, drive, filtered ? within : EMPTY_U32, filtered, this.manifest.articles, docs, scores)
    for (const key of keys) key.postings = null
    return { docs: docs.subarray(0, k), scores: scores.subarray(0, k) }
  }

  /** Documents holding any key that begins with a character (a one-character run). */
  private prefix(loaded: Map<number, DecodedShard>, prefix: string): Scored {
    const n = this.docCount
    if (!this.prefixFirst || this.prefixFirst.length < n) {
      this.prefixFirst = new Uint32Array(n)
      this.prefixOcc = new Uint32Array(n)
    }
    // first holds the field of the first position + 1 (0: not seen), occ the bytes of positions.
    const first = this.prefixFirst
    const occ = this.prefixOcc!
    let lo = n
    let hi = -1
    for (const s of this.shardsForPrefix(prefix)) {
      const shard = loaded.get(s)
      if (!shard) continue
      for (let k = shard.lowerBound(prefix); k < shard.keys.length && shard.keys[k].startsWith(prefix); k++) {
        const p = shard.postings(k)
        const f = p.field
        const docs = p.docs
        const start = p.posStart
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]
          const at = f[i] + 1
          if (first[doc] === 0 || at < first[doc]) first[doc] = at
          occ[doc] += start[i + 1] - start[i]
        }
        if (docs.length) {
          if (docs[0] < lo) lo = docs[0]
          if (docs[docs.length - 1] > hi) hi = docs[docs.length - 1]
        }
      }
    }
    let count = 0
    for (let d = lo; d <= hi; d++) if (first[d] !== 0) count++
    const docs = new Uint32Array(count)
    const scores = new Float64Array(count)
    const articles = this.manifest.articles
    let k = 0
    for (let d = lo; d <= hi; d++) {
      if (first[d] === 0) continue
      docs[k] = d
      scores[k++] = score(d < articles, first[d] - 1, occ[d])
      first[d] = 0
      occ[d] = 0
    }
    return { docs, scores }
  }

  /** Documents satisfying every run of a variant, with the sum of their scores. */
  private variant(loaded: Map<number, DecodedShard>, lookups: RunLookup[], within: Uint32Array | null): Scored {
    let result: Scored | null = null
    for (const l of lookups) {
      const r: Scored = l.kind === 'chain' ? this.chain(loaded, l, result?.docs ?? within) : this.prefix(loaded, l.prefix)
      result = result ? intersect(result, r) : r
      if (result.docs.length === 0) break
    }
    return result ?? EMPTY
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

  /** Documents matching a term: the best of its variants (an alias a little below the term), plus its regions. */
  private term(loaded: Map<number, DecodedShard>, term: QueryTerm, lookups: RunLookup[][], within: Uint32Array | null): Scored {
    if (lookups.length === 1 && term.regions.length === 0) return this.variant(loaded, lookups[0], within)
    const acc = this.accumulator()
    lookups.forEach((l, v) => {
      if (!dominated(lookups, v)) acc.max(this.variant(loaded, l, within), v === 0 ? 1 : ALIAS_WEIGHT)
    })
    for (const { code, exact } of term.regions) {
      for (const [start, end] of this.regionRanges(code)) acc.addRange(start, end, exact ? REGION_EXACT : REGION_PARTIAL)
    }
    return acc.take()
  }

  private evaluate(loaded: Map<number, DecodedShard>, terms: QueryTerm[], lookups: RunLookup[][][]): Matches {
    // The most selective term first (a rare place name before a common number), so that the others are only
    // checked in its documents.
    const size = (t: number) => {
      if (lookups[t].length > 1 || terms[t].regions.length > 0) return Infinity
      let fewest = Infinity
      for (const l of lookups[t][0]) {
        if (l.kind !== 'chain') continue
        for (const key of l.keys) fewest = Math.min(fewest, this.keyCount(loaded, key))
      }
      return fewest
    }
    const sizes = terms.map((_, t) => size(t))
    const order = terms.map((_, t) => t).sort((a, b) => sizes[a] - sizes[b] || a - b)
    let result: Scored | null = null
    for (const t of order) {
      const r = this.term(loaded, terms[t], lookups[t], result?.docs ?? null)
      result = result ? intersect(result, r) : r
      if (result.docs.length === 0) break
    }
    // Documents and scores may be a key's cached arrays: never written to, copied before the prior changes them.
    const { docs } = result ?? EMPTY
    let { scores } = result ?? EMPTY
    const { groups, articles } = this.manifest
    const figuresFrom = lowerBound(docs, articles)
    if (figuresFrom < docs.length) scores = scores.slice()
    let g = 0
    for (let i = figuresFrom; i < docs.length; i++) {
      const doc = docs[i]
      while (g + 1 < groups.start.length && groups.start[g + 1] <= doc) g++
      if (groups.core[g]) scores[i] *= CORE_PRIOR
    }
    return { terms, docs, scores }
  }

  /** Every document the query matches, with scores (fetching the shards it needs). */
  async match(query: string): Promise<Matches> {
    const { terms, lookups } = this.plan(query)
    const loaded = await this.loaded(lookups.flat(2))
    return this.evaluate(loaded, terms, lookups)
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    const started = performance.now()
    const limit = options.limit ?? 20
    const filters = options.filters ?? {}
    const { terms, lookups } = this.plan(query)
    const loaded = await this.loaded(lookups.flat(2), filters.metric)
    const { docs, scores } = this.evaluate(loaded, terms, lookups)
    const facets = this.facets(docs)

    // Filters by group (region, year; metric for figures), and for articles by the facet key of the metric.
    const { groups, regionList, metrics, articles: A } = this.manifest
    const split = lowerBound(docs, A)
    let keep: ((i: number) => boolean) | null = null
    let totalArticles = split
    let totalFigures = docs.length - split
    if (filters.region || filters.year || filters.metric) {
      const regionIndex = filters.region ? regionList.findIndex((r) => r.code === filters.region) : -1
      const metricIndex = filters.metric ? metrics.findIndex((m) => m.key === filters.metric) : -1
      const reporting = filters.metric ? (this.keyPostings(loaded, articleMetricKey(filters.metric))?.docs ?? new Uint32Array(0)) : null
      // One pass marks the matches that pass, walking the groups and the reporting articles with a cursor each.
      const pass = new Uint8Array(docs.length)
      let g = 0
      let r = 0
      totalArticles = totalFigures = 0
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]
        while (g + 1 < groups.start.length && groups.start[g + 1] <= doc) g++
        if (filters.region && groups.region[g] !== regionIndex) continue
        if (filters.year && groups.year[g] !== filters.year) continue
        if (reporting && doc < A) {
          r = gallop(reporting, r, doc)
          if (reporting[r] !== doc) continue
        } else if (filters.metric && groups.metric[g] !== metricIndex) continue
        pass[i] = 1
        if (doc < A) totalArticles++
        else totalFigures++
      }
      keep = (i) => pass[i] === 1
    }
    const tops = { articles: topK(docs, scores, 0, split, limit, keep), figures: topK(docs, scores, split, docs.length, limit, keep) }

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
    // Count per group first (documents come in group order: a group's count is where its end falls in the
    // matches), then name the groups.
    const perGroup = new Uint32Array(groups.start.length)
    let from = 0
    for (let g = 0; g < groups.start.length && from < docs.length; g++) {
      const end = g + 1 < groups.start.length ? groups.start[g + 1] : this.docCount
      const to = gallop(docs, from, end)
      perGroup[g] = to - from
      from = to
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
    const title = article.kicker ? `${articleTitle(article)} ${article.kicker}` : articleTitle(article)
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
