import type { TextView } from './text.ts'

/**
 * NFKC-normalizes a decoded page so later stages see one spelling of digits and punctuation
 * (`１８６亿元`→`186亿元`, `８２％`→`82%`, `，；：（）`→`,;:()`), drops `\r` of CRLF files, the BOM and
 * zero-width characters, and keeps for every output code unit the offset in `original` it came from.
 *
 * Deliberate exceptions to NFKC: `…` stays (NFKC makes it `...`, which only blurs decimal points),
 * circled/parenthesised numbers (①, ⑴, ㉑) stay, because they are list markers, not figures, and `︰` (U+FE30, the
 * colon of Big5 text, as in `比例为11.2︰40.5︰48.3`) is `:`, not NFKC's `..`, which would read as decimal points.
 */
export function normalize(original: string): TextView {
  const n = original.length
  const parts: string[] = []
  let origin = new Int32Array(n)
  let out = 0
  let runStart = 0

  const ensure = (extra: number) => {
    if (out + extra <= origin.length) return
    const grown = new Int32Array(Math.max(origin.length * 2, out + extra + 16))
    grown.set(origin.subarray(0, out))
    origin = grown
  }
  const flushRun = (upTo: number) => {
    if (upTo > runStart) {
      parts.push(original.slice(runStart, upTo))
      ensure(upTo - runStart)
      origin.set(positions(upTo).subarray(runStart, upTo), out)
      out += upTo - runStart
    }
  }

  let i = 0
  while (i < n) {
    // Skip the run of fast characters with a regex: a per-unit loop is slow until the JIT has warmed up.
    NOT_FAST.lastIndex = i
    let j = NOT_FAST.test(original) ? NOT_FAST.lastIndex - 1 : n
    // A fast character stays as it is unless a combining mark follows and composes with it.
    if (j > i && j < n && isCombiningMark(original.charCodeAt(j))) j--
    i = j
    if (i >= n) break
    const c = original.charCodeAt(i)
    flushRun(i)

    if (c === 0x0d) {
      // CRLF loses its `\r`; a lone `\r` (old Mac files) is a line break of its own.
      if (i + 1 < n && original.charCodeAt(i + 1) === 0x0a) {
        i++
      } else {
        parts.push('\n')
        ensure(1)
        origin[out++] = i
        i++
      }
      runStart = i
      continue
    }
    if (isInvisible(c)) {
      i++
      runStart = i
      continue
    }

    const clusterEnd = clusterEndAt(original, i)
    const cluster = original.slice(i, clusterEnd)
    const result = normalizeCluster(cluster)
    if (result === cluster) {
      // Unchanged: let it join the current verbatim run.
      runStart = i
      i = clusterEnd
      continue
    }
    parts.push(result)
    ensure(result.length)
    if (result.length === cluster.length) {
      for (let k = 0; k < result.length; k++) origin[out++] = i + k
    } else {
      // Expansions (㎡→m2) and compositions (e+◌́→é) map every unit to where the cluster starts.
      for (let k = 0; k < result.length; k++) origin[out++] = i
    }
    i = clusterEnd
    runStart = i
  }
  flushRun(n)

  return { text: parts.join(''), origin: out === origin.length ? origin : origin.slice(0, out) }
}

/**
 * A code unit that is not fast. Fast units are those NFKC leaves unchanged on their own: printable ASCII, tab, LF,
 * CJK ideographs and common CJK punctuation (、。《》「」“”‘’—·, and … kept on purpose, see above).
 */
const NOT_FAST = /[^\t\n\x20-\x7e\u4e00-\u9fff、。《》「」“”‘’—·…]/g

let identity = new Int32Array(0)
/** 0, 1, 2, … up to at least n, shared between calls: runs copy their file offsets from it. */
function positions(n: number): Int32Array {
  if (identity.length < n) {
    identity = new Int32Array(Math.max(n, identity.length * 2, 4096))
    for (let k = 0; k < identity.length; k++) identity[k] = k
  }
  return identity
}

function isInvisible(c: number): boolean {
  return c === 0xfeff || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0x00ad
}

function isKeptAsWritten(cp: number): boolean {
  return (
    (cp >= 0x2460 && cp <= 0x24ff) || // ① ⑴ ⒈ Ⓐ
    (cp >= 0x3251 && cp <= 0x325f) || // ㉑–㉟
    (cp >= 0x32b1 && cp <= 0x32bf) || // ㊱–㊿
    cp === 0x2026
  )
}

const COMBINING = /^\p{M}$/u

function isCombiningMark(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false
  return COMBINING.test(String.fromCharCode(c))
}

/** End of the cluster starting at `i`: one code point plus any combining marks that follow it. */
function clusterEndAt(s: string, i: number): number {
  let j = i + 1
  const c = s.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && j < s.length) {
    const d = s.charCodeAt(j)
    if (d >= 0xdc00 && d <= 0xdfff) j++
  }
  while (j < s.length) {
    const m = s.charCodeAt(j)
    if (m < 0x300 || !isCombiningMark(m)) break
    j++
  }
  return j
}

const clusterCache = new Map<string, string>()

function normalizeCluster(cluster: string): string {
  let result = clusterCache.get(cluster)
  if (result === undefined) {
    const cp = cluster.codePointAt(0) ?? 0
    result = isKeptAsWritten(cp) ? cluster : cp === 0xfe30 ? ':' : cluster.normalize('NFKC')
    if (clusterCache.size < 65536) clusterCache.set(cluster, result)
  }
  return result
}
