/**
 * The bare one-chart page of `npm run bench:app`: the explorer's ECharts modules (src/app/echarts/core.ts and
 * time.ts), one line series on a time axis, no data to fetch, no framework. What a first chart costs at the least.
 * No tooltip: the explorer registers it after its first chart, as this page would.
 */
import { init } from 'echarts/core'
import '../../../src/app/echarts/core.ts'
import '../../../src/app/echarts/time.ts'
import { FIRST_CHART_MARK, markOnce } from '../../../src/app/composables/perf.ts'

// A made-up line: 40 quarter ends, a level growing with a little seasonality.
const points: [number, number][] = Array.from({ length: 40 }, (_, i) => [Date.UTC(2015 + Math.floor(i / 4), ((i % 4) + 1) * 3 - 1, 28), 100 * 1.02 ** i * (1 + 0.05 * Math.sin(i))])

const chart = init(document.getElementById('chart')!)
chart.on('finished', () => markOnce(FIRST_CHART_MARK))
chart.setOption({
  animation: false,
  aria: { enabled: true },
  grid: { left: 60, right: 20, top: 30, bottom: 40 },
  xAxis: { type: 'time' },
  yAxis: { type: 'value' },
  series: [{ type: 'line', name: 'line', data: points, symbolSize: 8 }],
})
