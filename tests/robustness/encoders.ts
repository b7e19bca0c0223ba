/**
 * Byte encoders for tests. Node has no GB18030 encoder, so one is built by inverting TextDecoder('gb18030')
 * over every two-byte sequence (GBK); characters outside GBK are not needed by the tests and throw.
 */
let gbkTable: Map<string, [number, number]> | null = null

function gbk(): Map<string, [number, number]> {
  if (gbkTable) return gbkTable
  const table = new Map<string, [number, number]>()
  const decoder = new TextDecoder('gb18030', { fatal: true })
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      let ch: string
      try {
        ch = decoder.decode(new Uint8Array([lead, trail]))
      } catch {
        continue
      }
      if (!table.has(ch)) table.set(ch, [lead, trail])
    }
  }
  return (gbkTable = table)
}

export function encodeGb18030(text: string): Uint8Array {
  const table = gbk()
  const out: number[] = []
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    if (c < 0x80) {
      out.push(c)
      continue
    }
    const pair = table.get(ch)
    if (!pair) throw new Error(`no GBK code for ${ch} (U+${c.toString(16)})`)
    out.push(pair[0], pair[1])
  }
  return new Uint8Array(out)
}

export function encodeUtf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text
  const out = new Uint8Array(units.length * 2)
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i)
    out[order === 'le' ? 2 * i : 2 * i + 1] = c & 0xff
    out[order === 'le' ? 2 * i + 1 : 2 * i] = c >> 8
  }
  return out
}

export function encodeUtf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text)
  if (!bom) return body
  const out = new Uint8Array(body.length + 3)
  out.set([0xef, 0xbb, 0xbf])
  out.set(body, 3)
  return out
}

/** Deterministic pseudo-random bytes (an LCG), so a failing case can be reproduced. */
export function randomBytes(length: number, seed: number): Uint8Array {
  let s = seed >>> 0
  const out = new Uint8Array(length)
  for (let i = 0; i < length; i++) {
    s = (s * 1664525 + 1013904223) >>> 0
    out[i] = s >>> 24
  }
  return out
}
