import { describe, expect, it } from 'vitest'
import { metricName } from '../../../src/app/i18n/names'
import type { IndicatorInfo, MetricInfo } from '../../../src/model'

const METRICS: MetricInfo[] = [{ key: 'funding', zh: '财政资金', en: 'Government funding' }]
const INDICATORS: IndicatorInfo[] = [{ key: 'port_cargo', zh: '口岸货运量', en: 'Port cargo', metric: 'cargo_volume', unitKind: 'mass' }]

describe('metric and indicator names', () => {
  it('come from the dataset: its indicators first, then its metrics', () => {
    expect(metricName('port_cargo', METRICS, 'zh', INDICATORS)).toBe('口岸货运量')
    expect(metricName('port_cargo', METRICS, 'en', INDICATORS)).toBe('Port cargo')
    // The pipeline's name, not one of the app's own (the app once said 资金 here).
    expect(metricName('funding', METRICS, 'zh', INDICATORS)).toBe('财政资金')
    expect(metricName('funding', METRICS, 'en', INDICATORS)).toBe('Government funding')
  })

  it('show a key the dataset does not name as words, in either language', () => {
    expect(metricName('funding', [], 'zh')).toBe('Funding')
    expect(metricName('retail_sales', METRICS, 'en', INDICATORS)).toBe('Retail sales')
  })
})
