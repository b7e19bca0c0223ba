/**
 * Typed URL parameters, in the manner of OWID Grapher's ParsedParam: every parameter of an address (or every
 * attribute of an `<nmg-chart>`) parses to one of
 *
 * - `valid`: a value the parameter takes;
 * - `invalid`: text it does not understand, with the reason, and what is still used (the valid items of a list);
 * - `missing`: not given (or empty).
 *
 * A page's parameters form a schema; the page reads a schema's values (the parsed value, else the parameter's
 * fallback) and says what it did not understand from the invalid results (the dashboard's route notes, an embed's
 * notes). Serializing a schema's values and parsing them again gives the same values. Pure: no router, no DOM.
 */

/** Why a parameter's text was not used as written. */
export type InvalidReason =
  /** A value the parameter never takes (`view=nope`, `period=20x4`, `metric=<b>`). */
  | 'malformed'
  /** Text that is not valid URL encoding (`%E0%A4%A`): the router hands it back as written. */
  | 'undecodable'
  /** More items than the parameter allows (an embed's regions). */
  | 'tooMany'
  /** A well-formed value that names nothing in the data (`metric=no_such_metric`); found once the data is known. */
  | 'notFound'

export type ParsedParam<T> =
  | { status: 'missing' }
  | { status: 'valid'; value: T }
  /** `text` is what was not understood (for a list, its bad items); `value`, when set, is what is used anyway. */
  | { status: 'invalid'; reason: InvalidReason; text: string; value?: T }

export const missing = { status: 'missing' } as const
export const valid = <T>(value: T): ParsedParam<T> => ({ status: 'valid', value })
export const invalid = <T>(reason: InvalidReason, text: string, value?: T): ParsedParam<T> =>
  value === undefined ? { status: 'invalid', reason, text } : { status: 'invalid', reason, text, value }

/** One parameter: how its text reads, how its value is written, and what stands in when it is missing or invalid. */
export interface Param<T> {
  /** Reads the trimmed, non-empty text of the parameter. */
  parse(text: string): ParsedParam<T>
  /** Writes a value; '' when the value is written as no parameter at all. */
  format(value: T): string
  /** The value when the parameter is missing or invalid without a usable part. */
  fallback: T
  /** Written even when it equals the fallback (an embed snippet states its chart, language and theme). */
  always?: boolean
}

/** A page's parameters, in the order they are written. */
export type Schema = Record<string, Param<unknown>>
export type ValueOf<P> = P extends Param<infer T> ? T : never
export type Values<S extends Schema> = { -readonly [K in keyof S]: ValueOf<S[K]> }

/** A name and its value as the router, URLSearchParams or an element's attributes give them. */
export type Entry = readonly [name: string, value: string | null | undefined]

/**
 * Rewrites an older address into the current schema before it is parsed, as Grapher's URL migrations do: a link
 * written years ago keeps working, and the rewritten address is the one the page writes back.
 */
export type Migration = (entries: readonly Entry[]) => Entry[]

/** `regions=150200` (the dashboard's name until the parameter schemas became one) is now `region=150200`. */
export function renameParam(from: string, to: string): Migration {
  return (entries) => entries.map(([name, value]) => (name === from ? [to, value] : [name, value]))
}

export interface ParsedQuery<S extends Schema> {
  params: { [K in keyof S]: ParsedParam<ValueOf<S[K]>> }
  /** Parameters the schema does not read, with every value written for them (joined by commas). */
  unknown: { name: string; text: string }[]
}

export interface ParseOptions {
  migrations?: readonly Migration[]
  /** Names read without regard to case or surrounding blanks (element attributes, hand-written embed URLs). */
  foldNames?: boolean
  /**
   * The values come from vue-router, which hands back text it cannot decode as written: such text is invalid
   * (`undecodable`). Not for values already decoded (URLSearchParams, attributes), where `%E0` is plain text.
   */
  routerValues?: boolean
}

/**
 * The router hands back text it could not decode as written, so it still holds a `%XX` and still fails to
 * decode. (A stray `%`, as in `5%`, reads the same either way and is no mistake.)
 */
export function isUndecodable(text: string): boolean {
  if (!/%[0-9a-f]{2}/i.test(text)) return false
  try {
    // The result is used on purpose: the minifier drops a bare call it takes to be pure, and with it the throw.
    return decodeURIComponent(text) === ''
  } catch {
    return true
  }
}

function has<S extends Schema>(schema: S, name: string): name is Extract<keyof S, string> {
  return Object.prototype.hasOwnProperty.call(schema, name)
}

/**
 * Parses name/value pairs against a schema. The first occurrence of a name wins (`?metric=a&metric=b` reads a);
 * a name the schema does not know is listed in `unknown`, never an error.
 */
export function parseParams<S extends Schema>(schema: S, entries: Iterable<Entry>, options: ParseOptions = {}): ParsedQuery<S> {
  let list: Entry[] = [...entries]
  if (options.foldNames) list = list.map(([name, value]) => [name.trim().toLowerCase(), value])
  for (const migrate of options.migrations ?? []) list = migrate(list)

  const params = {} as { [K in keyof S]: ParsedParam<ValueOf<S[K]>> }
  for (const name of Object.keys(schema) as (keyof S)[]) params[name] = missing
  const seen = new Set<string>()
  const unknown = new Map<string, string[]>()
  for (const [name, raw] of list) {
    if (!has(schema, name)) {
      const written = unknown.get(name) ?? []
      if (typeof raw === 'string' && raw !== '') written.push(raw)
      unknown.set(name, written)
      continue
    }
    if (raw === null || raw === undefined || seen.has(name)) continue
    seen.add(name)
    const text = raw.trim()
    if (text === '') continue
    params[name] = (options.routerValues && isUndecodable(text) ? invalid('undecodable', text) : schema[name].parse(text)) as ParsedParam<ValueOf<S[typeof name]>>
  }
  return { params, unknown: [...unknown].map(([name, written]) => ({ name, text: written.join(',') })) }
}

/** The value a page uses for one parameter: the parsed value, the usable part of an invalid one, else the fallback. */
export function valueOf<T>(param: Param<T>, parsed: ParsedParam<T>): T {
  if (parsed.status === 'valid') return parsed.value
  if (parsed.status === 'invalid' && parsed.value !== undefined) return parsed.value
  return param.fallback
}

export function valuesOf<S extends Schema>(schema: S, parsed: ParsedQuery<S>): Values<S> {
  const values = {} as Values<S>
  for (const name of Object.keys(schema) as (keyof S)[]) values[name] = valueOf(schema[name], parsed.params[name]) as Values<S>[typeof name]
  return values
}

/** Every parameter at its fallback. */
export function defaultsOf<S extends Schema>(schema: S): Values<S> {
  const values = {} as Values<S>
  for (const name of Object.keys(schema) as (keyof S)[]) values[name] = schema[name].fallback as Values<S>[typeof name]
  return values
}

/**
 * The canonical pairs for a page's values, in schema order: a value equal to its fallback is left out (unless the
 * parameter is always written), so equal views have equal addresses.
 */
export function serializeParams<S extends Schema>(schema: S, values: Partial<Values<S>>): [Extract<keyof S, string>, string][] {
  const pairs: [Extract<keyof S, string>, string][] = []
  for (const name of Object.keys(schema) as Extract<keyof S, string>[]) {
    const param = schema[name]
    const value = name in values && values[name] !== undefined ? values[name] : param.fallback
    const text = param.format(value)
    if (text === '' || (!param.always && text === param.format(param.fallback))) continue
    pairs.push([name, text])
  }
  return pairs
}

/** Query text with commas left readable (`region=150100,150200`). */
export function queryString(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&')
}

/** Values are quoted back to the reader, shortened: a 5000-character parameter is a mistake, not a message. */
const QUOTE_MAX = 40

export function quoteValue(value: string): string {
  return value.length > QUOTE_MAX ? value.slice(0, QUOTE_MAX - 1) + '…' : value
}

// ——— Kinds of parameter ———

/** One of a few words (`view=table`). */
export function oneOf<T extends string>(values: readonly T[], fallback: T, options: { always?: boolean } = {}): Param<T> {
  return {
    parse: (text) => ((values as readonly string[]).includes(text) ? valid(text as T) : invalid('malformed', text)),
    format: (value) => value,
    fallback,
    always: options.always,
  }
}

/** Text matching a pattern (`id=my-chart`), or null when not given. */
export function matching(pattern: RegExp): Param<string | null> {
  return {
    parse: (text) => (pattern.test(text) ? valid(text) : invalid('malformed', text)),
    format: (value) => value ?? '',
    fallback: null,
  }
}

/** Free text whose meaning depends on the data (a figure id, a comparison group), or null when not given. */
export function freeText(): Param<string | null> {
  return { parse: (text) => valid(text), format: (value) => value ?? '', fallback: null }
}

/**
 * A comma-separated list of items each matching `item` (`region=150100,150200`): blanks and repeats dropped, the
 * valid items kept even when others are not understood, at most `max` of them.
 */
export function listOf<T extends string = string>(item: (text: string) => text is T, options?: { max?: number }): Param<T[]>
export function listOf(item: (text: string) => boolean, options?: { max?: number }): Param<string[]>
export function listOf(item: (text: string) => boolean, options: { max?: number } = {}): Param<string[]> {
  return {
    parse(text) {
      const items = [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))]
      const good = items.filter(item)
      const bad = items.filter((s) => !item(s))
      const kept = options.max === undefined ? good : good.slice(0, options.max)
      if (bad.length) return invalid('malformed', bad.join(','), kept)
      if (kept.length < good.length) return invalid('tooMany', good.slice(kept.length).join(','), kept)
      return valid(kept)
    },
    format: (value) => value.join(','),
    fallback: [],
  }
}

export type YearRange = [number, number]

/** `2024` or `2023-2024` (a reversed range is put in order), years 1900–2100; null for every period. */
export function yearRange(): Param<YearRange | null> {
  return {
    parse(text) {
      const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text)
      if (!match) return invalid('malformed', text)
      const a = Number(match[1])
      const b = Number(match[2] ?? match[1])
      const years: YearRange = a <= b ? [a, b] : [b, a]
      return years[0] >= 1900 && years[1] <= 2100 ? valid(years) : invalid('malformed', text)
    },
    format: (years) => (!years ? '' : years[0] === years[1] ? String(years[0]) : `${years[0]}-${years[1]}`),
    fallback: null,
  }
}

/** `1` on, `0` off. */
export function flag(): Param<boolean> {
  return {
    parse: (text) => (text === '1' ? valid(true) : text === '0' ? valid(false) : invalid('malformed', text)),
    format: (value) => (value ? '1' : '0'),
    fallback: false,
  }
}

/** A whole number within bounds (`height=400`), or null when not given. */
export function intRange(min: number, max: number): Param<number | null> {
  return {
    parse(text) {
      const n = /^\d{1,5}$/.test(text) ? Number(text) : NaN
      return n >= min && n <= max ? valid(n) : invalid('malformed', text)
    },
    format: (value) => (value === null ? '' : String(value)),
    fallback: null,
  }
}
