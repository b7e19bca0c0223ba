import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DenseAccumulator, gallop, intersect, topK } from '../../src/search/lists'

const sorted = fc.uniqueArray(fc.nat(500)).map((xs) => Uint32Array.from(xs.sort((a, b) => a - b)))
const scoredOf = (docs: Uint32Array) => ({ docs, scores: Float64Array.from(docs, (d) => (d % 7) + 1) })

describe('sorted document lists', () => {
  it('gallops to the first value not below the one asked for', () => {
    fc.assert(
      fc.property(sorted, fc.nat(600), fc.nat(20), (a, x, start) => {
        const from = Math.min(start, a.length)
        let want = from
        while (want < a.length && a[want] < x) want++
        expect(gallop(a, from, x)).toBe(want)
      }),
    )
  })

  it('intersects two lists and sums their scores', () => {
    fc.assert(
      fc.property(sorted, sorted, (a, b) => {
        const r = intersect(scoredOf(a), scoredOf(b))
        const both = [...a].filter((d) => b.includes(d))
        expect([...r.docs]).toEqual(both)
        expect([...r.scores]).toEqual(both.map((d) => 2 * ((d % 7) + 1)))
      }),
    )
  })

  it('unites lists into a dense array, keeping the best weighted score, plus ranges', () => {
    const acc = new DenseAccumulator(10)
    acc.max({ docs: Uint32Array.of(1, 4), scores: Float64Array.of(2, 3) }, 1)
    acc.max({ docs: Uint32Array.of(4, 7), scores: Float64Array.of(5, 1) }, 0.8)
    acc.addRange(6, 8, 10)
    const r = acc.take()
    expect([...r.docs]).toEqual([1, 4, 6, 7])
    expect([...r.scores]).toEqual([2, 4, 10, 10.8])
    expect(acc.take().docs.length).toBe(0)
  })

  it('keeps the best k, ties to the lower document, as a full sort would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (values, k) => {
        const docs = Uint32Array.from(values, (_, i) => i * 3)
        const scores = Float64Array.from(values)
        const want = values.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b).slice(0, k)
        expect(topK(docs, scores, 0, docs.length, k, null)).toEqual(want)
        const even = (i: number) => i % 2 === 0
        expect(topK(docs, scores, 0, docs.length, k, even)).toEqual(want.length ? values.map((_, i) => i).filter(even).sort((a, b) => scores[b] - scores[a] || a - b).slice(0, k) : [])
      }),
    )
  })
})
