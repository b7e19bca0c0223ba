import { init, use } from 'echarts/core'
import { LegendPlainComponent, TitleComponent } from 'echarts/components'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'
import { exportOption, type ExportLayout } from '../charts/exportOption.ts'

use([SVGRenderer, CanvasRenderer, TitleComponent, LegendPlainComponent])

export interface ExportRequest extends ExportLayout {
  locale: string
}

/**
 * Renders a chart offscreen for download, with its title, a legend and its source (see exportOption). SVG uses the
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
