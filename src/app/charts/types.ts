import type { Region } from '../../model/index.ts'
import type { Lang } from '../i18n/lang.ts'
import type { ChartColors } from './palette.ts'

/** How a chart names things; the app passes its i18n, an embed may pass its own. */
export interface ChartLabels {
  lang: Lang
  metric: (key: string) => string
  region: (region: Region) => string
  headline: (articleId: string) => string
  /** A finer place (a port, a park) in the chart's language; as written when absent. */
  place?: (name: string) => string
}

export interface ChartContext {
  colors: ChartColors
  labels: ChartLabels
  /** Base font size in px (12 by default); larger on wall screens. */
  fontSize?: number
}

/** Extra fields on data items so a click leads back to the figure. */
export interface FigurePoint {
  figureId?: string
  /** Set on implied prior-year points: computed here, never reported. */
  derivedFrom?: string
}

/** A legend entry the app draws as HTML (it wraps, reads aloud and fits a phone, unlike a canvas legend). */
export interface LegendEntry {
  name: string
  color: string
  /** ECharts symbol name: circle, triangle, diamond, rect, roundRect, pin. */
  symbol: string
  line: 'solid' | 'dashed' | 'dotted' | null
  hollow: boolean
}
