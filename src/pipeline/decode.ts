/** Decoding a page file's bytes: which encoding it is in, or why it is not text at all. */

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string }

const SIGNATURES: ReadonlyArray<readonly [string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or a Word/Excel file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an old Word/Excel document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
]

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** UTF-16 without a BOM shows up as a NUL in every other byte of ASCII text. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096)
  if (n < 4) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul > pairs * 0.2 && evenNul < pairs * 0.05) return 'utf-16le'
  if (evenNul > pairs * 0.2 && oddNul < pairs * 0.05) return 'utf-16be'
  return null
}

/** Control characters other than tab, newline, carriage return and form feed mean binary content. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text
  let control = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++
  }
  return control > Math.max(2, sample.length * 0.01)
}

/**
 * Detects and decodes UTF-8 (with or without BOM), UTF-16 (BOM or guessed) and GB18030/GBK,
 * in that order; names anything else (PDFs, images, archives, binary) as not text.
 */
export function decodePage(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: true, text: '', encoding: 'utf-8' }
  for (const [what, sig] of SIGNATURES) if (startsWith(bytes, sig)) return { ok: false, reason: `not text: looks like ${what}` }

  let candidates: Array<[string, Uint8Array, string]>
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) candidates = [['utf-8', bytes.subarray(3), 'utf-8-bom']]
  else if (startsWith(bytes, [0xff, 0xfe])) candidates = [['utf-16le', bytes.subarray(2), 'utf-16le']]
  else if (startsWith(bytes, [0xfe, 0xff])) candidates = [['utf-16be', bytes.subarray(2), 'utf-16be']]
  else {
    const guess = utf16Guess(bytes)
    candidates = guess ? [[guess, bytes, guess]] : [['utf-8', bytes, 'utf-8'], ['gb18030', bytes, 'gb18030']]
  }
  for (const [label, body, name] of candidates) {
    const text = tryDecode(label, body)
    if (text === null) continue
    if (looksBinary(text)) return { ok: false, reason: `not text: binary content (control characters) when read as ${name}` }
    return { ok: true, text, encoding: name }
  }
  return { ok: false, reason: 'not text: not valid UTF-8, UTF-16 or GB18030' }
}
