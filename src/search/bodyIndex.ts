import { decodeBase64, encodeBase64 } from './base64.ts'
import { findTerm, foldText, forEachIndexToken, indexTokenText, isSingleHan, isWordToken, splitRuns, type IndexToken } from './tokenize.ts'

/**
 * Substring search over long texts (article bodies): for every token of the shared tokenizer, the sorted list of
 * documents holding it, delta- and varint-encoded. A query term's documents are the intersection of its tokens'
 * lists, checked against the text when the term has more than one token. Unlike an inverted index with positions
 * or scores, this stays a fraction of the text's size, and it answers exactly what a `String.includes` scan would,
 * except that a Latin or digit term only matches at the start of a word (450万吨 does not find 1450万吨).
 */
export interface SerializedBodyIndex {
  docCount: number
  /**
   * No lists: the texts are few enough that reading them all answers faster than the lists would load, and
   * the lists of a small corpus (one per distinct bigram) would outweigh the texts.
   */
  scan?: true
  /** Sorted tokens joined by '\n'. */
  keys: string
  /** Base64 of the byte length of each token's list, varint-encoded. */
  lengths: string
  /** Base64 of the lists, concatenated in token order; each list is varint deltas of ascending document numbers. */
  postings: string
}

class ByteWriter {
  bytes = new Uint8Array(64)
  length = 0
  push(byte: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2)
      grown.set(this.bytes)
      this.bytes = grown
    }
    this.bytes[this.length++] = byte
  }
  varint(value: number): void {
    while (value >= 0x80) {
      this.push((value & 0x7f) | 0x80)
      value >>>= 7
    }
    this.push(value)
  }
  result(): Uint8Array {
    return this.bytes.subarray(0, this.length)
  }
}

interface ListWriter {
  last: number
  bytes: Uint8Array
  length: number
}

function appendVarint(list: ListWriter, value: number): void {
  if (list.length + 5 > list.bytes.length) {
    const grown = new Uint8Array(list.bytes.length * 2)
    grown.set(list.bytes)
    list.bytes = grown
  }
  while (value >= 0x80) {
    list.bytes[list.length++] = (value & 0x7f) | 0x80
    value >>>= 7
  }
  list.bytes[list.length++] = value
}

/**
 * Below this many characters in all, a query reads every text (well under a millisecond: see
 * tests/bench/RESULTS-search.md) and no lists are built.
 */
export const SCAN_BELOW_CHARS = 1_000_000

/** Builds the index of `texts`; document numbers are positions in the array. */
export function buildBodyIndex(texts: readonly string[], scanBelowChars = SCAN_BELOW_CHARS): SerializedBodyIndex {
  if (texts.reduce((n, t) => n + t.length, 0) < scanBelowChars) return { docCount: texts.length, scan: true, keys: '', lengths: '', postings: '' }
  const lists = new Map<IndexToken, ListWriter>()
  texts.forEach((text, doc) => {
    forEachIndexToken(text, (token) => {
      let list = lists.get(token)
      if (!list) lists.set(token, (list = { last: -1, bytes: new Uint8Array(8), length: 0 }))
      // Documents come in order, so a token seen again in the same document is the list's last entry.
      if (list.last === doc) return
      appendVarint(list, doc - list.last)
      list.last = doc
    })
  })
  const entries = [...lists].map(([token, list]) => ({ key: indexTokenText(token), list }))
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const keys = entries.map((e) => e.key)
  const lengths = new ByteWriter()
  let total = 0
  for (const { list } of entries) {
    lengths.varint(list.length)
    total += list.length
  }
  const postings = new Uint8Array(total)
  let at = 0
  for (const { list } of entries) {
    postings.set(list.bytes.subarray(0, list.length), at)
    at += list.length
  }
  return { docCount: texts.length, keys: keys.join('\n'), lengths: encodeBase64(lengths.result()), postings: encodeBase64(postings) }
}

function lowerBound(keys: readonly string[], target: string): number {
  let lo = 0
  let hi = keys.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (keys[mid] < target) lo = mid + 1
    else hi = mid
  }
  return lo
}

function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length))
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) i++
    else if (a[i] > b[j]) j++
    else {
      out[n++] = a[i]
      i++
      j++
    }
  }
  return out.subarray(0, n)
}

export interface BodyMatches {
  docs: Uint32Array
  /** Occurrences per document, parallel to `docs`, or null when not counted. */
  counts: Uint8Array | null
}

export class BodyIndex {
  private readonly keys: string[]
  private readonly offsets: Uint32Array
  private readonly postings: Uint8Array
  private readonly decoded = new Map<number, Uint32Array>()
  private readonly folded: string[]
  private readonly scan: boolean

  /** `texts` must be the texts the index was built from, in the same order (they are not shipped twice). */
  constructor(
    serialized: SerializedBodyIndex,
    private readonly texts: readonly string[],
  ) {
    if (texts.length !== serialized.docCount) throw new Error(`body index has ${serialized.docCount} documents, got ${texts.length} texts`)
    this.scan = serialized.scan === true
    this.keys = serialized.keys === '' ? [] : serialized.keys.split('\n')
    this.postings = decodeBase64(serialized.postings)
    const lengths = decodeBase64(serialized.lengths)
    this.offsets = new Uint32Array(this.keys.length + 1)
    let pos = 0
    for (let k = 0; k < this.keys.length; k++) {
      let value = 0
      let shift = 0
      let byte: number
      do {
        byte = lengths[pos++]
        value += (byte & 0x7f) * 2 ** shift
        shift += 7
      } while (byte & 0x80)
      this.offsets[k + 1] = this.offsets[k] + value
    }
    // Folded once here rather than on a first query: the first keystrokes are the ones that must be fast.
    this.folded = texts.map((t) => foldText(t))
  }

  get docCount(): number {
    return this.texts.length
  }

  get keyCount(): number {
    return this.keys.length
  }

  foldedText(doc: number): string {
    return this.folded[doc]
  }

  private list(k: number): Uint32Array {
    let docs = this.decoded.get(k)
    if (docs) return docs
    const start = this.offsets[k]
    const end = this.offsets[k + 1]
    let count = 0
    for (let pos = start; pos < end; pos++) if (this.postings[pos] < 0x80) count++
    docs = new Uint32Array(count)
    let doc = -1
    let n = 0
    for (let pos = start; pos < end; ) {
      let delta = 0
      let shift = 0
      let byte: number
      do {
        byte = this.postings[pos++]
        delta |= (byte & 0x7f) << shift
        shift += 7
      } while (byte & 0x80)
      doc += delta
      docs[n++] = doc
    }
    this.decoded.set(k, docs)
    return docs
  }

  /** Documents holding a token exactly, or any token it begins (a single Han character, the start of a word). */
  private tokenDocs(token: string, prefix: boolean): Uint32Array {
    if (!prefix) {
      const k = lowerBound(this.keys, token)
      return k < this.keys.length && this.keys[k] === token ? this.list(k) : new Uint32Array(0)
    }
    const from = lowerBound(this.keys, token)
    const to = lowerBound(this.keys, token + '\uffff')
    if (to - from === 1) return this.list(from)
    const seen = new Uint8Array(this.texts.length)
    for (let k = from; k < to; k++) for (const doc of this.list(k)) seen[doc] = 1
    const out: number[] = []
    for (let doc = 0; doc < seen.length; doc++) if (seen[doc]) out.push(doc)
    return Uint32Array.from(out)
  }

  /**
   * Ascending numbers of the documents whose text holds `term` (compared folded: case and full-width
   * insensitive). A term with no letter, digit or Han character matches nothing.
   */
  find(term: string): Uint32Array {
    return this.findCounted(term, 0).docs
  }

  /**
   * Like `find`, and when there are at most `countLimit` documents, how often the term occurs in each (up to
   * 255), for ranking. Counting costs a pass over each text, so large result sets go uncounted.
   */
  findCounted(term: string, countLimit: number): BodyMatches {
    const foldedTerm = foldText(term).trim()
    const tokens: { token: string; prefix: boolean }[] = []
    const runs = splitRuns(foldedTerm)
    runs.forEach((run, r) => {
      // A word inside a term (450 in 450万吨) is whole; at its end it may continue (gd → gdp).
      if (run.kind === 'word') tokens.push({ token: run.text, prefix: r === runs.length - 1 })
      else if (isSingleHan(run.text)) tokens.push({ token: run.text, prefix: true })
      else {
        const chars = Array.from(run.text)
        for (let i = 0; i + 1 < chars.length; i++) tokens.push({ token: chars[i] + chars[i + 1], prefix: false })
      }
    })
    if (tokens.length === 0) return { docs: new Uint32Array(0), counts: null }
    if (this.scan) return this.verify(Uint32Array.from(this.texts, (_, i) => i), foldedTerm, Infinity)
    const lists = tokens.map((t) => this.tokenDocs(t.token, t.prefix)).sort((a, b) => a.length - b.length)
    let docs = lists[0]
    for (let i = 1; i < lists.length && docs.length > 0; i++) docs = intersect(docs, lists[i])
    const exact = tokens.length === 1 && (!isWordToken(tokens[0].token) || tokens[0].token === foldedTerm)
    if (exact && docs.length > countLimit) return { docs, counts: null }
    return this.verify(docs, foldedTerm, countLimit)
  }

  /** The candidates that do hold the term, with occurrence counts when there are at most `countLimit`. */
  private verify(docs: Uint32Array, foldedTerm: string, countLimit: number): BodyMatches {
    const counting = docs.length <= countLimit
    const found = new Uint32Array(docs.length)
    const counts = counting ? new Uint8Array(docs.length) : null
    let n = 0
    for (const doc of docs) {
      const text = this.foldedText(doc)
      let at = findTerm(text, foldedTerm, 0)
      if (at < 0) continue
      if (counts) {
        let c = 1
        while (c < 255 && (at = findTerm(text, foldedTerm, at + foldedTerm.length)) >= 0) c++
        counts[n] = c
      }
      found[n++] = doc
    }
    return { docs: found.subarray(0, n), counts: counts ? counts.subarray(0, n) : null }
  }

  /** Offset of the next occurrence of a folded term at or after `from` (word-start for a Latin/digit term), or -1. */
  occurrence(doc: number, foldedTerm: string, from: number): number {
    return findTerm(this.foldedText(doc), foldedTerm, from)
  }
}
