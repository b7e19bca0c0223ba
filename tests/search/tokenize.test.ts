import { describe, expect, it } from 'vitest'
import { denseRuns, foldText, runLookups, splitRuns, tokenKeys } from '../../src/search/tokenize'

const runs = (text: string) => denseRuns(foldText(text)).map((r) => String.fromCodePoint(...r))

describe('tokenizer shared by index and browser', () => {
  it('cuts a Han run into overlapping bigrams, so a place name is found wherever it stands', () => {
    expect(runLookups('鄂尔多斯')).toEqual([{ kind: 'chain', keys: ['鄂尔', '尔多', '多斯'], offsets: [0, 1, 2], text: '鄂尔多斯' }])
    expect(runLookups('自治区')).toEqual([{ kind: 'chain', keys: ['自治', '治区'], offsets: [0, 1], text: '自治区' }])
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
    expect(runLookups('12.5%')).toEqual([{ kind: 'chain', keys: ['\u000212.', '\u0002.5%'], offsets: [0, 2], text: '12.5%' }])
    // A percent sign belongs to the number before it only: alone it is no character of the index.
    expect(runs('％以上 % 50％')).toEqual(['以上', '50%'])
    // A query's number is found inside a longer one, as String.includes finds it.
    const text = tokenKeys('货运量1302万吨')
    for (const key of (runLookups('302万吨')[0] as { keys: string[] }).keys) expect(text).toContain(key)
  })

  it('indexes a trigram at every digit, dot or percent sign followed by two characters, and looks numbers up by them', () => {
    // Bigrams of digits are in most documents; a number's trigrams in a few percent of them.
    expect(tokenKeys('1302万吨')).toEqual(['\u0002130', '13', '\u0002302', '30', '\u000202万', '02', '\u00022万吨', '2万', '万吨', '吨'])
    const chain = (q: string) => {
      const [l] = runLookups(q)
      return l.kind === 'chain' ? l.keys.map((k, i) => `${k.replace('\u0002', '#')}@${l.offsets[i]}`) : []
    }
    // Every character is inside one key at its place: a trigram where one begins (or one reaching back, 022 for the
    // last 2 of 3022), else a bigram.
    expect(chain('3022')).toEqual(['#302@0', '#022@1'])
    expect(chain('19633')).toEqual(['#196@0', '#633@2'])
    expect(chain('3022亿元')).toEqual(['#302@0', '#2亿元@3'])
    expect(chain('1.2万亿元')).toEqual(['#1.2@0', '#2万亿@2', '亿元@4'])
    expect(chain('地区生产总值')).toEqual(['地区@0', '区生@1', '生产@2', '产总@3', '总值@4'])
    expect(chain('0.7')).toEqual(['#0.7@0'])
    expect(chain('12')).toEqual(['12@0'])
    expect(chain('增长12%')).toEqual(['增长@0', '#12%@2'])
    // A one-character prefix never meets a trigram: they sort apart.
    expect(tokenKeys('12').some((k) => k.startsWith('\u0002'))).toBe(false)
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
    expect(runLookups('𠀋村')).toEqual([{ kind: 'chain', keys: ['𠀋村'], offsets: [0], text: '𠀋村' }])
    expect(tokenKeys('1𠀋村')).toEqual(['\u00021𠀋村', '1𠀋', '𠀋村', '村'])
    expect(tokenKeys('𠀋')).toEqual(['𠀋'])
  })
})
