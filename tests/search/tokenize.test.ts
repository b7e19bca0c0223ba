import { describe, expect, it } from 'vitest'
import { denseRuns, foldText, runLookups, splitRuns, tokenKeys } from '../../src/search/tokenize'

const runs = (text: string) => denseRuns(foldText(text)).map((r) => String.fromCodePoint(...r))

describe('tokenizer shared by index and browser', () => {
  it('cuts a Han run into overlapping bigrams, so a place name is found wherever it stands', () => {
    expect(runLookups('鄂尔多斯')).toEqual([{ kind: 'chain', keys: ['鄂尔', '尔多', '多斯'] }])
    const indexed = tokenKeys('2024年鄂尔多斯市原煤产量7.5亿吨')
    for (const key of ['鄂尔', '尔多', '多斯']) expect(indexed).toContain(key)
  })

  it('keeps the last character of a run in the index and looks a one-character query up as a prefix', () => {
    expect(tokenKeys('达茂旗')).toEqual(['达茂', '茂旗', '旗'])
    expect(runLookups('氢')).toEqual([{ kind: 'prefix', prefix: '氢' }])
  })

  it('reads a number with its unit as one run, so numbers and units are cut the same way in text and query', () => {
    expect(runs('生产总值17875.5亿元，增长12.5%')).toEqual(['生产总值17875.5亿元', '增长12.5%'])
    expect(runs('300万吨')).toEqual(['300万吨'])
    expect(runs('1.2万亿元')).toEqual(['1.2万亿元'])
    expect(runs('1,200')).toEqual(['1200'])
    expect(runLookups('12.5%')).toEqual([{ kind: 'chain', keys: ['12', '2.', '.5', '5%'] }])
    // A percent sign belongs to the number before it only: alone it is no character of the index.
    expect(runs('％以上 % 50％')).toEqual(['以上', '50%'])
    // A query's number is found inside a longer one, as String.includes finds it.
    const text = tokenKeys('货运量1302万吨')
    for (const key of (runLookups('302万吨')[0] as { keys: string[] }).keys) expect(text).toContain(key)
  })

  it('folds full-width letters and digits and upper case without moving offsets', () => {
    expect(foldText('ＧＤＰ１２３')).toBe('gdp123')
    const text = '今年ＧＤＰ增长'
    expect(foldText(text).length).toBe(text.length)
    expect(runs('ＧＤＰ')).toEqual(['gdp'])
  })

  it('treats punctuation and spaces as separators, never as part of a token', () => {
    expect(splitRuns('“神经末梢”，擦亮 底色').map((r) => r.text)).toEqual(['神经末梢', '擦亮', '底色'])
    expect(runs('，。！')).toEqual([])
    expect(runs('“神经末梢”，擦亮')).toEqual(['神经末梢', '擦亮'])
  })

  it('handles characters outside the Basic Multilingual Plane as one character', () => {
    expect(runLookups('𠀋村')).toEqual([{ kind: 'chain', keys: ['𠀋村'] }])
    expect(tokenKeys('𠀋')).toEqual(['𠀋'])
  })
})
