import { describe, expect, it } from 'vitest'
import { foldText, splitRuns, tokenizeForIndex, tokenizeQuery } from '../../src/search/tokenize'

describe('tokenizer shared by index and browser', () => {
  it('cuts a Han run into overlapping bigrams, so a place name is found wherever it stands', () => {
    expect(tokenizeQuery('鄂尔多斯')).toEqual(['鄂尔', '尔多', '多斯'])
    const indexed = tokenizeForIndex('2024年鄂尔多斯市原煤产量7.5亿吨')
    for (const token of tokenizeQuery('鄂尔多斯')) expect(indexed).toContain(token)
    for (const token of tokenizeQuery('呼和浩特')) expect(tokenizeForIndex('首府呼和浩特市今年以来')).toContain(token)
  })

  it('keeps the last character of a run in the index and a one-character query as itself', () => {
    expect(tokenizeForIndex('达茂旗')).toEqual(['达茂', '茂旗', '旗'])
    expect(tokenizeQuery('氢')).toEqual(['氢'])
  })

  it('reads Latin and digit runs as lower-case words, a decimal number as one word', () => {
    expect(tokenizeQuery('GDP增长')).toEqual(['gdp', '增长'])
    expect(tokenizeForIndex('生产总值17875.5亿元')).toEqual(['生产', '产总', '总值', '值', '17875.5', '亿元', '元'])
    expect(tokenizeQuery('302万吨')).toEqual(['302', '万吨'])
    expect(tokenizeQuery('1,200')).toEqual(['1200'])
  })

  it('folds full-width letters and digits without moving offsets', () => {
    expect(foldText('ＧＤＰ１２３')).toBe('gdp123')
    const text = '今年ＧＤＰ增长'
    expect(foldText(text).length).toBe(text.length)
    expect(tokenizeQuery('ＧＤＰ')).toEqual(['gdp'])
  })

  it('treats punctuation and spaces as separators, never as part of a token', () => {
    expect(splitRuns('“神经末梢”，擦亮 底色').map((r) => r.text)).toEqual(['神经末梢', '擦亮', '底色'])
    expect(tokenizeQuery('，。！')).toEqual([])
  })

  it('handles characters outside the Basic Multilingual Plane as one character', () => {
    expect(tokenizeQuery('𠀋村')).toEqual(['𠀋村'])
    expect(tokenizeForIndex('𠀋')).toEqual(['𠀋'])
  })
})
