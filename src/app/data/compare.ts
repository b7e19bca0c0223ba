/**
 * Code-unit order for codes, keys and ISO dates. `localeCompare` builds an ICU collation for every call,
 * which made sorting a few hundred figures cost tens of milliseconds on first load.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

let zhCollator: Intl.Collator | null = null

/** Order for names a reader sees (metric names, headlines): one collator, made once. */
export function compareNames(a: string, b: string): number {
  zhCollator ??= new Intl.Collator('zh-CN')
  return zhCollator.compare(a, b)
}
