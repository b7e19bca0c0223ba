import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatAmount, formatAxisValue, formatFigureValue, scaleOfRaw, writeNumber } from '../../../src/app/format/number'

describe('formatAmount (base units back to how a reader writes them)', () => {
  it('writes money in 亿元 and tonnes in 万吨', () => {
    expect(formatAmount(1787550000000, 'CNY', 'zh')).toBe('17875.5亿元')
    expect(formatAmount(3020000, 't', 'zh')).toBe('302万吨')
  })

  it('uses 万亿 only for round trillions', () => {
    expect(formatAmount(2.6e12, 'CNY', 'zh')).toBe('2.6万亿元')
    expect(formatAmount(1.2e8, 't', 'zh')).toBe('1.2亿吨')
  })

  it('falls back to 万 when 亿 would need many decimals, as papers write 146380.85万元', () => {
    expect(formatAmount(1463808500, 'CNY', 'zh')).toBe('146380.85万元')
    expect(formatAmount(71570000, 'CNY', 'zh')).toBe('7157万元')
  })

  it('keeps small and per-head amounts plain', () => {
    expect(formatAmount(29724, 'CNY', 'zh')).toBe('29724元')
    expect(formatAmount(688, 'person', 'zh')).toBe('688人')
    expect(formatAmount(0.8, 'km', 'zh')).toBe('0.8公里')
  })

  it('names energy and power units in Chinese', () => {
    expect(formatAmount(599070000000, 'kWh', 'zh')).toBe('5990.7亿千瓦时')
    expect(formatAmount(7332000, 'kW', 'zh')).toBe('733.2万千瓦')
  })

  it('writes rates and percentage points', () => {
    expect(formatAmount(63, '%', 'zh')).toBe('63%')
    expect(formatAmount(5.8, '%', 'zh', { signed: true })).toBe('+5.8%')
    expect(formatAmount(-18.3, '%', 'zh', { signed: true })).toBe('-18.3%')
    expect(formatAmount(0.6, 'pp', 'zh')).toBe('0.6个百分点')
    expect(formatAmount(0.6, 'pp', 'en')).toBe('0.6 pp')
  })

  it('writes English with billions and thousands separators', () => {
    expect(formatAmount(1787550000000, 'CNY', 'en')).toBe('1,787.55 billion yuan')
    expect(formatAmount(2.6e12, 'CNY', 'en')).toBe('2.6 trillion yuan')
    expect(formatAmount(3020000, 't', 'en')).toBe('3.02 million t')
    expect(formatAmount(29724, 'CNY', 'en')).toBe('29,724 yuan')
  })

  it('names every other unit the pipeline reads: freight turnover, standard coal, foreign money', () => {
    expect(formatAmount(41260000000, 'tkm', 'zh')).toBe('412.6亿吨公里')
    expect(formatAmount(41260000000, 'tkm', 'en')).toBe('41.26 billion t·km')
    expect(formatAmount(2360000, 'tce', 'zh')).toBe('236万吨标准煤')
    expect(formatAmount(6218, 'USD', 'zh')).toBe('6218美元')
    expect(formatAmount(6218, 'USD', 'en')).toBe('6,218 US dollars')
  })

  it('shows unknown units as they are', () => {
    expect(formatAmount(12, 'widget', 'zh')).toBe('12widget')
  })
})

describe('formatFigureValue', () => {
  it('prefixes the qualifier and keeps the scale the article used', () => {
    expect(formatFigureValue({ value: 2.6e12, unit: 'CNY', qualifier: '>=', kind: 'level', raw: '2.6万亿元' }, 'zh')).toBe('≥2.6万亿元')
    expect(formatFigureValue({ value: 2e10, unit: 'CNY', qualifier: '~', kind: 'level', raw: '200亿元' }, 'zh')).toBe('≈200亿元')
    expect(formatFigureValue({ value: 1.2e8, unit: 'CNY', qualifier: '=', kind: 'level', raw: '12000万元' }, 'zh')).toBe('12000万元')
  })

  it('keeps the scale of a number written in traditional script (a repost), not base units', () => {
    expect(formatFigureValue({ value: 8.64e9, unit: 'CNY', qualifier: '=', kind: 'level', raw: '86.4億元' }, 'zh')).toBe('86.4亿元')
    expect(formatFigureValue({ value: 1.2e6, unit: 't', qualifier: '>=', kind: 'level', raw: '120萬噸' }, 'zh')).toBe('≥120万吨')
    expect(formatFigureValue({ value: 2.1e12, unit: 'CNY', qualifier: '=', kind: 'level', raw: '2.1萬億元' }, 'zh')).toBe('2.1万亿元')
  })

  it('signs growth rates', () => {
    expect(formatFigureValue({ value: 63, unit: '%', qualifier: '=', kind: 'growth', raw: '63%' }, 'zh')).toBe('+63%')
    expect(formatFigureValue({ value: 45, unit: '%', qualifier: '=', kind: 'share', raw: '45%' }, 'zh')).toBe('45%')
  })
})

describe('helpers', () => {
  it('reads the scale an article wrote a number in', () => {
    expect(scaleOfRaw('17875.5亿元')).toBe(1e8)
    expect(scaleOfRaw('302万吨')).toBe(1e4)
    expect(scaleOfRaw('2.6万亿元')).toBe(1e12)
    expect(scaleOfRaw('733.2万千瓦')).toBe(1e4)
    expect(scaleOfRaw('29724元')).toBe(1)
    expect(scaleOfRaw('86.4億元')).toBe(1e8)
    expect(scaleOfRaw('120萬噸')).toBe(1e4)
    expect(scaleOfRaw('2.1萬億元')).toBe(1e12)
    expect(scaleOfRaw('3.5万億元')).toBe(1e12)
    expect(scaleOfRaw('千万千瓦')).toBeUndefined()
  })

  it('labels axis ticks compactly', () => {
    expect(formatAxisValue(2e12, 'CNY', 'zh')).toBe('2万亿')
    expect(formatAxisValue(3e6, 't', 'en')).toBe('3M')
  })

  it('shows a count with the measure word the article used, not the base unit', () => {
    const count = (raw: string, value: number, unit = 'item', label = '') => ({ value, unit, qualifier: '=' as const, kind: 'level' as const, raw, label })
    expect(formatFigureValue(count('300台', 300), 'zh')).toBe('300台')
    expect(formatFigureValue(count('19个', 19), 'zh')).toBe('19个')
    expect(formatFigureValue(count('1.2万余户', 12000, 'household'), 'zh')).toBe('1.2万户')
    expect(formatFigureValue(count('300台', 300), 'en')).toBe('300 units')
    expect(formatFigureValue(count('19个', 19), 'en')).toBe('19 items')
  })

  it('calls 户 of enterprises enterprises in English, and 户 of families households', () => {
    const hu = (label: string) => ({ value: 12000, unit: 'household', qualifier: '=' as const, kind: 'level' as const, raw: '1.2万户', label })
    expect(formatFigureValue(hu('中小企业'), 'en')).toBe('12,000 enterprises')
    expect(formatFigureValue(hu('脱贫户'), 'en')).toBe('12,000 households')
  })
})

describe('writeNumber writes what Intl.NumberFormat writes', () => {
  // One formatter per language and precision: making one per call made the property test slow under load.
  const formats = new Map<string, Intl.NumberFormat>()
  const intl = (x: number, decimals: number, lang: 'zh' | 'en') => {
    const key = `${lang}|${decimals}`
    if (!formats.has(key)) {
      formats.set(key, new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: 0, maximumFractionDigits: decimals, useGrouping: lang === 'en' }))
    }
    return formats.get(key)!.format(x)
  }

  it('on ties, thousands, negatives and the edges', () => {
    const cases = [0, -0, 1, -1, 0.5, 1.005, 2.675, 0.125, -0.125, 999.995, 1000, -1234.5, 1234567.891, 26000, 2.6e12, 1e20, 1e21, -1e21, 123456789012345680000, 5e-7, -0.001, Infinity, -Infinity]
    for (const x of cases) for (const d of [0, 1, 2, 4]) for (const lang of ['zh', 'en'] as const) expect(writeNumber(x, d, lang), `${x} ${d} ${lang}`).toBe(intl(x, d, lang))
  })

  it('for any number, any precision the app asks for, in both languages', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000), fc.integer().map((n) => n * 1e4)),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('zh' as const, 'en' as const),
        (x, d, lang) => writeNumber(x, d, lang) === intl(x, d, lang),
      ),
      { numRuns: 20_000 },
    )
  }, 30_000)
})
