import { SPUN_CUE, SPUN_WORDS } from './lexicon/spun.ts'
import { SIMPLIFIED, TRADITIONAL } from './lexicon/traditional.ts'
import type { TextView } from './text.ts'

/**
 * What copies of news pages insert into sentences that no reader means as text, removed from the view (the file
 * offsets of what remains are kept, so quotes stay verbatim):
 * - pinyin glosses a mirror site adds after characters: `生产(chǎn)总值` reads `生产总值`, `万(wan) 吨` reads `万吨`;
 * - footnote markers: `地区生产总值[1]586.2亿元` reads `地区生产总值586.2亿元`;
 * - a yearbook's verb for either sign: `增长(下降)7.3%` reads `增长7.3%`;
 * - spaces and tabs an e-paper leaves beside numbers: `同比增长 6.7%`, `增长17 倍`, `总值\t98.6亿元`.
 */
const NOISE = new RegExp(
  [
    // A gloss: after a Han character, lower-case letters of one pinyin syllable with or without a tone mark, and the
    // blank some mirrors put after it before the next character (`撥(bo) 付資(zi) 金7.5億(yi) 元`).
    String.raw`(?<=[\u4e00-\u9fff])\((?:[a-zàáâãäèéêëìíîïòóôõöùúûüāēěīōūǎǐǒǔǖǘǚǜńňǹḿ]{1,6})\)(?: (?=[\u4e00-\u9fff]))?`,
    String.raw`(?<=[\u4e00-\u9fff])\[\d{1,2}\]`,
    // A yearbook's form that serves either sign: `比上年增长(下降)7.3%` reads `比上年增长7.3%`, the sign in the number.
    String.raw`(?<=增[长長加])\((?:下降|减少|減少)\)`,
    // Blanks between a number and a Han character, a percent sign or CJK punctuation, on either side.
    String.raw`(?<=[\u4e00-\u9fff,;:。、)])[ \t\u3000]+(?=[0-9])`,
    String.raw`(?<=[0-9])[ \t\u3000]+(?=[\u4e00-\u9fff%])`,
  ].join('|'),
  'g',
)

/** NOISE read at one position: every match starts with one of the characters `isNoiseStart` accepts. */
const NOISE_AT = new RegExp(NOISE.source, 'y')

function isNoiseStart(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x20 || c === 0x09 || c === 0x3000
}

/**
 * The matches of NOISE in `text`, left to right, as `text.matchAll(NOISE)` finds them. A regex that searches a
 * whole page for a match beginning with a look-behind is slow (tens of ns a character); most characters cannot
 * start one, so the sticky form is tried only where one may.
 */
function noiseMatches(text: string): Array<[start: number, end: number]> {
  const out: Array<[number, number]> = []
  for (let i = 0; i < text.length; i++) {
    if (!isNoiseStart(text.charCodeAt(i))) continue
    NOISE_AT.lastIndex = i
    const m = NOISE_AT.exec(text)
    if (!m) continue
    out.push([i, i + m[0].length])
    i += m[0].length - 1
  }
  return out
}

/** The code units of TRADITIONAL's character class (SIMPLIFIED's keys), so a page is tested by table lookup, not by the regex. */
const TRADITIONAL_UNITS = new Uint8Array(0x10000)
for (const c of SIMPLIFIED.keys()) for (let i = 0; i < c.length; i++) TRADITIONAL_UNITS[c.charCodeAt(i)] = 1

function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (TRADITIONAL_UNITS[text.charCodeAt(i)] === 1) return true
  return false
}

/**
 * The view without inline noise, traditional leftovers simplified and a spun repost's synonyms undone (one for one,
 * offsets unchanged).
 */
export function dropNoise(view: TextView): TextView {
  return unspin(simplify(dropInserted(view)))
}

function unspin(view: TextView): TextView {
  if (!SPUN_CUE.test(view.text)) return view
  let text = view.text
  for (const [re, to] of SPUN_WORDS) text = text.replace(re, to)
  return { text, origin: view.origin }
}

function simplify(view: TextView): TextView {
  if (!hasTraditional(view.text)) return view
  TRADITIONAL.lastIndex = 0
  return { text: view.text.replace(TRADITIONAL, (c) => SIMPLIFIED.get(c) ?? c), origin: view.origin }
}

/**
 * Runs of three or more short lines of three cells or more (`地区生产总值 亿元 812.4 5.9`, cells parted by blanks,
 * tabs or wide blanks, which NFKC made blanks): a table, whose blanks part cells and stay for the table reader.
 */
function tableRows(text: string): Array<[number, number]> {
  if (!/[\t ][^\n]*[\t ]/.test(text)) return []
  const out: Array<[number, number]> = []
  let run: Array<[number, number]> = []
  const close = () => {
    if (run.length >= 3) out.push([run[0][0], run[run.length - 1][1]])
    run = []
  }
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = text.slice(start, end).trim()
    if (line.length > 0 && line.length <= 100 && (line.match(CELL_GAPS) ?? []).length >= 2) run.push([start, end])
    else close()
    start = end + 1
  }
  close()
  return out
}
const CELL_GAPS = /[\t ]+/g

function dropInserted(view: TextView): TextView {
  const found = noiseMatches(view.text)
  if (found.length === 0) return view
  const parts: string[] = []
  const origin = new Int32Array(view.text.length)
  let out = 0
  let from = 0
  const rows = tableRows(view.text)
  for (const [start, end] of found) {
    if (rows.length && rows.some(([a, b]) => start >= a && start < b)) continue
    parts.push(view.text.slice(from, start))
    origin.set(view.origin.subarray(from, start), out)
    out += start - from
    from = end
  }
  parts.push(view.text.slice(from))
  origin.set(view.origin.subarray(from), out)
  out += view.text.length - from
  return { text: parts.join(''), origin: origin.slice(0, out) }
}
