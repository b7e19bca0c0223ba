import type { EChartsCoreOption } from 'echarts/core'

export interface ExportLayout {
  option: EChartsCoreOption
  width: number
  height: number
  background: string
  textColor: string
  /** Muted colour of the footer. */
  mutedColor: string
  title: string
  legend: readonly string[]
  /** Credit line: the newest article's headline, paper and date (see data/sources.ts). */
  source: string
  /** The dashboard address of this selection, printed under the source. */
  link: string
}

const TITLE_HEIGHT = 36
const LEGEND_ROW = 22
const FOOTER_HEIGHT = 42

/** Rough width of a legend item: CJK characters are about twice as wide as Latin ones at 12px. */
function itemWidth(name: string): number {
  let width = 40
  for (const ch of name) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 7
  return width
}

/**
 * The option of a downloaded chart: the on-screen one plus a title, a plain legend (on screen both are HTML) and
 * a footer with the source and the dashboard link, as OWID and Datawrapper do, so a copied image keeps its
 * provenance. The canvas is made taller to hold them.
 */
export function exportOption(layout: ExportLayout): { option: EChartsCoreOption; height: number } {
  const usable = Math.max(200, layout.width - 40)
  let rows = layout.legend.length ? 1 : 0
  let x = 0
  for (const name of layout.legend) {
    const w = itemWidth(name)
    if (x > 0 && x + w > usable) {
      rows++
      x = 0
    }
    x += w
  }
  const legendHeight = rows * LEGEND_ROW + (rows ? 8 : 0)
  const height = layout.height + TITLE_HEIGHT + legendHeight + FOOTER_HEIGHT
  const footerStyle = { color: layout.mutedColor, fontSize: 11, fontWeight: 'normal', width: usable, overflow: 'truncate' }
  const option: EChartsCoreOption = {
    ...layout.option,
    animation: false,
    backgroundColor: layout.background,
    title: [
      { text: layout.title, left: 'center', top: 6, textStyle: { color: layout.textColor, fontSize: 15 } },
      { text: layout.source, subtext: layout.link, left: 12, bottom: 4, itemGap: 4, textStyle: footerStyle, subtextStyle: footerStyle },
    ],
  }
  const grids = layout.option.grid
  if (grids !== undefined) {
    // Make room above the first panel and below the last; panels placed in percent keep their share.
    const list = (Array.isArray(grids) ? grids : [grids]) as Record<string, unknown>[]
    const shift = (value: unknown, by: number) => (typeof value === 'number' ? value + by : value)
    const moved = list.map((g, i) => ({
      ...g,
      top: i === 0 ? shift(g.top ?? 24, TITLE_HEIGHT) : g.top,
      bottom: i === list.length - 1 ? shift(g.bottom ?? 8, legendHeight + FOOTER_HEIGHT) : g.bottom,
    }))
    option.grid = Array.isArray(grids) ? moved : moved[0]
  }
  if (layout.legend.length) {
    option.legend = { type: 'plain', bottom: FOOTER_HEIGHT + 4, left: 'center', width: usable, data: [...layout.legend], textStyle: { color: layout.textColor } }
  }
  return { option, height }
}
