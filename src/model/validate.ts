import { METRIC_KEY, PERIOD_BASES as BASES, REGION_CODE, type Dataset } from './index.ts'

/**
 * A structural check of a dataset read from JSON, so a stale or hand-edited file fails loudly where it is
 * loaded instead of deep inside a chart. Every error names its path (`figures[12].period.end: expected
 * YYYY-MM-DD or null`). Fields the model does not know are allowed, so older readers accept newer files.
 */
export type DatasetCheck = { ok: true; dataset: Dataset } | { ok: false; errors: string[] }

const FIGURE_KINDS = new Set(['level', 'growth', 'share', 'target'])
const QUALIFIERS = new Set(['=', '>=', '>', '~', '<', '<='])
const PERIOD_BASES = new Set<string>(BASES)
const FILE_STATUSES = new Set(['ok', 'empty', 'skipped'])
const ENCODINGS = new Set(['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'])
const SET_ASIDE_REASONS = new Set([
  'phone',
  'date',
  'year',
  'time',
  'age',
  'rank',
  'ordinal',
  'code',
  'no-label',
  'duration',
  'count-of-events',
  'list-number',
  'other-province',
  'foreign-country',
  'reversed-period',
  'too-long',
  'other',
])
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
/** Enough to find what is wrong without flooding a build log. */
const MAX_ERRORS = 50

type Obj = Record<string, unknown>

class Checker {
  readonly errors: string[] = []
  private dropped = 0

  fail(path: string, expected: string): false {
    if (this.errors.length < MAX_ERRORS) this.errors.push(`${path}: expected ${expected}`)
    else this.dropped++
    return false
  }

  finish(): string[] {
    return this.dropped > 0 ? [...this.errors, `… and ${this.dropped} more`] : this.errors
  }

  object(value: unknown, path: string): value is Obj {
    return (typeof value === 'object' && value !== null && !Array.isArray(value)) || this.fail(path, 'an object')
  }

  array(value: unknown, path: string): value is unknown[] {
    return Array.isArray(value) || this.fail(path, 'an array')
  }

  string(o: Obj, key: string, path: string): void {
    if (typeof o[key] !== 'string') this.fail(`${path}.${key}`, 'a string')
  }

  nonEmpty(o: Obj, key: string, path: string): void {
    if (typeof o[key] !== 'string' || o[key] === '') this.fail(`${path}.${key}`, 'a non-empty string')
  }

  stringOrNull(o: Obj, key: string, path: string): void {
    if (o[key] !== null && typeof o[key] !== 'string') this.fail(`${path}.${key}`, 'a string or null')
  }

  count(o: Obj, key: string, path: string): void {
    const v = o[key]
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) this.fail(`${path}.${key}`, 'an integer ≥ 0')
  }

  finite(o: Obj, key: string, path: string): void {
    const v = o[key]
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(`${path}.${key}`, 'a finite number')
  }

  oneOf(o: Obj, key: string, allowed: Set<string>, path: string): void {
    const v = o[key]
    if (typeof v !== 'string' || !allowed.has(v)) this.fail(`${path}.${key}`, `one of ${[...allowed].join(' | ')}`)
  }

  pattern(o: Obj, key: string, re: RegExp, what: string, path: string): void {
    const v = o[key]
    if (typeof v !== 'string' || !re.test(v)) this.fail(`${path}.${key}`, what)
  }

  /** Whether the value is a valid date (null is allowed, and is not one). */
  dateOrNull(o: Obj, key: string, path: string): boolean {
    const v = o[key]
    if (v === null) return false
    const m = typeof v === 'string' ? ISO_DATE.exec(v) : null
    if (!m || !validDate(Number(m[1]), Number(m[2]), Number(m[3]))) return this.fail(`${path}.${key}`, 'YYYY-MM-DD or null')
    return true
  }

  strings(o: Obj, key: string, path: string): void {
    const v = o[key]
    if (!this.array(v, `${path}.${key}`)) return
    v.forEach((s, i) => {
      if (typeof s !== 'string') this.fail(`${path}.${key}[${i}]`, 'a string')
    })
  }

  breakdownOrNull(o: Obj, key: string, path: string): void {
    const v = o[key]
    if (v === null) return
    if (!this.object(v, `${path}.${key}`)) return
    for (const [k, part] of Object.entries(v)) if (typeof part !== 'string') this.fail(`${path}.${key}.${k}`, 'a string')
  }

  region(o: Obj, key: string, path: string): void {
    const r = o[key]
    const at = `${path}.${key}`
    if (!this.object(r, at)) return
    this.pattern(r, 'code', REGION_CODE, 'a 6-digit division code', at)
    this.string(r, 'name', at)
  }
}

function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

function checkFigure(c: Checker, f: unknown, path: string): void {
  if (!c.object(f, path)) return
  c.nonEmpty(f, 'id', path)
  c.pattern(f, 'metric', METRIC_KEY, 'a snake_case metric key', path)
  c.oneOf(f, 'kind', FIGURE_KINDS, path)
  c.finite(f, 'value', path)
  // '' is the unit of a bare count (8 种); any other unit is a short code (CNY, t, %, …).
  c.string(f, 'unit', path)
  c.oneOf(f, 'qualifier', QUALIFIERS, path)
  c.region(f, 'region', path)
  c.stringOrNull(f, 'place', path)
  const period = f.period
  if (c.object(period, `${path}.period`)) {
    const dated = c.dateOrNull(period, 'start', `${path}.period`)
    const ends = c.dateOrNull(period, 'end', `${path}.period`)
    c.oneOf(period, 'basis', PERIOD_BASES, `${path}.period`)
    c.string(period, 'phrase', `${path}.period`)
    // A period that ends before it starts is a reading gone wrong (a goal's year read as the year so far), never data.
    if (dated && ends && (period.end as string) < (period.start as string)) c.fail(`${path}.period.end`, `a date on or after the start (${period.start as string})`)
  }
  c.string(f, 'label', path)
  if (f.indicator !== null) c.pattern(f, 'indicator', METRIC_KEY, 'a snake_case indicator key or null', path)
  c.breakdownOrNull(f, 'breakdown', path)
  if (f.comparison !== undefined) c.nonEmpty(f, 'comparison', path)
  c.nonEmpty(f, 'raw', path)
  const source = f.source
  if (c.object(source, `${path}.source`)) {
    c.nonEmpty(source, 'file', `${path}.source`)
    c.nonEmpty(source, 'quote', `${path}.source`)
    c.count(source, 'offset', `${path}.source`)
    c.count(source, 'quoteOffset', `${path}.source`)
    c.nonEmpty(source, 'articleId', `${path}.source`)
  }
}

function checkArticle(c: Checker, a: unknown, path: string): void {
  if (!c.object(a, path)) return
  c.nonEmpty(a, 'id', path)
  c.nonEmpty(a, 'file', path)
  for (const key of ['headline', 'kicker', 'byline', 'dateline', 'text']) c.string(a, key, path)
  c.dateOrNull(a, 'date', path)
  c.stringOrNull(a, 'paper', path)
  c.region(a, 'region', path)
  c.count(a, 'start', path)
  c.count(a, 'end', path)
  if (typeof a.start === 'number' && typeof a.end === 'number' && a.end < a.start) c.fail(`${path}.end`, `an offset ≥ start (${a.start})`)
  c.strings(a, 'continuation', path)
}

function checkFileReport(c: Checker, r: unknown, path: string): void {
  if (!c.object(r, path)) return
  c.nonEmpty(r, 'file', path)
  c.oneOf(r, 'status', FILE_STATUSES, path)
  if (r.encoding !== null) c.oneOf(r, 'encoding', ENCODINGS, path)
  c.stringOrNull(r, 'reason', path)
  for (const key of ['bytes', 'articles', 'numbersSeen', 'figures']) c.count(r, key, path)
  const byMetric = r.figuresByMetric
  if (c.object(byMetric, `${path}.figuresByMetric`)) for (const key of Object.keys(byMetric)) c.count(byMetric, key, `${path}.figuresByMetric`)
  const aside = r.setAside
  if (c.array(aside, `${path}.setAside`)) {
    aside.forEach((s, i) => {
      const at = `${path}.setAside[${i}]`
      if (!c.object(s, at)) return
      c.string(s, 'raw', at)
      c.count(s, 'offset', at)
      c.oneOf(s, 'reason', SET_ASIDE_REASONS, at)
    })
  }
  c.dateOrNull(r, 'date', path)
  c.stringOrNull(r, 'paper', path)
}

function checkMetricInfo(c: Checker, m: unknown, path: string): void {
  if (!c.object(m, path)) return
  c.pattern(m, 'key', METRIC_KEY, 'a snake_case metric key', path)
  c.string(m, 'zh', path)
  c.string(m, 'en', path)
}

const UNIT_KINDS = new Set(['money', 'mass', 'count', 'percent', 'other'])

function checkIndicatorInfo(c: Checker, m: unknown, path: string): void {
  if (!c.object(m, path)) return
  c.pattern(m, 'key', METRIC_KEY, 'a snake_case indicator key', path)
  c.string(m, 'zh', path)
  c.string(m, 'en', path)
  c.pattern(m, 'metric', METRIC_KEY, 'a snake_case metric key', path)
  c.oneOf(m, 'unitKind', UNIT_KINDS, path)
}

/** Checks that `json` (already parsed) has the shape of a Dataset and that figures point at known articles and files. */
export function validateDataset(json: unknown): DatasetCheck {
  const c = new Checker()
  if (!c.object(json, 'dataset')) return { ok: false, errors: c.finish() }
  if (json.schemaVersion !== 1) c.fail('schemaVersion', '1')
  const lists = [
    ['figures', checkFigure],
    ['articles', checkArticle],
    ['files', checkFileReport],
    ['metrics', checkMetricInfo],
    ['indicators', checkIndicatorInfo],
  ] as const
  for (const [key, check] of lists) {
    const list = json[key]
    if (c.array(list, key)) list.forEach((item, i) => check(c, item, `${key}[${i}]`))
  }
  if (json.series !== undefined && c.array(json.series, 'series')) json.series.forEach((item, i) => checkSeries(c, item, `series[${i}]`))
  if (c.errors.length === 0) checkReferences(c, json as unknown as Dataset)
  const errors = c.finish()
  return errors.length === 0 ? { ok: true, dataset: json as unknown as Dataset } : { ok: false, errors }
}

/**
 * Checks a list of figures alone (a figure shard, see shards.ts): each figure's shape, under the same paths
 * (`figures[3].period.start`); the articles they cite are in other files, so references are not checked.
 */
export function validateFigures(list: unknown): string[] {
  const c = new Checker()
  if (c.array(list, 'figures')) list.forEach((item, i) => checkFigure(c, item, `figures[${i}]`))
  return c.finish()
}

function checkSeries(c: Checker, s: unknown, path: string): void {
  if (!c.object(s, path)) return
  c.string(s, 'key', path)
  c.pattern(s, 'indicator', METRIC_KEY, 'a snake_case indicator key', path)
  c.oneOf(s, 'kind', FIGURE_KINDS, path)
  if (c.array(s.points, `${path}.points`)) {
    s.points.forEach((p, i) => {
      const at = `${path}.points[${i}]`
      if (!c.object(p, at)) return
      if (typeof p.value !== 'number' || !Number.isFinite(p.value)) c.fail(`${at}.value`, 'a finite number')
      if (!Array.isArray(p.figureIds) || p.figureIds.length === 0) c.fail(`${at}.figureIds`, 'a non-empty array of figure ids')
      if (!Array.isArray(p.conflicting)) c.fail(`${at}.conflicting`, 'an array of figure ids')
    })
  }
}

/** Figures cite an article of their own file, articles a reported file; ids are unique; series cite known figures. */
function checkReferences(c: Checker, d: Dataset): void {
  const files = new Set(d.files.map((f) => f.file))
  const articles = new Map<string, string>()
  d.articles.forEach((a, i) => {
    if (articles.has(a.id)) c.fail(`articles[${i}].id`, `a unique id (${a.id} repeats)`)
    articles.set(a.id, a.file)
    if (!files.has(a.file)) c.fail(`articles[${i}].file`, `a file listed in files (${a.file})`)
  })
  const ids = new Set<string>()
  d.figures.forEach((f, i) => {
    if (ids.has(f.id)) c.fail(`figures[${i}].id`, `a unique id (${f.id} repeats)`)
    ids.add(f.id)
    const file = articles.get(f.source.articleId)
    if (file === undefined) c.fail(`figures[${i}].source.articleId`, `the id of an article (${f.source.articleId})`)
    else if (file !== f.source.file) c.fail(`figures[${i}].source.file`, `the file of article ${f.source.articleId} (${file})`)
  })
  d.series?.forEach((s, i) =>
    s.points.forEach((p, j) => {
      const unknown = [...p.figureIds, ...p.conflicting].find((id) => !ids.has(id))
      if (unknown !== undefined) c.fail(`series[${i}].points[${j}]`, `ids of figures (${unknown} is none)`)
    }),
  )
}
