/** Decoding a page file's bytes: which encoding it is in, or why it is not text at all. */

export type PageEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be'

export type DecodeResult =
  /** `note` says what was repaired (a truncated last character, undecodable bytes replaced by U+FFFD), or null. */
  | { ok: true; text: string; encoding: PageEncoding; note: string | null }
  | { ok: false; reason: string }

const SIGNATURES: ReadonlyArray<readonly [string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a WebP or other RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['a ZIP archive (or a Word/Excel file)', [0x50, 0x4b, 0x03, 0x04]],
  ['an empty ZIP archive', [0x50, 0x4b, 0x05, 0x06]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['an old Word/Excel document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
]

/** What a decoding is handed to TextDecoder as, and what it is reported as. */
interface Candidate {
  label: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be'
  encoding: PageEncoding
  body: Uint8Array
}

/** Bytes looked at to choose an encoding; the chosen one then decodes the whole file. */
const SAMPLE_BYTES = 65536
/** A later candidate (in preference order) must read this much more plausibly than an earlier one to win. */
const MARGIN = 0.05
/** Below this share of plausible characters a GB18030 or UTF-16 reading is noise, not text. */
const MIN_PLAUSIBLE = 0.7
/** Undecodable sequences tolerated (replaced by U+FFFD, with a note) before a file counts as not text. */
const MAX_BAD_SHARE = 0.01

let plausibleTable: Uint8Array | null = null

/** A UTF-8 reading this plausible is taken without trying the other encodings. */
const SURE_UTF8 = 0.98

/**
 * Characters a Chinese newspaper page is made of: ASCII text, the GB2312 hanzi (the 6,763 in everyday use), and
 * CJK, full-width and general punctuation. A wrong decoding turns the same bytes into Latin-1, Cyrillic, rare
 * GBK-extension hanzi or control characters, so the share of plausible characters tells the encodings apart.
 */
function plausible(): Uint8Array {
  if (plausibleTable) return plausibleTable
  const table = new Uint8Array(0x10000)
  for (let c = 0x20; c < 0x7f; c++) table[c] = 1
  for (const c of [0x09, 0x0a, 0x0c, 0x0d]) table[c] = 1
  const gb2312: number[] = []
  for (const lead of [0xa1, 0xa2, 0xa3]) for (let t = 0xa1; t <= 0xfe; t++) gb2312.push(lead, t)
  for (let lead = 0xb0; lead <= 0xf7; lead++) for (let t = 0xa1; t <= 0xfe; t++) gb2312.push(lead, t)
  const chars = new TextDecoder('gb18030').decode(new Uint8Array(gb2312))
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i)
    if (c !== 0xfffd && (c < 0xe000 || c > 0xf8ff)) table[c] = 1
  }
  const ranges: Array<[number, number]> = [
    [0x2010, 0x203b], // dashes, quotes, ‰, ※
    [0x2150, 0x218f], // Ⅰ Ⅱ Ⅲ
    [0x2460, 0x24ff], // ① ⑴ ⒈
    [0x3000, 0x303f], // 、。《》【】
    [0x3200, 0x32ff], // ㈠ ㉑
    [0xff01, 0xff5e], // full-width ASCII
  ]
  for (const [from, to] of ranges) table.fill(1, from, to + 1)
  return (plausibleTable = table)
}

/** Share of the characters of `text` (low surrogates not counted again) that a page plausibly contains. */
function plausibility(text: string): number {
  const table = plausible()
  let good = 0
  let total = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // A low surrogate, tested with one mask: as two comparisons, the second had no type feedback until the first
    // character at or above U+DC00 (full-width punctuation), and the optimized loop was thrown away again and again.
    if ((c & 0xfc00) === 0xdc00) continue
    total++
    good += table[c]
  }
  return total === 0 ? 1 : good / total
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)
}

function tryDecode(label: Candidate['label'], bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Control characters other than tab, newline, form feed and carriage return mean binary content. */
function looksBinary(text: string): boolean {
  const sample = text.length > SAMPLE_BYTES ? text.slice(0, SAMPLE_BYTES) : text
  let control = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f) control++
  }
  // A long text may carry a stray control character (a DOS end-of-file mark); a short one may not.
  return control > sample.length / 200
}

function countReplacements(text: string): number {
  let n = 0
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++
  return n
}

/**
 * A file whose decoding fails only at its very end was cut off inside a character: drop that character.
 * Otherwise a few undecodable sequences in a long text are replaced by U+FFFD rather than losing the page.
 */
function decodeDamaged(c: Candidate): { text: string; note: string } | null {
  const max = c.label === 'utf-16le' || c.label === 'utf-16be' ? 1 : 3
  for (let cut = 1; cut <= max && cut < c.body.length; cut++) {
    const text = tryDecode(c.label, c.body.subarray(0, c.body.length - cut))
    if (text !== null) return { text, note: `truncated: the last ${cut} byte(s) are an incomplete ${c.encoding} character, dropped` }
  }
  const text = new TextDecoder(c.label, { ignoreBOM: true }).decode(c.body)
  const bad = countReplacements(text)
  if (bad > text.length * MAX_BAD_SHARE) return null
  return { text, note: `${bad} byte sequence(s) not valid ${c.encoding}, replaced by U+FFFD` }
}

function accept(c: Candidate, text: string, note: string | null): DecodeResult {
  if (looksBinary(text)) return { ok: false, reason: `not text: binary content (control characters) when read as ${c.encoding}` }
  return { ok: true, text, encoding: c.encoding, note }
}

/**
 * Detects and decodes UTF-8 (with or without BOM), GB18030/GBK and UTF-16 (with or without BOM), and names
 * anything else (PDFs, images, archives, binary) as not text.
 *
 * A BOM decides. Otherwise each encoding reads a sample of the file and the one giving the most plausible
 * Chinese text wins, UTF-8 first on ties: GBK words such as 学习 are valid UTF-8 by accident (D1 A7 CF B0 reads
 * as `ѧϰ`), and UTF-8 Chinese is often valid GB18030, so validity alone cannot choose.
 */
export function decodePage(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: true, text: '', encoding: 'utf-8', note: null }
  for (const [what, sig] of SIGNATURES) if (startsWith(bytes, sig)) return { ok: false, reason: `not text: looks like ${what}` }

  const bom: Candidate | null = startsWith(bytes, [0xef, 0xbb, 0xbf])
    ? { label: 'utf-8', encoding: 'utf-8-bom', body: bytes.subarray(3) }
    : startsWith(bytes, [0xff, 0xfe])
      ? { label: 'utf-16le', encoding: 'utf-16le', body: bytes.subarray(2) }
      : startsWith(bytes, [0xfe, 0xff])
        ? { label: 'utf-16be', encoding: 'utf-16be', body: bytes.subarray(2) }
        : null
  if (bom) {
    const text = tryDecode(bom.label, bom.body)
    if (text !== null) return accept(bom, text, null)
    const damaged = decodeDamaged(bom)
    return damaged ? accept(bom, damaged.text, damaged.note) : { ok: false, reason: `not text: not valid ${bom.encoding} after its byte order mark` }
  }

  // The common case, decided with one decode: valid UTF-8 that reads as near-perfect Chinese text cannot be a GBK
  // page read by accident (those read as Cyrillic and Latin-1 fragments), so the other readings need not be tried.
  const utf8 = tryDecode('utf-8', bytes)
  if (utf8 !== null && plausibility(utf8.length > SAMPLE_BYTES ? utf8.slice(0, SAMPLE_BYTES) : utf8) >= SURE_UTF8) {
    return accept({ label: 'utf-8', encoding: 'utf-8', body: bytes }, utf8, null)
  }

  const sample = bytes.subarray(0, SAMPLE_BYTES)
  const scored = (['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const).map((label) => ({
    candidate: { label, encoding: label, body: bytes } satisfies Candidate,
    score: plausibility(new TextDecoder(label, { ignoreBOM: true }).decode(sample)),
  }))
  let best = scored[0]
  for (const s of scored.slice(1)) if (s.score > best.score + MARGIN) best = s
  const order = [best, ...scored.filter((s) => s !== best).sort((a, b) => b.score - a.score)]
  // UTF-8 that decodes without error is text even when it is not Chinese (Mongolian script, say); the other
  // encodings accept almost any bytes, so they must also read plausibly.
  const eligible = order.filter((s) => s.candidate.label === 'utf-8' || s.score >= MIN_PLAUSIBLE)

  for (const { candidate } of eligible) {
    const text = tryDecode(candidate.label, candidate.body)
    if (text !== null) return accept(candidate, text, null)
  }
  for (const { candidate, score } of eligible) {
    if (score < MIN_PLAUSIBLE) continue
    const damaged = decodeDamaged(candidate)
    if (damaged) return accept(candidate, damaged.text, damaged.note)
  }
  return { ok: false, reason: 'not text: reads as neither UTF-8, GB18030 nor UTF-16 (binary, or another encoding such as Big5)' }
}
