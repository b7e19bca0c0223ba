import type { Figure } from '../../../model/index.ts'
import type { Lang } from '../../i18n/lang.ts'
import type { ExplorerSelection } from '../../url/explorer.ts'
import { DEFAULT_OPTIONS, type EmbedChartKind, type EmbedOptions } from '../../url/embed.ts'

/**
 * Which chart a dashboard panel shows, read from its download name (`nmg-gdp-time`, `-map`, `-leagues`,
 * `-trend`): the panel already names its files after what it draws.
 */
export function chartOfPanel(filename: string): EmbedChartKind {
  if (/-map$/.test(filename)) return 'map'
  if (/-(leagues|bar)$/.test(filename)) return 'bar'
  if (/-(trend|card)$/.test(filename)) return 'card'
  return 'time'
}

export interface PanelContext {
  filename: string
  figures: readonly Figure[]
  /** The explorer's selection when the panel is in the explorer, else null. */
  selection: ExplorerSelection | null
  lang: Lang
}

/** The embed that reproduces a dashboard panel: its chart, its metric, the regions and years selected around it. */
export function presetForPanel(panel: PanelContext): EmbedOptions {
  const chart = chartOfPanel(panel.filename)
  const metric = panel.figures[0]?.metric ?? panel.selection?.metrics[0] ?? null
  return {
    ...DEFAULT_OPTIONS,
    chart,
    metric,
    region: chart === 'card' ? [] : [...(panel.selection?.regions ?? [])],
    period: chart === 'card' ? null : (panel.selection?.years ?? null),
    lang: panel.lang,
    id: metric ? `nmg-${chart}-${metric}` : `nmg-${chart}`,
  }
}
