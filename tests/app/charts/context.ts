import type { ChartContext } from '../../../src/app/charts/types'
import { chartColors } from '../../../src/app/charts/palette'
import type { Lang } from '../../../src/app/i18n/lang'
import { metricName, regionName } from '../../../src/app/i18n/names'
import { DATASET } from '../fixtures/dataset'

export function testContext(lang: Lang = 'zh'): ChartContext {
  return {
    colors: chartColors('light'),
    labels: {
      lang,
      metric: (key) => metricName(key, DATASET.metrics, lang, DATASET.indicators),
      region: (region) => regionName(region, lang, null),
      headline: (id) => DATASET.articles.find((a) => a.id === id)?.headline ?? id,
    },
  }
}
