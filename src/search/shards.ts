/**
 * The binary form of a posting shard, shared by the builder (Node) and the browser.
 *
 * A shard holds the postings of a contiguous range of keys (in string order), so a key, and every key beginning
 * with a character, is found in one shard or a few neighbouring ones, as the manifest's list of first keys says.
 * Each shard is two files: its documents (`p/<n>.bin`), which a lookup of one key or of a prefix needs alone,
 * and their positions (`x/<n>.bin`), which only a chain of two or more keys needs.
 *
 *     documents:
 *       varint keyCount
 *       varint byteLength of the keys, then the keys in UTF-8, joined by '\n'
 *       per key: varint docCount, varint docBytes, varint positionBytes
 *       per key: its doc block
 *     doc block:      per document, varint (doc − previous doc), varint (bytes of its positions · 4 + field of its
 *                     first position: 0 title, 1 short fields, 2 body)
 *     positions:
 *       per key: its position block, per document: varint (first position − start of its field), varint deltas
 *                of the next ones
 *
 * Documents and positions ascend. Values stay below 2^31. A document's score needs only the doc block (the field
 * of its first position, the size of its positions for how often the key occurs).
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
    if (cursor.at >= bytes.length) throw new Error('truncated')
    byte = bytes[cursor.at++]
    value += (byte & 0x7f) * 2 ** shift
    shift += 7
  } while (byte & 0x80)
  return value
}

/** A field's positions start at field · 2^16 (FIELD_STRIDE); a long body runs on past 3 · 2^16 in field 2. */
const FIELD_SHIFT = 16
const fieldOf = (position: number) => Math.min(position >>> FIELD_SHIFT, 2)

/** The postings of one key while the index is built, documents coming in ascending order. */
export class PostingWriter {
  readonly docs = new ByteWriter(8)
  readonly positions = new ByteWriter(8)
  docCount = 0
  private lastDoc = -1
  private lastPos = 0
  private docStart = 0
  private field = 0

  add(doc: number, position: number): void {
    if (doc !== this.lastDoc) {
      this.closeDoc()
      this.docs.varint(doc - this.lastDoc)
      this.lastDoc = doc
      this.docCount++
      this.docStart = this.positions.length
      this.field = fieldOf(position)
      this.positions.varint(position - (this.field << FIELD_SHIFT))
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
    this.field = 0
  }

  private closeDoc(): void {
    if (this.lastDoc >= 0) this.docs.varint((this.positions.length - this.docStart) * 4 + this.field)
  }

  finish(): void {
    this.closeDoc()
    this.lastDoc = Infinity
  }

  get byteLength(): number {
    return this.docs.length + this.positions.length
  }
}

/** The two files of a shard: its documents and their positions. */
export function encodeShard(entries: { key: string; postings: PostingWriter }[]): { docs: Uint8Array; positions: Uint8Array } {
  const out = new ByteWriter(1024)
  const keys = new TextEncoder().encode(entries.map((e) => e.key).join('\n'))
  out.varint(entries.length)
  out.varint(keys.length)
  out.write(keys)
  let positionBytes = 0
  for (const { postings } of entries) {
    out.varint(postings.docCount)
    out.varint(postings.docs.length)
    out.varint(postings.positions.length)
    positionBytes += postings.positions.length
  }
  for (const { postings } of entries) out.write(postings.docs.bytes.subarray(0, postings.docs.length))
  const positions = new Uint8Array(positionBytes)
  let at = 0
  for (const { postings } of entries) {
    positions.set(postings.positions.bytes.subarray(0, postings.positions.length), at)
    at += postings.positions.length
  }
  return { docs: out.result(), positions }
}

/** A key's documents, the field of each one's first position and where each one's positions are, decoded from a shard. */
export interface KeyPostings {
  docs: Uint32Array
  /** Field of each document's first position (0 title, 1 short fields, 2 body). */
  field: Uint8Array
  /** Byte offsets in the shard's positions of each document's positions; one more entry than documents. */
  posStart: Uint32Array
  shard: DecodedShard
  /** Every position, document after document, and where each document's begin (one more than documents). */
  positions?: { pos: Int32Array; start: Uint32Array }
}

export class DecodedShard {
  readonly keys: string[]
  private readonly docCount: Uint32Array
  private readonly docOffset: Uint32Array
  private readonly posOffset: Uint32Array
  private readonly positionBytes: number
  private readonly cache = new Map<number, KeyPostings>()
  /** The shard's positions file, once fetched (`attachPositions`). */
  positions: Uint8Array | null = null

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
      let positions = 0
      for (let k = 0; k < n; k++) {
        this.docCount[k] = readVarint(bytes, c)
        docBytes[k] = readVarint(bytes, c)
        this.posOffset[k] = positions
        positions += readVarint(bytes, c)
      }
      this.positionBytes = positions
      for (let k = 0; k < n; k++) {
        this.docOffset[k] = c.at
        c.at += docBytes[k]
      }
      if (c.at !== bytes.length) throw new Error(`${bytes.length} bytes, ${c.at} described`)
    } catch (error) {
      throw new Error(`search shard ${name} is damaged: ${(error as Error).message}`)
    }
  }

  /** Adds the shard's positions file (named `name` in errors). */
  attachPositions(bytes: Uint8Array, name: string): void {
    if (bytes.length !== this.positionBytes) throw new Error(`search shard ${name} is damaged: ${bytes.length} bytes, ${this.positionBytes} described`)
    this.positions = bytes
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

  /** How many documents hold key `k`, read from the shard's header without decoding its postings. */
  count(k: number): number {
    return this.docCount[k]
  }

  postings(k: number): KeyPostings {
    let p = this.cache.get(k)
    if (p) return p
    const n = this.docCount[k]
    const docs = new Uint32Array(n)
    const field = new Uint8Array(n)
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
      field[i] = len & 3
      pos += len >>> 2
    }
    posStart[n] = pos
    // Every field from the start, so that all postings share one shape (a field added later would make
    // every access to them polymorphic).
    p = { docs, field, posStart, shard: this, positions: undefined }
    this.cache.set(k, p)
    return p
  }
}

function positionBytesOf(p: KeyPostings): Uint8Array {
  const bytes = p.shard.positions
  if (!bytes) throw new Error(`positions of ${p.shard.name} not loaded`)
  return bytes
}

/**
 * Every position of a key's postings, decoded once into one array: a chain (2024, 同比增) checks thousands of
 * documents for positions that follow each other, which is then a walk over integers rather than over varints.
 */
export function allPositions(p: KeyPostings): { pos: Int32Array; start: Uint32Array } {
  if (p.positions) return p.positions
  const n = p.docs.length
  const bytes = positionBytesOf(p)
  const byteStart = p.posStart
  const field = p.field
  // A position takes at least one byte: as many numbers as bytes is room enough.
  const pos = new Int32Array(byteStart[n] - byteStart[0])
  const start = new Uint32Array(n + 1)
  let k = 0
  let at = byteStart[0]
  for (let i = 0; i < n; i++) {
    start[i] = k
    const end = byteStart[i + 1]
    let value = field[i] << FIELD_SHIFT
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
  const bytes = positionBytesOf(p)
  const end = p.posStart[i + 1]
  let at = p.posStart[i]
  let n = 0
  let value = p.field[i] << FIELD_SHIFT
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
