import { describe, expect, it } from 'vitest'
import { comparabilityClass, comparabilityName, formatPeriod, periodYears, shiftPeriodYears } from '../../../src/app/format/period'
import { JAN_AUG_2024, Q1_Q3_2024, UNDATED, YEAR_2024, period } from '../fixtures/dataset'

describe('formatPeriod', () => {
  it('writes periods as Chinese papers do', () => {
    expect(formatPeriod(Q1_Q3_2024, 'zh')).toBe('2024年前三季度')
    expect(formatPeriod(JAN_AUG_2024, 'zh')).toBe('2024年1—8月')
    expect(formatPeriod(YEAR_2024, 'zh')).toBe('2024年')
    expect(formatPeriod(period('ytd', '2024-01-01', '2024-06-30'), 'zh')).toBe('2024年上半年')
    expect(formatPeriod(period('quarter', '2024-07-01', '2024-09-30'), 'zh')).toBe('2024年三季度')
    expect(formatPeriod(period('month', '2024-08-01', '2024-08-31'), 'zh')).toBe('2024年8月')
    expect(formatPeriod(period('point', null, '2024-08-31'), 'zh')).toBe('截至2024年8月底')
    expect(formatPeriod(period('point', null, '2024-06-02'), 'zh')).toBe('截至2024年6月2日')
    expect(formatPeriod(period('span', '2019-01-01', '2023-12-31'), 'zh')).toBe('2019—2023年')
    expect(formatPeriod(period('span', '2024-08-19', '2024-08-25'), 'zh')).toBe('2024年8月19日—8月25日')
    expect(formatPeriod(period('span', '2024-03-21', '2024-03-21'), 'en')).toBe('21 Mar 2024')
    expect(formatPeriod(period('ytd', '2024-01-01', '2024-06-02'), 'zh')).toBe('2024年初至6月2日')
  })

  it('writes English periods', () => {
    expect(formatPeriod(Q1_Q3_2024, 'en')).toBe('Q1–Q3 2024')
    expect(formatPeriod(JAN_AUG_2024, 'en')).toBe('Jan–Aug 2024')
    expect(formatPeriod(period('point', null, '2024-08-31'), 'en')).toBe('as of end-Aug 2024')
  })

  it('falls back to the phrase, then to “date not given”', () => {
    expect(formatPeriod(period('unknown', null, null, '近年来'), 'zh')).toBe('近年来')
    expect(formatPeriod(UNDATED, 'zh')).toBe('时间不详')
  })
})

describe('comparability', () => {
  it('never puts year-to-date and full-year figures in one class', () => {
    expect(comparabilityClass(YEAR_2024)).toBe('year')
    expect(comparabilityClass(Q1_Q3_2024)).toBe('ytd:09-30')
    expect(comparabilityClass(JAN_AUG_2024)).toBe('ytd:08-31')
    expect(comparabilityClass(UNDATED)).toBeNull()
  })

  it('names classes for legends', () => {
    expect(comparabilityName('ytd:09-30', 'zh')).toBe('前三季度累计')
    expect(comparabilityName('ytd:08-31', 'zh')).toBe('1—8月累计')
    expect(comparabilityName('year', 'en')).toBe('full year')
  })

  it('shifts a period back a year, keeping month ends', () => {
    expect(shiftPeriodYears(period('ytd', '2024-01-01', '2024-02-29'), -1).end).toBe('2023-02-28')
    expect(shiftPeriodYears(period('ytd', '2025-01-01', '2025-02-28'), -1).end).toBe('2024-02-29')
    expect(periodYears(shiftPeriodYears(YEAR_2024, -1))).toEqual([2023, 2023])
  })
})
