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

/**
 * Folds text to the form matching compares: full-width ASCII to ASCII, ideographic space to a space, upper to lower
 * case. Length-preserving, so offsets in folded text are offsets in the original.
 */
export function foldText(text: string): string {
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

/** The index key of a bigram (two code points) or of one code point alone. */
export function tokenKey(a: number, b?: number): string {
  return b === undefined ? String.fromCodePoint(a) : String.fromCodePoint(a, b)
}

/** The key of a token emitted as a number by `forEachToken` (a · 65536 + b, or a alone), as a string. */
export function numericKeyText(key: number | string): string {
  if (typeof key === 'string') return key
  return key < 0x10000 ? String.fromCharCode(key) : String.fromCharCode(Math.floor(key / 0x10000), key % 0x10000)
}

/**
 * Calls `emit(key, position)` for every token of `text`: each bigram of a dense run at the position of its first
 * character, and the run's last character alone at its own (so a one-character query, looked up as a prefix,
 * finds every occurrence). Positions count the characters of dense runs from `base`, plus one between runs, so
 * no chain of bigrams spans two runs; returns the position after the last. BMP tokens are emitted as numbers
 * (see `numericKeyText`), sparing the builder a string per token.
 */
export function forEachToken(text: string, base: number, emit: (key: number | string, position: number) => void): number {
  let pos = base
  for (const run of denseRuns(foldText(text))) {
    const last = run.length - 1
    for (let i = 0; i < last; i++) {
      const a = run[i]
      const b = run[i + 1]
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
 * What the index must hold for one dense run of a query: a chain of bigrams at consecutive positions (two or
 * more characters), or any key beginning with the character (one character).
 */
export type RunLookup = { kind: 'chain'; keys: string[] } | { kind: 'prefix'; prefix: string }

/** The lookups of one query term: one per dense run, every one of which a document must satisfy. */
export function runLookups(term: string): RunLookup[] {
  return denseRuns(foldText(term)).map((run): RunLookup =>
    run.length === 1 ? { kind: 'prefix', prefix: tokenKey(run[0]) } : { kind: 'chain', keys: run.slice(1).map((b, i) => tokenKey(run[i], b)) },
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
