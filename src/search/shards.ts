/**
 * The binary form of a posting shard, shared by the builder (Node) and the browser.
 *
 * A shard holds the postings of a contiguous range of keys (in string order), so a key, and every key beginning
 * with a character, is found in one shard or a few neighbouring ones, as the manifest's list of first keys says.
 *
 *     varint keyCount
 *     varint byteLength of the keys, then the keys in UTF-8, joined by '\n'
 *     per key: varint docCount, varint docBytes, varint positionBytes
 *     per key: its doc block, then its position block
 *     doc block:      per document, varint (doc − previous doc), varint (bytes of its positions)
 *     position block: per document, varint first position, varint deltas of the next ones
 *
 * Documents and positions ascend. Values stay below 2^32.
 */

export class ByteWriter {
  bytes: Uint8Array
  length = 0
  constructor(capacity = 16) {
    this.bytes = new Uint8Array(capacity)
  }
  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return
    let size = this.bytes.length * 2
    while (size < this.length + n) size *= 2
    const grown = new Uint8Array(size)
    grown.set(this.bytes.subarray(0, this.length))
    this.bytes = grown
  }
  varint(value: number): void {
    this.room(5)
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80
      value >>>= 7
    }
    this.bytes[this.length++] = value
  }
  write(bytes: Uint8Array): void {
    this.room(bytes.length)
    this.bytes.set(bytes, this.length)
    this.length += bytes.length
  }
  result(): Uint8Array {
    return this.bytes.slice(0, this.length)
  }
}

/** Reads a varint at `at`; returns the value and moves `cursor.at` past it. */
function readVarint(bytes: Uint8Array, cursor: { at: number }): number {
  let value = 0
  let shift = 0
  let byte: number
  do {
    byte = bytes[cursor.at++]
    value += (byte & 0x7f) * 2 ** shift
    shift += 7
  } while (byte & 0x80)
  return value
}

/** The postings of one key while the index is built, documents coming in ascending order. */
export class PostingWriter {
  readonly docs = new ByteWriter(8)
  readonly positions = new ByteWriter(8)
  docCount = 0
  private lastDoc = -1
  private lastPos = 0
  private docStart = 0

  add(doc: number, position: number): void {
    if (doc !== this.lastDoc) {
      this.closeDoc()
      this.docs.varint(doc - this.lastDoc)
      this.lastDoc = doc
      this.docCount++
      this.docStart = this.positions.length
      this.positions.varint(position)
    } else this.positions.varint(position - this.lastPos)
    this.lastPos = position
  }

  /** A document holding the key with no position (a facet key). */
  addDoc(doc: number): void {
    if (doc === this.lastDoc) return
    this.closeDoc()
    this.docs.varint(doc - this.lastDoc)
    this.lastDoc = doc
    this.docCount++
    this.docStart = this.positions.length
  }

  private closeDoc(): void {
    if (this.lastDoc >= 0) this.docs.varint(this.positions.length - this.docStart)
  }

  finish(): void {
    this.closeDoc()
    this.lastDoc = Infinity
  }

  get byteLength(): number {
    return this.docs.length + this.positions.length
  }
}

export function encodeShard(entries: { key: string; postings: PostingWriter }[]): Uint8Array {
  const out = new ByteWriter(1024)
  const keys = new TextEncoder().encode(entries.map((e) => e.key).join('\n'))
  out.varint(entries.length)
  out.varint(keys.length)
  out.write(keys)
  for (const { postings } of entries) {
    out.varint(postings.docCount)
    out.varint(postings.docs.length)
    out.varint(postings.positions.length)
  }
  for (const { postings } of entries) {
    out.write(postings.docs.bytes.subarray(0, postings.docs.length))
    out.write(postings.positions.bytes.subarray(0, postings.positions.length))
  }
  return out.result()
}

/** A key's documents and where each one's positions are, decoded from a shard. */
export interface KeyPostings {
  docs: Uint32Array
  /** Byte offsets in the shard of each document's positions; one more entry than documents. */
  posStart: Uint32Array
  shard: DecodedShard
  /** First position of each document (0 when it has none), decoded on first use and kept with the postings. */
  first?: Uint32Array
  /** Every position, document after document, and where each document's begin (one more than documents). */
  positions?: { pos: Int32Array; start: Uint32Array }
}

export class DecodedShard {
  readonly keys: string[]
  private readonly docCount: Uint32Array
  private readonly docOffset: Uint32Array
  private readonly posOffset: Uint32Array
  private readonly cache = new Map<number, KeyPostings>()

  constructor(
    readonly bytes: Uint8Array,
    readonly name: string,
  ) {
    const c = { at: 0 }
    try {
      const n = readVarint(bytes, c)
      const keyBytes = readVarint(bytes, c)
      this.keys = n === 0 ? [] : new TextDecoder().decode(bytes.subarray(c.at, c.at + keyBytes)).split('\n')
      c.at += keyBytes
      if (this.keys.length !== n) throw new Error(`${n} keys announced, ${this.keys.length} found`)
      this.docCount = new Uint32Array(n)
      this.docOffset = new Uint32Array(n)
      this.posOffset = new Uint32Array(n)
      const docBytes = new Uint32Array(n)
      const posBytes = new Uint32Array(n)
      for (let k = 0; k < n; k++) {
        this.docCount[k] = readVarint(bytes, c)
        docBytes[k] = readVarint(bytes, c)
        posBytes[k] = readVarint(bytes, c)
      }
      for (let k = 0; k < n; k++) {
        this.docOffset[k] = c.at
        c.at += docBytes[k]
        this.posOffset[k] = c.at
        c.at += posBytes[k]
      }
      if (c.at !== bytes.length) throw new Error(`${bytes.length} bytes, ${c.at} described`)
    } catch (error) {
      throw new Error(`search shard ${name} is damaged: ${(error as Error).message}`)
    }
  }

  /** Index of the first key ≥ `key`. */
  lowerBound(key: string): number {
    let lo = 0
    let hi = this.keys.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.keys[mid] < key) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  find(key: string): number {
    const k = this.lowerBound(key)
    return this.keys[k] === key ? k : -1
  }

  postings(k: number): KeyPostings {
    let p = this.cache.get(k)
    if (p) return p
    const n = this.docCount[k]
    const docs = new Uint32Array(n)
    const posStart = new Uint32Array(n + 1)
    const bytes = this.bytes
    let at = this.docOffset[k]
    let doc = -1
    let pos = this.posOffset[k]
    for (let i = 0; i < n; i++) {
      // Inline varints: this loop runs for every document of every key a query touches. Document numbers and
      // byte counts stay below 2^31, so integer shifts are exact (and much faster than 2 ** shift in V8).
      let v = bytes[at++]
      if (v >= 0x80) {
        v &= 0x7f
        let shift = 7
        let b: number
        do {
          b = bytes[at++]
          v |= (b & 0x7f) << shift
          shift += 7
        } while (b & 0x80)
      }
      doc += v
      docs[i] = doc
      posStart[i] = pos
      let len = bytes[at++]
      if (len >= 0x80) {
        len &= 0x7f
        let shift = 7
        let b: number
        do {
          b = bytes[at++]
          len |= (b & 0x7f) << shift
          shift += 7
        } while (b & 0x80)
      }
      pos += len
    }
    posStart[n] = pos
    // Every field from the start, so that all postings share one shape (a field added later would make
    // every access to them polymorphic).
    p = { docs, posStart, shard: this, first: undefined, positions: undefined }
    this.cache.set(k, p)
    return p
  }
}

/** The first position of every document of a key's postings, decoded once. */
export function firstPositions(p: KeyPostings): Uint32Array {
  if (p.first) return p.first
  const n = p.docs.length
  const first = new Uint32Array(n)
  const bytes = p.shard.bytes
  const start = p.posStart
  for (let i = 0; i < n; i++) {
    let at = start[i]
    if (at === start[i + 1]) continue
    let v = bytes[at++]
    if (v >= 0x80) {
      v &= 0x7f
      let shift = 7
      let b: number
      do {
        b = bytes[at++]
        v |= (b & 0x7f) << shift
        shift += 7
      } while (b & 0x80)
    }
    first[i] = v
  }
  return (p.first = first)
}

/**
 * Every position of a key's postings, decoded once into one array: a chain (2024, 同比增) checks thousands of
 * documents for positions that follow each other, which is then a walk over integers rather than over varints.
 */
export function allPositions(p: KeyPostings): { pos: Int32Array; start: Uint32Array } {
  if (p.positions) return p.positions
  const n = p.docs.length
  const bytes = p.shard.bytes
  const byteStart = p.posStart
  // A position takes at least one byte: as many numbers as bytes is room enough.
  const pos = new Int32Array(byteStart[n] - byteStart[0])
  const start = new Uint32Array(n + 1)
  let k = 0
  let at = byteStart[0]
  for (let i = 0; i < n; i++) {
    start[i] = k
    const end = byteStart[i + 1]
    let value = 0
    while (at < end) {
      // Positions stay below 2^31 (three fields of 2^16), so integer shifts are exact; they also keep the loop
      // in small integers, which V8 compiles far better than the float arithmetic of 2 ** shift.
      let b = bytes[at++]
      let v = b & 0x7f
      let shift = 7
      while (b & 0x80) {
        b = bytes[at++]
        v |= (b & 0x7f) << shift
        shift += 7
      }
      value += v
      pos[k++] = value
    }
  }
  start[n] = k
  return (p.positions = { pos: pos.subarray(0, k), start })
}

/**
 * The positions of the `i`-th document of a key into `out` from index 0 (room for as many numbers as the
 * document has bytes of positions), for a key whose positions are wanted in a few documents only; returns how many.
 */
export function documentPositions(p: KeyPostings, i: number, out: Int32Array): number {
  const bytes = p.shard.bytes
  const end = p.posStart[i + 1]
  let at = p.posStart[i]
  let n = 0
  let value = 0
  while (at < end) {
    let b = bytes[at++]
    let v = b & 0x7f
    let shift = 7
    while (b & 0x80) {
      b = bytes[at++]
      v |= (b & 0x7f) << shift
      shift += 7
    }
    value += v
    out[n++] = value
  }
  return n
}
