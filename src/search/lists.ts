/**
 * Sorted lists of document numbers with a score each, and the few operations a query needs on them. Everything
 * is a typed array walked in a tight loop: a common bigram (12, 发展) is in most documents, so any per-document
 * object or closure would cost more than the search itself.
 */

/** Ascending document numbers and their scores, as long as each other. */
export interface Scored {
  docs: Uint32Array
  scores: Float64Array
}

export const EMPTY: Scored = { docs: new Uint32Array(0), scores: new Float64Array(0) }

/** First index ≥ `from` whose value is ≥ `x`, by doubling steps then bisection (cheap both when near and far). */
export function gallop(a: Uint32Array, from: number, x: number): number {
  const n = a.length
  if (from >= n || a[from] >= x) return from
  let lo = from
  let step = 1
  let hi = lo + 1
  while (hi < n && a[hi] < x) {
    lo = hi
    step *= 2
    hi = lo + step
  }
  if (hi > n) hi = n
  lo++
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (a[mid] < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** First index whose value is ≥ `x`. */
export function lowerBound(a: Uint32Array, x: number): number {
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (a[mid] < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Documents in both lists, their scores summed: walks the shorter, gallops in the longer. */
export function intersect(a: Scored, b: Scored): Scored {
  if (a.docs.length > b.docs.length) [a, b] = [b, a]
  const n = a.docs.length
  const docs = new Uint32Array(n)
  const scores = new Float64Array(n)
  const ad = a.docs
  const bd = b.docs
  let j = 0
  let k = 0
  for (let i = 0; i < n; i++) {
    const doc = ad[i]
    j = gallop(bd, j, doc)
    if (j >= bd.length) break
    if (bd[j] === doc) {
      docs[k] = doc
      scores[k++] = a.scores[i] + b.scores[j]
    }
  }
  return { docs: docs.subarray(0, k), scores: scores.subarray(0, k) }
}

/**
 * Sums into a dense array (one slot per document) and reads the touched ones back in order: cheaper than merging
 * sorted lists when a query unites many (a one-character prefix unites every key beginning with it).
 */
export class DenseAccumulator {
  private values: Float64Array
  private lo = Infinity
  private hi = -1

  constructor(size: number) {
    this.values = new Float64Array(size)
  }

  /** Ensures room for `size` documents and starts empty (every slot is zero between uses). */
  reset(size: number): void {
    if (this.values.length < size) this.values = new Float64Array(size)
    this.lo = Infinity
    this.hi = -1
  }

  /** Keeps the larger of the slot and `score × weight` for every document of the list. */
  max(list: Scored, weight: number): void {
    const { docs, scores } = list
    const v = this.values
    for (let i = 0; i < docs.length; i++) {
      const s = scores[i] * weight
      if (s > v[docs[i]]) v[docs[i]] = s
    }
    if (docs.length) this.touch(docs[0], docs[docs.length - 1])
  }

  /** Adds `by` to every document in [start, end). */
  addRange(start: number, end: number, by: number): void {
    const v = this.values
    for (let d = start; d < end; d++) v[d] += by
    if (end > start) this.touch(start, end - 1)
  }

  private touch(lo: number, hi: number): void {
    if (lo < this.lo) this.lo = lo
    if (hi > this.hi) this.hi = hi
  }

  /** The documents with a score, ascending; empties the slots. */
  take(): Scored {
    const v = this.values
    let n = 0
    for (let d = this.lo; d <= this.hi; d++) if (v[d] > 0) n++
    const docs = new Uint32Array(n)
    const scores = new Float64Array(n)
    let k = 0
    for (let d = this.lo; d <= this.hi; d++) {
      if (v[d] > 0) {
        docs[k] = d
        scores[k++] = v[d]
        v[d] = 0
      }
    }
    this.lo = Infinity
    this.hi = -1
    return { docs, scores }
  }
}

/**
 * Indices into `docs` of the best `limit` documents in [from, to) that `keep` accepts (all when null), best first;
 * a tie goes to the lower document. One comparison per document once the list is full.
 */
export function topK(docs: Uint32Array, scores: Float64Array, from: number, to: number, limit: number, keep: ((i: number) => boolean) | null): number[] {
  const top: number[] = []
  if (limit <= 0) return top
  let floor = -Infinity
  for (let i = from; i < to; i++) {
    const s = scores[i]
    // Documents ascend, so an equal score later in the list never beats one already kept.
    if (top.length === limit && s <= floor) continue
    if (keep && !keep(i)) continue
    let at = top.length === limit ? limit - 1 : top.length
    while (at > 0 && s > scores[top[at - 1]]) {
      if (at < limit) top[at] = top[at - 1]
      at--
    }
    top[at] = i
    if (top.length > limit) top.length = limit
    if (top.length === limit) floor = scores[top[limit - 1]]
  }
  return top
}
