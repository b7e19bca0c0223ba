import type { Figure, PeriodBasis, Unit } from '../../model/index.ts'
import { figurePlace } from '../data/figures.ts'
import { formatAmount, formatFigureValue, qualifierWord } from '../format/number.ts'
import { basisName, formatPeriod } from '../format/period.ts'
import { kindName } from '../i18n/names.ts'
import { translate } from '../i18n/messages.ts'
import type { ChartColors } from './palette.ts'
import type { ChartContext } from './types.ts'

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Tooltips are HTML: every text taken from a page is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c])
}

/** What a reader needs to trust a point: value with unit and qualifier, period, region and the source. */
export function figureTooltip(f: Figure, ctx: ChartContext, conflict = false): string {
  const { lang } = ctx.labels
  const place = figurePlace(f)
  const region = ctx.labels.region(f.region) + (place ? ` · ${place}` : '')
  const qualifier = qualifierWord(f.qualifier, lang)
  const lines = [
    `<strong>${escapeHtml(ctx.labels.metric(f.metric))}</strong> · ${escapeHtml(kindName(f.kind, lang))}`,
    escapeHtml(f.label),
    `${escapeHtml(formatFigureValue(f, lang))}${qualifier ? ` (${escapeHtml(qualifier)})` : ''}`,
    `${escapeHtml(formatPeriod(f.period, lang))} · ${escapeHtml(basisName(f.period.basis, lang))}`,
    escapeHtml(region),
    `${escapeHtml(translate(lang, 'chart.source'))}: ${escapeHtml(ctx.labels.headline(f.source.articleId))}`,
  ]
  // A class, not a style attribute: a strict CSP blocks inline styles in markup.
  if (conflict) lines.push(`<span class="nmg-tip-conflict">${escapeHtml(translate(lang, 'chart.conflict'))}</span>`)
  return lines.join('<br>')
}

/**
 * A point drawn from a line's sketch whose figures have not been fetched (an old year of a large indicator): its
 * line, period, value and how many reports give it; the figure itself, with its quote, is one click away.
 */
export function sketchTooltip(point: { name: string; periodType: string; start: string | null; end: string; value: number; unit: Unit; reports: number }, ctx: ChartContext): string {
  const { lang } = ctx.labels
  const period = { basis: point.periodType.split(':')[0] as PeriodBasis, start: point.start, end: point.end, phrase: '' }
  return [
    `<strong>${escapeHtml(point.name)}</strong>`,
    escapeHtml(formatAmount(point.value, point.unit, lang)),
    escapeHtml(formatPeriod(period, lang)),
    escapeHtml(translate(lang, 'chart.reports', { count: point.reports })),
  ].join('<br>')
}

/** The tooltip frame every chart shares: one item at a time, kept inside the chart, in the theme's colours. */
export function itemTooltip<P>(colors: ChartColors, formatter: (params: P) => string) {
  return {
    trigger: 'item' as const,
    confine: true,
    backgroundColor: colors.tooltipBackground,
    borderColor: colors.axis,
    textStyle: { color: colors.tooltipText },
    formatter,
  }
}
