import { SIMPLIFIED, TRADITIONAL } from './lexicon/traditional.ts'
import type { TextView } from './text.ts'

/**
 * What copies of news pages insert into sentences that no reader means as text, removed from the view (the file
 * offsets of what remains are kept, so quotes stay verbatim):
 * - pinyin glosses a mirror site adds after characters: `生产(chǎn)总值` reads `生产总值`;
 * - footnote markers: `地区生产总值[1]586.2亿元` reads `地区生产总值586.2亿元`;
 * - spaces and tabs an e-paper leaves beside numbers: `同比增长 6.7%`, `增长17 倍`, `总值\t98.6亿元`.
 */
const NOISE = new RegExp(
  [
    // A gloss: after a Han character, lower-case letters of one pinyin syllable with or without a tone mark.
    String.raw`(?<=[\u4e00-\u9fff])\((?:[a-zàáâãäèéêëìíîïòóôõöùúûüāēěīōūǎǐǒǔǖǘǚǜńňǹḿ]{1,6})\)`,
    String.raw`(?<=[\u4e00-\u9fff])\[\d{1,2}\]`,
    // Blanks between a number and a Han character, a percent sign or CJK punctuation, on either side.
    String.raw`(?<=[\u4e00-\u9fff,;:。、)])[ \t\u3000]+(?=[0-9])`,
    String.raw`(?<=[0-9])[ \t\u3000]+(?=[\u4e00-\u9fff%])`,
  ].join('|'),
  'g',
)

/** The view without inline noise, and traditional leftovers simplified (one for one, offsets unchanged). */
export function dropNoise(view: TextView): TextView {
  return simplify(dropInserted(view))
}

function simplify(view: TextView): TextView {
  TRADITIONAL.lastIndex = 0
  if (!TRADITIONAL.test(view.text)) return view
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
  NOISE.lastIndex = 0
  const any = NOISE.test(view.text)
  // matchAll starts where test() left lastIndex: back to the start, or the first match is skipped.
  NOISE.lastIndex = 0
  if (!any) return view
  const parts: string[] = []
  const origin = new Int32Array(view.text.length)
  let out = 0
  let from = 0
  const rows = tableRows(view.text)
  for (const m of view.text.matchAll(NOISE)) {
    if (rows.length && rows.some(([a, b]) => m.index >= a && m.index < b)) continue
    parts.push(view.text.slice(from, m.index))
    origin.set(view.origin.subarray(from, m.index), out)
    out += m.index - from
    from = m.index + m[0].length
  }
  parts.push(view.text.slice(from))
  origin.set(view.origin.subarray(from), out)
  out += view.text.length - from
  return { text: parts.join(''), origin: origin.slice(0, out) }
}
