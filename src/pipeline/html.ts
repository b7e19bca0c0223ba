import type { TextView } from './text.ts'

/**
 * The text of an HTML page as a reader sees it, with every unit's offset in the file, so quotes and offsets point
 * into the `.html` file itself. Scripts, styles, comments and the head are dropped; block elements and <br> break
 * lines; character references are decoded (`&nbsp;` becomes a space, `&#24180;` 年).
 */
export function isHtml(fileName: string, text: string): boolean {
  return /\.html?$/i.test(fileName) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 200))
}

const SKIPPED = /<(script|style|head|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/giy
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<![^>]*>/y
const ENTITY = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/y
const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'table', 'ul', 'ol', 'dd', 'dt', 'header', 'footer', 'blockquote', 'title'])
const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·', ensp: ' ', emsp: ' ' }

export function htmlText(html: string): TextView {
  const parts: string[] = []
  const origin: number[] = []
  const push = (s: string, at: number) => {
    parts.push(s)
    for (let k = 0; k < s.length; k++) origin.push(at)
  }
  let i = 0
  while (i < html.length) {
    const c = html[i]
    if (c === '<') {
      SKIPPED.lastIndex = i
      const skipped = SKIPPED.exec(html)
      if (skipped) {
        i += skipped[0].length
        continue
      }
      TAG.lastIndex = i
      const tag = TAG.exec(html)
      if (tag) {
        if (tag[1] && BLOCK.has(tag[1].toLowerCase())) push('\n', i)
        i += tag[0].length
        continue
      }
    } else if (c === '&') {
      ENTITY.lastIndex = i
      const e = ENTITY.exec(html)
      const decoded = e ? decodeEntity(e[1]) : null
      if (e && decoded !== null) {
        push(decoded, i)
        i += e[0].length
        continue
      }
    }
    // A run of plain text, copied with its offsets.
    let j = i + 1
    while (j < html.length && html[j] !== '<' && html[j] !== '&') j++
    parts.push(html.slice(i, j))
    for (let k = i; k < j; k++) origin.push(k)
    i = j
  }
  return { text: parts.join(''), origin: Int32Array.from(origin) }
}

function decodeEntity(body: string): string | null {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null
  }
  return NAMED[body.toLowerCase()] ?? null
}

/** A view of a view: `outer` was computed from `inner.text`; the result maps straight to inner's origins. */
export function composeViews(inner: TextView, outer: TextView): TextView {
  const origin = new Int32Array(outer.origin.length)
  for (let k = 0; k < origin.length; k++) origin[k] = inner.origin[outer.origin[k]]
  return { text: outer.text, origin }
}
