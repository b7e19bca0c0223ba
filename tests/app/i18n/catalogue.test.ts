import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { MESSAGES, translate, type MessageKey } from '../../../src/app/i18n/messages'
import { en } from '../../../src/app/i18n/messages.en'

/**
 * The one message catalogue: every key is used by some code, and every message exists, non-empty, in both
 * languages with the same placeholders. A key is used when src names it in full (`t('explore.title')`), names it
 * through a template (`t(`kind.${kind}`)` uses every `kind.<word>`), or, inside a component that speaks one
 * namespace (SCOPES), names it without the namespace (`s('loading')` in the search box).
 */
const SRC = fileURLToPath(new URL('../../../src/', import.meta.url))
/** The catalogues themselves, which name every key: no use of one. */
const CATALOGUES = ['app/i18n/messages.ts', 'app/i18n/messages.en.ts']
/** Components that call `translate` within one namespace, by the folder or file they live in. */
const SCOPES: Record<string, string> = { search: 'app/components/search/', notes: 'app/components/RouteNotes.vue' }

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

const sources = files(SRC)
  .map((path) => ({ path: relative(SRC, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }))
  .filter((f) => !CATALOGUES.includes(f.path))

/** String literals ('a.b', "a.b", `a.b`) and templates (`a.${x}`, as a pattern) of some source text. */
function literals(text: string): { exact: Set<string>; patterns: RegExp[] } {
  const exact = new Set<string>()
  const patterns: RegExp[] = []
  // Each kind of quote on its own: a Vue attribute `:title="t('embed.action')"` holds a literal inside a literal.
  for (const m of text.matchAll(/'([^'\n\\]*)'/g)) exact.add(m[1])
  for (const m of text.matchAll(/"([^"\n\\]*)"/g)) exact.add(m[1])
  for (const m of text.matchAll(/`([^`\\]*)`/g)) {
    const value = m[1]
    if (!value.includes('${')) exact.add(value)
    // Only a template that starts with a key's first segment (`kind.${k}`) names keys; `${a}.${b}` names none.
    else if (/^\w+\./.test(value)) {
      const source = value.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')).join('\\w+')
      patterns.push(new RegExp(`^${source}$`))
    }
  }
  return { exact, patterns }
}

const everywhere = literals(sources.map((f) => f.text).join('\n'))
const scoped = Object.fromEntries(
  Object.entries(SCOPES).map(([ns, where]) => [ns, literals(sources.filter((f) => f.path.startsWith(where)).map((f) => f.text).join('\n'))]),
)

function used(key: string): boolean {
  if (everywhere.exact.has(key) || everywhere.patterns.some((p) => p.test(key))) return true
  const dot = key.indexOf('.')
  const inScope = scoped[key.slice(0, dot)]
  const short = key.slice(dot + 1)
  return inScope !== undefined && (inScope.exact.has(short) || inScope.patterns.some((p) => p.test(short)))
}

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)[}|]/g)].map((m) => m[1]).sort()

describe('the message catalogue', () => {
  const keys = Object.keys(MESSAGES.zh) as MessageKey[]

  it('has no key that no code uses', () => {
    expect(keys.filter((key) => !used(key))).toEqual([])
  })

  it('has every message in both languages, non-empty, with the same placeholders', () => {
    expect(MESSAGES.en).toBe(en)
    expect(Object.keys(en).sort()).toEqual([...keys].sort())
    for (const key of keys) {
      expect(MESSAGES.zh[key].trim(), key).not.toBe('')
      expect(en[key].trim(), key).not.toBe('')
      expect([...new Set(placeholders(en[key]))], key).toEqual([...new Set(placeholders(MESSAGES.zh[key]))])
    }
  })

  it('names namespaces by the first segment of every key', () => {
    const namespaces = new Set(keys.map((k) => k.split('.')[0]))
    expect([...namespaces].sort()).toEqual(
      ['about', 'app', 'article', 'chart', 'embed', 'explore', 'kind', 'lang', 'nav', 'notes', 'overview', 'region', 'search', 'share', 'source', 'state', 'table', 'theme'].sort(),
    )
  })

  it('is the only catalogue: no other module of src keeps messages in both languages beside it', () => {
    // A second catalogue would be an object of zh and en templates with placeholders; names of things (units,
    // directions) are data, not messages, and have no placeholders.
    const others = sources.filter((f) => /\bzh\s*[:=]\s*\{[^}]*\{\w+\}/s.test(f.text) && /\ben\s*[:=]\s*\{/.test(f.text)).map((f) => f.path)
    expect(others).toEqual([])
  })

  it('fills a message with translate, in either language', () => {
    expect(translate('zh', 'search.total', { n: 3 })).toBe('共 3 条')
    expect(translate('en', 'notes.notFound', { param: 'Metric', value: 'x', instead: 'ignored' })).toBe('These pages report no figures for Metric “x”; ignored')
  })
})
