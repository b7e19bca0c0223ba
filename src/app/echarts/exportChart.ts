import { init, use, type EChartsCoreOption } from 'echarts/core'
import { LegendPlainComponent, TitleComponent } from 'echarts/components'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'
import { exportOption } from '../charts/exportOption'

use([SVGRenderer, CanvasRenderer, TitleComponent, LegendPlainComponent])

export interface ExportRequest {
  option: EChartsCoreOption
  width: number
  height: number
  background: string
  textColor: string
  locale: string
  title: string
  legend: readonly string[]
}

/**
 * Renders a chart offscreen for download, with its title and a legend (on screen both are HTML). SVG uses the
 * SVG renderer in server-side mode (no DOM); PNG a detached canvas. Loaded only when someone exports.
 */
export function renderChart(request: ExportRequest, type: 'svg' | 'png'): string {
  const { option, height } = exportOption(request)
  if (type === 'svg') {
    const chart = init(null, null, { renderer: 'svg', ssr: true, width: request.width, height, locale: request.locale })
    try {
      chart.setOption(option)
      return chart.renderToSVGString()
    } finally {
      chart.dispose()
    }
  }
  const host = document.createElement('div')
  const chart = init(host, null, { renderer: 'canvas', width: request.width, height, locale: request.locale, devicePixelRatio: 2 })
  try {
    chart.setOption(option)
    return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: request.background })
  } finally {
    chart.dispose()
  }
}
