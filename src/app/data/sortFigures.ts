import type { Figure, FigureKind } from '../../model/index.ts'
import type { SortDirection, TableSortKey } from '../url/explorer.ts'
import { compareNames, compareText } from './compare.ts'
import { compareRegions } from './regions.ts'

const KIND_ORDER: FigureKind[] = ['level', 'growth', 'share', 'target']

/** Table order; ties fall back to the figure's position in its page so the order is stable. */
export function sortFigures(
  figures: readonly Figure[],
  key: TableSortKey,
  dir: SortDirection,
  names: { metric: (key: string) => string; headline: (articleId: string) => string },
): Figure[] {
  const sign = dir === 'asc' ? 1 : -1
  const compare = (a: Figure, b: Figure): number => {
    switch (key) {
      case 'metric':
        return compareNames(names.metric(a.indicator ?? a.metric), names.metric(b.indicator ?? b.metric))
      case 'kind':
        return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
      case 'value':
        return a.unit === b.unit ? a.value - b.value : compareText(a.unit, b.unit)
      case 'period': {
        const ea = a.period.end ?? a.period.start
        const eb = b.period.end ?? b.period.start
        // Undated figures go last in either direction.
        if (!ea || !eb) return ea ? -sign : eb ? sign : 0
        return compareText(ea, eb)
      }
      case 'region':
        return compareRegions(a.region, b.region)
      case 'source':
        return compareNames(names.headline(a.source.articleId), names.headline(b.source.articleId))
    }
  }
  const stable = (a: Figure, b: Figure) => compareText(a.source.file, b.source.file) || a.source.offset - b.source.offset
  return [...figures].sort((a, b) => sign * compare(a, b) || stable(a, b))
}
