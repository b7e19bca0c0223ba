import { describe, expect, it } from 'vitest'
import { QueryExpander, editDistance, parseQuery, splitTerms } from '../../src/search/query'
import { regionNameGroups } from '../../src/build/searchRegionNames'

describe('query parsing', () => {
  it('splits at spaces, punctuation and where Han text meets a Latin word, not a number', () => {
    expect(splitTerms('包头 GDP')).toEqual(['包头', 'gdp'])
    expect(splitTerms('包头GDP增长')).toEqual(['包头', 'gdp', '增长'])
    expect(splitTerms('302万吨')).toEqual(['302万吨'])
    expect(splitTerms('鄂尔多斯，呼和浩特')).toEqual(['鄂尔多斯', '呼和浩特'])
  })

  it('counts a swap or a slip as one edit', () => {
    expect(editDistance('baotuo', 'baotou')).toBe(1)
    expect(editDistance('eerduosi', 'erduosi')).toBe(1)
    expect(editDistance('baotou', 'wuhai')).toBeGreaterThan(1)
  })

  it('expands a region name to its other names and pinyin to the Chinese names', () => {
    const expander = new QueryExpander(regionNameGroups(), [{ key: 'cargo_volume', zh: '货运量', en: 'cargo volume' }])
    expect(expander.expand('达茂旗', true)).toEqual(expect.arrayContaining(['达尔罕茂明安联合旗', '达茂']))
    expect(expander.expand('首府', true)).toContain('呼和浩特市')
    expect(expander.expand('baotou', true)).toContain('包头市')
    expect(expander.expand('hohhot', true)).toContain('呼和浩特')
    expect(expander.expand('cargo', true)).toContain('货运量')
    expect(parseQuery('bao', expander)[0].variants).toContain('包头')
    // A finished term (followed by a space) is not a prefix.
    expect(parseQuery('bao ', expander)[0].variants).toEqual(['bao'])
  })
})
