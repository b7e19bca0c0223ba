import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BodyIndex, buildBodyIndex } from '../../src/search/bodyIndex'
import { findTerm, foldText } from '../../src/search/tokenize'

const texts = [
  '满都拉口岸进出口货运量达302万吨，同比增长15.3%。',
  '前三季度全区地区生产总值17875.5亿元，GDP增速高于全国。',
  '呼和浩特市固定资产投资同比增长8.2%，首府算力产业集聚。',
  '鄂尔多斯市原煤产量7.5亿吨。进口煤1302万吨。',
  '和浩特别 呼和 浩特',
]

function scan(all: string[], term: string): number[] {
  const t = foldText(term)
  return all.flatMap((text, i) => (findTerm(foldText(text), t) >= 0 ? [i] : []))
}

describe('body index', () => {
  const index = new BodyIndex(buildBodyIndex(texts, 0), texts)

  it('finds the documents holding a term of two to four Han characters', () => {
    expect([...index.find('货运量')]).toEqual([0])
    expect([...index.find('呼和浩特')]).toEqual([2])
    expect([...index.find('增长')]).toEqual([0, 2])
  })

  it('does not report a document whose bigrams are all there but not together', () => {
    expect([...index.find('呼和浩特')]).not.toContain(4)
  })

  it('finds one character, a number as written and a Latin word in any case', () => {
    expect([...index.find('煤')]).toEqual([3])
    expect([...index.find('17875.5')]).toEqual([1])
    expect([...index.find('gdp')]).toEqual([1])
    expect([...index.find('302万吨')]).toEqual([0])
  })

  it('matches a number only at the start of a number', () => {
    expect(findTerm('进口煤1302万吨', '302万吨')).toBe(-1)
    expect(findTerm('进口煤302万吨', '302万吨')).toBe(3)
  })

  it('survives serialization and rejects texts that do not belong to it', () => {
    const round = JSON.parse(JSON.stringify(buildBodyIndex(texts, 0)))
    expect([...new BodyIndex(round, texts).find('原煤')]).toEqual([3])
    expect(() => new BodyIndex(round, texts.slice(1))).toThrow(/documents/)
  })

  it('reads the texts instead of keeping lists when they are few, with the same answers', () => {
    const small = buildBodyIndex(texts)
    expect(small.scan).toBe(true)
    expect(small.postings).toBe('')
    const scanning = new BodyIndex(small, texts)
    for (const term of ['货运量', '呼和浩特', '煤', 'gdp', '302万吨']) expect([...scanning.find(term)]).toEqual([...index.find(term)])
    expect(scanning.findCounted('增长', 0).counts).toEqual(Uint8Array.from([1, 1]))
  })

  it('answers exactly what a scan answers for any Han substring', () => {
    const alphabet = '呼和浩特包头鄂尔多斯市旗县煤炭产量增长，。'.split('')
    const doc = fc.array(fc.constantFrom(...alphabet), { minLength: 0, maxLength: 40 }).map((cs) => cs.join(''))
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 12 }), fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 4 }), (docs, q) => {
        const term = q.join('')
        const idx = new BodyIndex(buildBodyIndex(docs, 0), docs)
        const expected = /^[，。]+$/.test(term) || /[，。]/.test(term) ? null : scan(docs, term)
        if (expected) expect([...idx.find(term)]).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })
})
