/**
 * The one tokenizer of the search, shared by the index builder (Node) and the browser, so a word is cut the same
 * way at index and at query time whatever the engine. Han runs become overlapping character bigrams (a dictionary
 * segmenter such as Intl.Segmenter cuts 鄂尔多斯 differently in different contexts and browsers); Latin and digit
 * runs become lower-case words, a decimal number staying one word (1234.5).
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

function hanChars(run: string): string[] {
  // Nearly every Han character is one UTF-16 unit; only then is split('') safe and much faster.
  return /[\ud800-\udbff]/.test(run) ? Array.from(run) : run.split('')
}

/**
 * A token of the index as a number when it is one or two BMP Han characters (c1 · 65536 + c2, or c1 alone),
 * which spares the index builder a string per bigram; otherwise the token itself.
 */
export type IndexToken = number | string

export function indexTokenText(token: IndexToken): string {
  if (typeof token === 'string') return token
  return token < 0x10000 ? String.fromCharCode(token) : String.fromCharCode(Math.floor(token / 0x10000), token % 0x10000)
}

/**
 * Tokens stored in an index: every bigram of a Han run, plus the run's last character alone, so that a
 * one-character query, looked up as a prefix, finds every occurrence (as the first character of a bigram or as
 * the end of a run); words as they are.
 */
export function forEachIndexToken(text: string, emit: (token: IndexToken) => void): void {
  for (const run of splitRuns(foldText(text))) {
    if (run.kind === 'word') {
      emit(run.text)
      continue
    }
    const t = run.text
    if (/[\ud800-\udbff]/.test(t)) {
      const chars = Array.from(t)
      for (let i = 0; i + 1 < chars.length; i++) emit(chars[i] + chars[i + 1])
      emit(chars[chars.length - 1])
      continue
    }
    let previous = t.charCodeAt(0)
    for (let i = 1; i < t.length; i++) {
      const c = t.charCodeAt(i)
      emit(previous * 0x10000 + c)
      previous = c
    }
    emit(previous)
  }
}

export function tokenizeForIndex(text: string): string[] {
  const tokens: string[] = []
  forEachIndexToken(text, (token) => tokens.push(indexTokenText(token)))
  return tokens
}

/** Tokens of a query: bigrams of Han runs (one character alone for a one-character run) and words. */
export function tokenizeQuery(text: string): string[] {
  const tokens: string[] = []
  for (const run of splitRuns(foldText(text))) {
    if (run.kind === 'word') {
      tokens.push(run.text)
      continue
    }
    const chars = hanChars(run.text)
    if (chars.length === 1) tokens.push(chars[0])
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1])
  }
  return tokens
}

/** A token that matches by prefix in the index: a single Han character, or a word. */
export function isSingleHan(token: string): boolean {
  const code = token.codePointAt(0)
  return code !== undefined && token.length === (code > 0xffff ? 2 : 1) && isHanCode(code)
}

export function isWordToken(token: string): boolean {
  return token.length > 0 && isWordCode(token.charCodeAt(0))
}

/**
 * Next occurrence of a folded term in folded text. A term beginning with a letter or digit must begin a word, as
 * tokens do: 450万吨 is not found in 1450万吨, nor gdp in xgdp.
 */
export function findTerm(foldedText: string, foldedTerm: string, from = 0): number {
  const wordStart = isWordChar(foldedTerm[0] ?? '')
  for (let at = foldedText.indexOf(foldedTerm, from); at >= 0; at = foldedText.indexOf(foldedTerm, at + 1)) {
    if (!wordStart || at === 0) return at
    const before = foldedText[at - 1]
    if (!isWordChar(before) && !(before === '.' && /[0-9]/.test(foldedText[at - 2] ?? ''))) return at
  }
  return -1
}
