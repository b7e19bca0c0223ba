import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { firstRange, highlight, matchRanges, snippet } from '../../src/search/highlight'

const marked = (segments: { text: string; hit: boolean }[]) => segments.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('')

describe('highlight', () => {
  it('marks every occurrence of every term, merging overlapping and touching ones, case-insensitively', () => {
    expect(marked(highlight('呼和浩特市GDP增长，呼和浩特', ['呼和浩特', '浩特市', 'gdp']))).toBe('[呼和浩特市GDP]增长，[呼和浩特]')
  })

  it('keeps markup as text: the segments are rendered as text, so <b> stays visible', () => {
    const segments = highlight('<b>包头</b>', ['包头'])
    expect(segments).toEqual([
      { text: '<b>', hit: false },
      { text: '包头', hit: true },
      { text: '</b>', hit: false },
    ])
  })

  it('cuts a window around the first match with ellipses and collapsed whitespace', () => {
    const text = '开头'.repeat(100) + '\n\n满都拉口岸进出口货运量达302万吨' + '结尾'.repeat(100)
    const s = marked(snippet(text, ['货运量'], 40))
    expect(s.startsWith('…')).toBe(true)
    expect(s.endsWith('…')).toBe(true)
    expect(s).toContain('进出口[货运量]达302万吨')
    expect(s).not.toContain('\n')
  })

  it('finds the first merged range as matchRanges does (property)', () => {
    const chars = fc.constantFrom('包', '头', '市', 'A', 'a', 'Ａ', '1', '2', ' ')
    const str = (max: number) => fc.array(chars, { minLength: 0, maxLength: max }).map((cs) => cs.join(''))
    fc.assert(
      fc.property(str(30), fc.array(str(3), { maxLength: 4 }), (text, terms) => {
        expect(firstRange(text, terms)).toEqual(matchRanges(text, terms)[0])
      }),
      { numRuns: 500 },
    )
  })
})
