import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decimalValue, parseChineseDecimal } from '../../src/pipeline/numerals'

/** The value of a Chinese numeral as the quantities stage reads it. */
function parseChineseNumber(s: string): number | null {
  const d = parseChineseDecimal(s)
  return d === null ? null : decimalValue(d.mantissa, d.exp)
}

/**
 * An independent writer of Chinese numerals, the way a newspaper writes them: 4-digit sections under 万 and 亿,
 * one 零 for each gap of zeros (一万零五百, 一亿零五十万, 十万零五), and 十 rather than 一十 at the very start.
 */
const DIGITS = '零一二三四五六七八九'
const SECTION_UNITS = ['千', '百', '十', '']

function writeSection(n: number): string {
  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10]
  let out = ''
  let gap = false
  digits.forEach((d, i) => {
    if (d === 0) {
      if (out) gap = true
      return
    }
    if (gap) out += '零'
    gap = false
    out += DIGITS[d] + SECTION_UNITS[i]
  })
  return out
}

function writeChinese(n: number): string {
  if (n === 0) return '零'
  const groups: [number, string][] = [
    [Math.floor(n / 1e8), '亿'],
    [Math.floor(n / 1e4) % 1e4, '万'],
    [n % 1e4, ''],
  ]
  let out = ''
  let gap = false
  for (const [v, unit] of groups) {
    if (v === 0) {
      if (out) gap = true
      continue
    }
    if (out && (gap || v < 1000)) out += '零'
    out += (v >= 1e4 ? writeChinese(v) : writeSection(v)) + unit
    gap = false
  }
  return out.startsWith('一十') ? out.slice(1) : out
}

describe('the test writer of Chinese numerals', () => {
  it('writes the forms newspapers print', () => {
    expect(writeChinese(28)).toBe('二十八')
    expect(writeChinese(105)).toBe('一百零五')
    expect(writeChinese(100005)).toBe('十万零五')
    expect(writeChinese(100500000)).toBe('一亿零五十万')
    expect(writeChinese(1e12)).toBe('一万亿')
  })
})

describe('parseChineseNumber', () => {
  it.each([
    ['二十八', 28],
    ['十四', 14],
    ['十', 10],
    ['一百零五', 105],
    ['一千零一十', 1010],
    ['两千三百万', 23000000],
    ['三点五', 3.5],
    ['零点五', 0.5],
    ['三点五亿', 350000000],
    ['〇', 0],
    ['零', 0],
    ['百亿', 10000000000],
    ['万', 10000],
    ['千万', 10000000],
    ['三万亿', 3e12],
    ['十二万三千亿', 1.23e13],
    ['一亿零五万', 100050000],
    ['三万五', 35000],
    ['一千二', 1200],
    ['两百五', 250],
    ['二〇二四', 2024],
    ['一九八六', 1986],
    ['贰拾捌', 28],
  ])('%s is %d', (s, v) => {
    expect(parseChineseNumber(s)).toBe(v)
  })

  it.each(['十四五', '七八', '一一', '', '万万', '百千', '亿万', '三点', '点五', '五个'])('%s is not a number', (s) => {
    expect(parseChineseNumber(s)).toBeNull()
  })

  it('reads back every integer up to 10^12 as the test writer prints it', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), (big) => {
        const n = Number(big)
        expect(parseChineseNumber(writeChinese(n))).toBe(n)
      }),
      { numRuns: 3000 },
    )
  })

  it('reads back integers with runs of zeros (the 零 rules)', () => {
    const digit = fc.constantFrom(0, 0, 0, 0, 1, 2, 3, 5, 9)
    fc.assert(
      fc.property(fc.array(digit, { minLength: 1, maxLength: 13 }), (ds) => {
        const n = Math.min(1e12, Number(ds.join('')))
        expect(parseChineseNumber(writeChinese(n))).toBe(n)
      }),
      { numRuns: 3000 },
    )
  })
})
