/**
 * The one tokenizer of the search, shared by the index builder (Node) and the browser, so text is cut the same
 * way at index and at query time. Runs of Han characters, letters and digits (a number with its unit, 300万吨,
 * is one run) become overlapping character bigrams with their positions, so any substring of two or more
 * characters is found exactly where `String.includes` finds it (a dictionary segmenter such as Intl.Segmenter
 * cuts 鄂尔多斯 differently in different contexts and browsers, and cuts numbers from their units).
 */

const HAN = /\p{Script=Han}/u

/** Han by code point; the BMP blocks are tested by range because this runs once per character of every body. */
function isHanCode(code: number): boolean {
  if (code < 0x2e80) return false
  if (code >= 0x4e00 && code <= 0x9fff) return true
  if (code >= 0x3400 && code <= 0x4dbf) return true
  if (code < 0x10000 && !(code >= 0x2e80 && code <= 0x3007) && !(code >= 0xf900 && code <= 0xfaff)) return false
  return HAN.test(String.fromCodePoint(code))
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

export function isHan(ch: string): boolean {
  return ch.length > 0 && isHanCode(ch.codePointAt(0)!)
}

export function isWordChar(ch: string): boolean {
  return ch.length > 0 && isWordCode(ch.charCodeAt(0))
}

const FOLDABLE = /[\uff01-\uff5e\u3000A-Z]/g
const HAS_FOLDABLE = /[\uff01-\uff5e\u3000A-Z]/

/**
 * Folds text to the form matching compares: full-width ASCII to ASCII, ideographic space to a space, upper to lower
 * case. Length-preserving, so offsets in folded text are offsets in the original.
 */
export function foldText(text: string): string {
  // Most text (a Chinese article) has nothing to fold: a test is far cheaper than a replace that calls back.
  if (!HAS_FOLDABLE.test(text)) return text
  return text.replace(FOLDABLE, (ch) => {
    let c = ch.charCodeAt(0)
    if (c >= 0xff01) c -= 0xfee0
    else if (c === 0x3000) c = 0x20
    if (c >= 65 && c <= 90) c += 32
    return String.fromCharCode(c)
  })
}

export type RunKind = 'han' | 'word'
export interface Run {
  kind: RunKind
  text: string
  /** Offset in the text that was split. */
  start: number
}

/** Splits folded text into maximal Han runs and word runs; everything else separates runs. */
export function splitRuns(folded: string): Run[] {
  const runs: Run[] = []
  const n = folded.length
  let i = 0
  while (i < n) {
    const code = folded.codePointAt(i)!
    if (isHanCode(code)) {
      const start = i
      for (let c = code; i < n && isHanCode((c = folded.codePointAt(i)!)); ) i += c > 0xffff ? 2 : 1
      runs.push({ kind: 'han', text: folded.slice(start, i), start })
    } else if (isWordCode(code)) {
      const start = i
      let separators = false
      while (i < n) {
        const c = folded.charCodeAt(i)
        if (isWordCode(c)) i++
        // A dot or comma between digits belongs to the number (1234.5, 1,200).
        else if ((c === 46 || c === 44) && isDigitCode(folded.charCodeAt(i - 1)) && isDigitCode(folded.charCodeAt(i + 1))) {
          separators ||= c === 44
          i++
        } else break
      }
      const text = folded.slice(start, i)
      runs.push({ kind: 'word', text: separators ? text.replace(/,/g, '') : text, start })
    } else {
      i += code > 0xffff ? 2 : 1
    }
  }
  return runs
}

/**
 * The unit of the index: a "dense run" is a maximal stretch of Han characters, Latin letters and digits, with a
 * dot between two digits kept (12.5), a comma between two digits dropped (1,200 reads 1200) and a percent sign
 * after a digit kept (12.5%). A number and its
 * unit (300万吨, 1.2万亿元) are one run, cut into character bigrams like any Chinese word, so a number is found
 * wherever `String.includes` finds it, with or without its unit, and a unit with its number. Characters are code
 * points: one outside the BMP is one character.
 */
export function denseRuns(folded: string): number[][] {
  const runs: number[][] = []
  let run: number[] | null = null
  const n = folded.length
  for (let i = 0; i < n; ) {
    const code = folded.codePointAt(i)!
    if (isWordCode(code) || isHanCode(code)) {
      run ??= []
      run.push(code)
    } else if ((code === 46 || code === 44) && run && isDigitCode(folded.charCodeAt(i - 1)) && isDigitCode(folded.charCodeAt(i + 1))) {
      if (code === 46) run.push(code)
    } else if (code === 37 && run && isDigitCode(folded.charCodeAt(i - 1))) {
      // A percent sign after a digit is part of the number (12% is not any 12), as ％ is once folded.
      run.push(code)
    } else if (run) {
      runs.push(run)
      run = null
    }
    i += code > 0xffff ? 2 : 1
  }
  if (run) runs.push(run)
  return runs
}

/**
 * Marks the key of a number trigram: three characters beginning with a digit, a dot or a percent sign (302, 2.5,
 * 2亿元), indexed beside the bigrams because a bigram of digits (30, 02) is in most documents while a trigram is in
 * a few percent of them. The mark keeps them apart from bigrams in the key order, so a one-character prefix never
 * meets them.
 */
export const TRIGRAM_MARK = '\u0002'
const TRIGRAM_BASE = 2 ** 32
const PLANE = 0x110000

/** Whether a trigram of the index begins with this character (a digit, or a dot or percent sign of a number). */
export function startsTrigram(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 46 || code === 37
}

/** The index key of a bigram (two code points), of one code point alone, or of a number trigram. */
export function tokenKey(a: number, b?: number, c?: number): string {
  if (c !== undefined) return TRIGRAM_MARK + String.fromCodePoint(a, b!, c)
  return b === undefined ? String.fromCodePoint(a) : String.fromCodePoint(a, b)
}

/**
 * The key of a token emitted as a number by `forEachToken` as a string: a · 65536 + b for a bigram of the BMP, a
 * alone, or 2^32 + (a · 0x110000 + b) · 0x110000 + c for a number trigram (a is ASCII, so this stays below 2^53).
 */
export function numericKeyText(key: number | string): string {
  if (typeof key === 'string') return key
  if (key >= TRIGRAM_BASE) {
    const rest = key - TRIGRAM_BASE
    const c = rest % PLANE
    const ab = (rest - c) / PLANE
    return tokenKey(Math.floor(ab / PLANE), ab % PLANE, c)
  }
  return key < 0x10000 ? String.fromCharCode(key) : String.fromCharCode(Math.floor(key / 0x10000), key % 0x10000)
}

/**
 * Calls `emit(key, position)` for every token of `text`: each bigram of a dense run at the position of its first
 * character, the run's last character alone at its own (so a one-character query, looked up as a prefix, finds
 * every occurrence), and at every position holding a digit, dot or percent sign followed by two more characters,
 * the number trigram there. Positions count the characters of dense runs from `base`, plus one between runs, so
 * no chain spans two runs; returns the position after the last. BMP bigrams and all trigrams are emitted as
 * numbers (see `numericKeyText`), sparing the builder a string per token.
 */
export function forEachToken(text: string, base: number, emit: (key: number | string, position: number) => void): number {
  let pos = base
  for (const run of denseRuns(foldText(text))) {
    const last = run.length - 1
    for (let i = 0; i < last; i++) {
      const a = run[i]
      const b = run[i + 1]
      if (i + 1 < last && startsTrigram(a)) emit(TRIGRAM_BASE + (a * PLANE + b) * PLANE + run[i + 2], pos)
      emit(a > 0xffff || b > 0xffff ? String.fromCodePoint(a, b) : a * 0x10000 + b, pos++)
    }
    emit(run[last] > 0xffff ? String.fromCodePoint(run[last]) : run[last], pos++)
    pos++
  }
  return pos
}

/** Every key `forEachToken` emits for a text, as strings, in order. */
export function tokenKeys(text: string): string[] {
  const keys: string[] = []
  forEachToken(text, 0, (key) => keys.push(numericKeyText(key)))
  return keys
}

/**
 * What the index must hold for one dense run of a query: a chain of keys, key i at `offsets[i]` characters
 * after the start (two or more characters; `text` is the run), or any key beginning with the character (one
 * character).
 */
export type RunLookup = { kind: 'chain'; keys: string[]; offsets: number[]; text: string } | { kind: 'prefix'; prefix: string }

/**
 * The keys of a run of two or more characters that together say it is there: every character inside one key
 * placed where it stands. Keys may abut without overlapping (302 at 0 and 2亿元 at 3 for 3022亿元): positions
 * count the characters of a run one by one and skip one between runs, so a key at p + 3 after a trigram at p is in
 * the same run, right after it. A number trigram is taken wherever one can begin (302 of 3022), else one that
 * reaches back a character (022 for the last 2), since bigrams of digits are in most documents; else a bigram,
 * and the next bigram overlaps it (鄂尔, 尔多, 多斯): a Han word's boundary bigram (展模 of 发展模式) is often
 * far rarer than its words' and is what makes the chain cheap to check.
 */
export function chainKeys(run: number[]): { keys: string[]; offsets: number[] } {
  const keys: string[] = []
  const offsets: number[] = []
  const n = run.length
  const trigramAt = (i: number) => i >= 0 && i + 2 < n && startsTrigram(run[i])
  const take = (i: number, length: 2 | 3) => {
    keys.push(length === 3 ? tokenKey(run[i], run[i + 1], run[i + 2]) : tokenKey(run[i], run[i + 1]))
    offsets.push(i)
  }
  // c: the first character not yet inside a key.
  for (let c = 0; c < n; ) {
    if (trigramAt(c)) {
      take(c, 3)
      c += 3
    } else if (c + 1 < n && trigramAt(c - 1)) {
      take(c - 1, 3)
      c += 2
    } else if (c + 1 < n) {
      // Bigrams overlap: a word's boundary bigram (展模 of 发展模式) is often the rarest key, worth its fetch.
      take(c, 2)
      c += c + 2 === n || trigramAt(c + 2) ? 2 : 1
    } else if (trigramAt(c - 2)) {
      take(c - 2, 3)
      c += 1
    } else {
      take(c - 1, 2)
      c += 1
    }
  }
  return { keys, offsets }
}

/** The lookups of one query term: one per dense run, every one of which a document must satisfy. */
export function runLookups(term: string): RunLookup[] {
  return denseRuns(foldText(term)).map((run): RunLookup =>
    run.length === 1 ? { kind: 'prefix', prefix: tokenKey(run[0]) } : { kind: 'chain', ...chainKeys(run), text: String.fromCodePoint(...run) },
  )
}

/**
 * Next occurrence of a folded term in folded text, as `String.includes` finds it: 45万吨 is also in 145万吨
 * (the search finds what a scan of the text finds; ranking puts the better matches first).
 */
export function findTerm(foldedText: string, foldedTerm: string, from = 0): number {
  return foldedTerm ? foldedText.indexOf(foldedTerm, from) : -1
}

/** Gap between the fields of a document in token positions, so that no chain of bigrams spans two fields. */
export const FIELD_STRIDE = 1 << 16
