import { describe, expect, it } from 'vitest'
import { BOM, csvField, figuresCsv, toCsv } from '../../../src/app/export/csv'
import { figure } from '../fixtures/dataset'

describe('CSV', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv(['a', 'b'], [[1, 'x']])
    expect(csv.startsWith(BOM)).toBe(true)
    expect(csv.slice(1)).toBe('a,b\r\n1,x\r\n')
  })

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('中文，全角逗号')).toBe('中文，全角逗号')
    expect(csvField(null)).toBe('')
    expect(csvField(1787550000000)).toBe('1787550000000')
  })

  it('keeps spreadsheet formulas from running', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('-2+3+cmd|\' /C calc\'!A0')).toBe("'-2+3+cmd|' /C calc'!A0")
    expect(csvField(-5)).toBe('-5')
  })

  it('leaves plain values alone: signed rates, words, symbols inside the text', () => {
    expect(csvField('+63%')).toBe('+63%')
    expect(csvField('-2.4%')).toBe('-2.4%')
    expect(csvField('≥300万吨')).toBe('≥300万吨')
    expect(csvField('at least')).toBe('at least')
  })

  it('writes one row per figure with base values and the source quote', () => {
    const f = figure('funding-baotou')
    const csv = figuresCsv([figure('gdp-q3-2024'), f], {
      lang: 'zh',
      metric: (k) => (k === 'gdp' ? '地区生产总值' : k),
      region: (_c, n) => n,
      headline: () => '标题',
    })
    const lines = csv.slice(1).split('\r\n')
    expect(lines[0].split(',')[0]).toBe('编号')
    expect(lines[1]).toContain('1787550000000')
    expect(lines[1]).toContain('17875.5亿元')
    expect(lines[1]).toContain('2024年前三季度')
    // The quote holds an ASCII comma and a quote mark: it must come out as one quoted field.
    expect(lines[2]).toContain('"' + f.source.quote.replace(/"/g, '""') + '"')
    expect(lines).toHaveLength(4)
    // Qualifiers as words, never the bare `=` a spreadsheet would take for a formula.
    expect(csv).not.toMatch(/,'?=,/)
  })
})
