import { articleTitle, type Article, type Figure } from '../../model/index.ts'
import type { Lang } from '../i18n/lang.ts'
import { translate } from '../i18n/messages.ts'

/**
 * The articles behind a chart and the line that credits them, shared by the dashboard's image exports and the
 * embeds: the newest article's headline, paper and date, and how many more.
 */
export interface SourceRef {
  articleId: string
  headline: string
  paper: string | null
  date: string | null
}

export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return iso
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (lang === 'zh') return `${y}年${mo}月${d}日`
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  return `${d} ${months[mo - 1]} ${y}`
}

/** Articles behind the figures shown, newest first. */
export function sourcesOf(figures: readonly Figure[], articleById: ReadonlyMap<string, Article>): SourceRef[] {
  const seen = new Map<string, SourceRef>()
  for (const f of figures) {
    const id = f.source.articleId
    if (seen.has(id)) continue
    const a = articleById.get(id)
    seen.set(id, { articleId: id, headline: a ? articleTitle(a) : f.source.file, paper: a?.paper ?? null, date: a?.date ?? null })
  }
  return [...seen.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.articleId.localeCompare(b.articleId))
}

/** `来源：《标题》，内蒙古日报，2024年10月21日；等3篇报道` — the newest article, its paper and date. */
export function sourceLine(sources: readonly SourceRef[], lang: Lang): string {
  const label = translate(lang, 'chart.source')
  if (sources.length === 0) return ''
  const first = sources[0]
  const headline = lang === 'zh' ? `《${first.headline}》` : `“${first.headline}”`
  const parts = [headline, first.paper, first.date ? formatDate(first.date, lang) : null].filter(Boolean)
  const text = parts.join(lang === 'zh' ? '，' : ', ')
  const more = sources.length > 1 ? (lang === 'zh' ? '；' : '; ') + translate(lang, 'chart.sourceMore', { count: sources.length - 1 }) : ''
  return `${label}${lang === 'zh' ? '：' : ': '}${text}${more}`
}

