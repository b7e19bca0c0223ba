/** The interface languages. Chinese is the default: the readers are decision-makers in Inner Mongolia. */
export type Lang = 'zh' | 'en'
export const LANGS: readonly Lang[] = ['zh', 'en']
export const DEFAULT_LANG: Lang = 'zh'

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en'
}
