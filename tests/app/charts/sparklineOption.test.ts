import { describe, expect, it } from 'vitest'
import { sparklineOption } from '../../../src/app/charts/sparklineOption'
import { figure } from '../fixtures/dataset'
import { testContext } from './context'

describe('sparklineOption', () => {
  it('plots the trend in order and describes it for screen readers', () => {
    const { option, description } = sparklineOption([figure('gdp-2023'), figure('gdp-2024')], testContext())
    const series = (option as { series: { data: { value: number }[] }[] }).series[0]
    expect(series.data.map((d) => d.value)).toEqual([2.4e12, 2.6e12])
    expect(description).toBe('地区生产总值趋势：2023年 2.4万亿元、2024年 ≥2.6万亿元。')
  })

  it('has no chart without figures', () => {
    expect(sparklineOption([], testContext()).option).toBeNull()
  })
})
