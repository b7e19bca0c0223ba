import { init, use, type EChartsCoreOption } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

use([SVGRenderer])

/**
 * Renders a chart option offscreen with the SVG renderer (server-side mode, no DOM needed) and returns the
 * SVG text. Loaded only when someone exports, so the SVG renderer stays out of the first view.
 */
export function renderSvg(option: EChartsCoreOption, width: number, height: number, background: string, locale: string): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height, locale })
  try {
    chart.setOption({ ...option, animation: false, backgroundColor: background })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}
