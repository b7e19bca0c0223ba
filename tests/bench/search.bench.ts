/**
 * Search bench: `npm run bench:search [sizes…]` (default 10000 100000 documents).
 *
 * Builds the sharded search index (src/search/build.ts) of a synthetic corpus (tests/bench/searchCorpus.ts), then
 * runs a fixed set of queries of every kind and prints, per kind: recall against a `String.includes` scan of
 * every document, query time with the shards already fetched and decoded (warm: best of 3) and on a fresh engine
 * that must fetch and decode them (cold: files come from memory, so this is decode and query, not network; best
 * of 3 fresh engines), and
 * the bytes a query fetches (posting shards plus the stored fields of the hits shown, mean and p95); then the
 * index's total size, its manifest's and the number of files. Each size runs in its own process. Writes the
 * tables to tests/bench/RESULTS-search.md.
 */
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { benchQueries, syntheticCorpus, type BenchQuery } from './searchCorpus'

const KINDS: BenchQuery['kind'][] = ['word', 'place', 'indicator', 'number+unit', 'number', 'mixed']
const LIMIT = 10

interface KindRow {
  kind: string
  queries: number
  recall: number
  precision: number
  warmP50: number
  warmP95: number
  coldP50: number
  coldP95: number
  bytesMean: number
  bytesP95: number
  postingBytesMean: number
}

interface SizeResult {
  size: number
  buildMs: number
  totalBytes: number
  totalGzip: number
  postingBytes: number
  storedBytes: number
  manifestBytes: number
  manifestGzip: number
  shards: number
  files: number
  textBytes: number
  rows: KindRow[]
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
}
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0)

async function runSize(size: number): Promise<SizeResult> {
  const { buildSearchFiles } = await import('../../src/search/build')
  const { SearchEngine } = await import('../../src/search/engine')
  const { regionNameGroups } = await import('../../src/build/searchRegionNames')
  const corpus = syntheticCorpus(size)
  const queries = benchQueries(corpus)
  const regions = regionNameGroups(corpus.dataset.articles.map((a) => a.region))

  let t0 = performance.now()
  const built = buildSearchFiles(corpus.dataset, { regions })
  const buildMs = performance.now() - t0
  const { files, manifest, order } = built
  const fetchFile = async (path: string) => {
    const file = files.get(path)
    if (file === undefined) throw new Error(`${path} missing`)
    return file
  }
  let totalBytes = 0
  let totalGzip = 0
  let postingBytes = 0
  for (const [path, content] of files) {
    const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.length
    totalBytes += bytes
    if (path.includes('/p/') || path.includes('/x/')) postingBytes += bytes
    // gzip of a sample of files stands for all: compressing 100k files one by one would take minutes.
  }
  const sample = [...files].filter((_, i) => i % 50 === 0)
  const sampleRaw = sample.reduce((n, [, c]) => n + (typeof c === 'string' ? Buffer.byteLength(c) : c.length), 0)
  const sampleGzip = sample.reduce((n, [, c]) => n + gzipSync(c).length, 0)
  totalGzip = Math.round((totalBytes * sampleGzip) / Math.max(1, sampleRaw))
  const manifestText = files.get('manifest.json') as string

  // Ground truth: every space-separated part of the query in the folded text (as the search folds: case, full width).
  const folded = corpus.texts.map((t) => t.toLowerCase())
  const truthOf = (q: string) => {
    const parts = q.toLowerCase().split(/\s+/).filter(Boolean)
    const out: number[] = []
    for (let i = 0; i < folded.length; i++) if (parts.every((p) => folded[i].includes(p))) out.push(i)
    return out
  }

  const perQuery: { kind: string; recall: number | null; precision: number | null; warm: number; cold: number; bytes: number; postingBytes: number }[] = []
  const warmEngine = new SearchEngine(manifest, fetchFile)
  // JIT: a few queries before timing, on another engine so that no shard of the timed ones is decoded.
  const jit = new SearchEngine(manifest, fetchFile)
  for (const { q } of queries.slice(0, 20)) await jit.search(q, { limit: LIMIT })
  for (const { q, kind } of queries) {
    // Cold: a fresh engine, which fetches (from memory) and decodes every shard and chunk the query needs. Best
    // of 3 fresh engines, as for warm: the machine is shared and a pause of another process is not the search's.
    let coldMs = Infinity
    let cold = new SearchEngine(manifest, fetchFile)
    for (let pass = 0; pass < 3; pass++) {
      cold = new SearchEngine(manifest, fetchFile)
      t0 = performance.now()
      await cold.search(q, { limit: LIMIT })
      coldMs = Math.min(coldMs, performance.now() - t0)
    }
    const bytes = cold.bytesFetched
    const posting = cold.fetched.filter((f) => f.path.includes('/p/') || f.path.includes('/x/')).reduce((n, f) => n + f.bytes, 0)
    await warmEngine.search(q, { limit: LIMIT })
    let warm = Infinity
    for (let pass = 0; pass < 3; pass++) {
      t0 = performance.now()
      await warmEngine.search(q, { limit: LIMIT })
      warm = Math.min(warm, performance.now() - t0)
    }
    const found = new Set([...(await warmEngine.match(q)).docs].filter((d) => d < manifest.articles).map((d) => order.articles[d]))
    const truth = truthOf(q)
    const hit = truth.filter((d) => found.has(d)).length
    perQuery.push({
      kind,
      recall: truth.length ? hit / truth.length : null,
      precision: found.size ? hit / found.size : null,
      warm,
      cold: coldMs,
      bytes,
      postingBytes: posting,
    })
  }
  const rows: KindRow[] = [...KINDS, 'all'].map((kind) => {
    const qs = perQuery.filter((r) => kind === 'all' || r.kind === kind)
    const recalls = qs.map((r) => r.recall).filter((r): r is number => r !== null)
    const precisions = qs.map((r) => r.precision).filter((r): r is number => r !== null)
    return {
      kind,
      queries: qs.length,
      recall: recalls.length ? mean(recalls) : 1,
      precision: precisions.length ? mean(precisions) : 1,
      warmP50: percentile(qs.map((r) => r.warm), 0.5),
      warmP95: percentile(qs.map((r) => r.warm), 0.95),
      coldP50: percentile(qs.map((r) => r.cold), 0.5),
      coldP95: percentile(qs.map((r) => r.cold), 0.95),
      bytesMean: mean(qs.map((r) => r.bytes)),
      bytesP95: percentile(qs.map((r) => r.bytes), 0.95),
      postingBytesMean: mean(qs.map((r) => r.postingBytes)),
    }
  })
  return {
    size,
    buildMs,
    totalBytes,
    totalGzip,
    postingBytes,
    storedBytes: totalBytes - postingBytes - Buffer.byteLength(manifestText),
    manifestBytes: Buffer.byteLength(manifestText),
    manifestGzip: gzipSync(manifestText).length,
    shards: manifest.shards.first.length,
    files: files.size,
    textBytes: Buffer.byteLength(corpus.texts.join('\n')),
    rows,
  }
}

function runChild(size: number): Promise<SizeResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=12000', '--import', 'tsx', new URL(import.meta.url).pathname, '--child', String(size)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as SizeResult)
      } catch {
        reject(new Error(`bench at ${size} documents failed (exit ${code})`))
      }
    })
  })
}

const kb = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(1)} kB`)
const ms = (n: number) => (n >= 10 ? `${n.toFixed(0)} ms` : `${n.toFixed(2)} ms`)

function table(results: SizeResult[]): string {
  const lines = [
    '| docs | query kind | queries | recall | precision | p50 warm | p95 warm | p50 cold | p95 cold | bytes / query: mean | p95 | of which postings (mean) |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const r of results) {
    for (const k of r.rows) {
      const kind = k.kind === 'all' ? '**all**' : k.kind
      lines.push(
        `| ${r.size.toLocaleString('en')} | ${kind} | ${k.queries} | ${k.recall.toFixed(3)} | ${k.precision.toFixed(3)} | ${ms(k.warmP50)} | ${ms(k.warmP95)} | ${ms(k.coldP50)} | ${ms(k.coldP95)} | ${kb(k.bytesMean)} | ${kb(k.bytesP95)} | ${kb(k.postingBytesMean)} |`,
      )
    }
  }
  lines.push('', '| docs | build | index total (gzip ≈) | posting shards | stored fields | manifest (gzip) | shards | files | text indexed |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const r of results) {
    lines.push(
      `| ${r.size.toLocaleString('en')} | ${(r.buildMs / 1000).toFixed(1)} s | ${kb(r.totalBytes)} (${kb(r.totalGzip)}) | ${kb(r.postingBytes)} | ${kb(r.storedBytes)} | ${kb(r.manifestBytes)} (${kb(r.manifestGzip)}) | ${r.shards.toLocaleString('en')} | ${r.files.toLocaleString('en')} | ${kb(r.textBytes)} |`,
    )
  }
  return lines.join('\n')
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args[0] === '--child') {
    process.stdout.write(JSON.stringify(await runSize(Number(args[1]))) + '\n')
    return
  }
  const sizes = args.length ? args.map(Number) : [10_000, 100_000]
  const started = performance.now()
  const results: SizeResult[] = []
  for (const size of sizes) {
    const r = await runChild(size)
    results.push(r)
    console.error(`${size}: built in ${(r.buildMs / 1000).toFixed(1)} s, ${kb(r.totalBytes)}, recall ${r.rows.at(-1)!.recall.toFixed(3)}`)
  }
  const md = table(results)
  console.log(md)
  console.log(`\nwhole bench: ${((performance.now() - started) / 1000).toFixed(0)} s`)
  const file = new URL('./RESULTS-search.md', import.meta.url).pathname
  const previous = (() => {
    try {
      return readFileSync(file, 'utf8')
    } catch {
      return ''
    }
  })()
  const notes = previous.includes('<!-- notes -->') ? previous.slice(previous.indexOf('<!-- notes -->')) : '<!-- notes -->\n'
  writeFileSync(file, `# Search bench\n\n\`npm run bench:search -- ${sizes.join(' ')}\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}.\n\n${md}\n\n${notes}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
