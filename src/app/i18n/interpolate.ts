import type { Lang } from './lang.ts'

export type MessageParams = Record<string, string | number>

const pluralRules = new Map<Lang, Intl.PluralRules>()

function plural(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang)
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en')))
  return rules.select(n)
}

/**
 * Fills a message template: `{name}` with a parameter, and `{name|one|other}` with the form Intl.PluralRules
 * picks for that number (`{count} {count|figure|figures}` → "1 figure", "3 figures"). No template compiler, so
 * nothing to eval under a strict CSP. The one interpolator of every catalogue (app, search, notes, embeds).
 */
export function interpolate(template: string, params: MessageParams, lang: Lang): string {
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      name in params ? (plural(lang, Number(params[name])) === 'one' ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}
