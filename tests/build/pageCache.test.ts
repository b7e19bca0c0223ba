import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listCorpusDir } from '../../src/build/corpus'
import { extractPages } from '../../src/build/extractPages'
import { PageCache } from '../../src/build/pageCache'
import { pipelineVersion } from '../../src/build/pipelineVersion'
import { mergePages, type CorpusFile } from '../../src/pipeline/dataset'
import { writeFolder } from './cli'
import { datasetBytes, referenceBytes, testCorpus } from './helpers'

let work: string
const { files, sources } = testCorpus()
let reference: Buffer
const version = pipelineVersion()

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'nmg-cache-'))
  reference = referenceBytes(files, sources)
}, 60_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

function entries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => statSync(join(dir, p)).isFile()).map((p) => join(dir, p))
}

describe('the extraction cache', { timeout: 60_000 }, () => {
  it('gives the same bytes as the pipeline without a cache, cold and warm, and extracts nothing on the warm run', async () => {
    const cache = new PageCache(join(work, 'a'), version)
    const cold = await extractPages(files, { sources, cache, jobs: 1 })
    expect([cold.extracted, cold.cached]).toEqual([files.length, 0])
    expect(datasetBytes(cold.records).equals(reference)).toBe(true)
    const warm = await extractPages(files, { sources, cache, jobs: 1 })
    expect([warm.extracted, warm.cached]).toEqual([0, files.length])
    expect(datasetBytes(warm.records).equals(reference)).toBe(true)
    expect(warm.fields).toEqual(mergePages([]))
  })

  it('ignores damaged dataset-wide fields in the cache and takes them from the pipeline', async () => {
    const cache = new PageCache(join(work, 'fields'), version)
    await extractPages(files.slice(0, 2), { cache, jobs: 1 })
    const path = entries(join(work, 'fields')).find((p) => p.endsWith('dataset-fields.json'))!
    writeFileSync(path, JSON.stringify({ ...mergePages([]), figures: [{ id: 'stale' }] }))
    expect((await extractPages(files.slice(0, 2), { cache, jobs: 1 })).fields).toEqual(mergePages([]))
    writeFileSync(path, '{"schemaVersion": 1, "figu')
    expect((await extractPages(files.slice(0, 2), { cache, jobs: 1 })).fields).toEqual(mergePages([]))
  })

  it('re-extracts only a page whose text changed, or whose sources.json entry changed', async () => {
    const cache = new PageCache(join(work, 'b'), version)
    await extractPages(files, { sources, cache, jobs: 1 })
    const edited: CorpusFile[] = files.map((f, i) => (i === 6 ? { name: f.name, bytes: new TextEncoder().encode(new TextDecoder().decode(f.bytes) + '\n本报讯 全区新增市场主体1234户。\n') } : f))
    const afterEdit = await extractPages(edited, { sources, cache, jobs: 1 })
    expect([afterEdit.extracted, afterEdit.cached]).toEqual([1, files.length - 1])
    expect(datasetBytes(afterEdit.records).equals(referenceBytes(edited, sources))).toBe(true)

    const redated = { ...sources, [files[7].name]: { date: '2030-01-15', paper: '内蒙古日报' } }
    const afterMeta = await extractPages(edited, { sources: redated, cache, jobs: 1 })
    expect(afterMeta.extracted).toBe(1)
    const bytes = datasetBytes(afterMeta.records)
    expect(bytes.equals(referenceBytes(edited, redated))).toBe(true)
    expect(bytes.toString()).toContain('"date": "2030-01-15"')
  })

  it('extracts everything again for another pipeline version, and keeps only one older version on disk', async () => {
    const dir = join(work, 'c')
    for (const v of ['1'.repeat(64), '2'.repeat(64), '3'.repeat(64)]) {
      const run = await extractPages(files.slice(0, 3), { cache: new PageCache(dir, v), version: v, jobs: 1 })
      expect(run.extracted).toBe(3)
    }
    expect(readdirSync(dir).sort()).toEqual(['2'.repeat(16), '3'.repeat(16)])
  })

  it('ignores a damaged entry (a changed byte, a cut, another page\'s entry), extracts the page again and repairs the entry', async () => {
    const dir = join(work, 'd')
    const subset = files.slice(0, 4)
    const cache = new PageCache(dir, version)
    await extractPages(subset, { sources, cache, jobs: 1 })
    const paths = entries(dir).filter((p) => !p.endsWith('.json')).sort()
    expect(paths).toHaveLength(4)
    const original = paths.map((p) => readFileSync(p))
    const flipped = Buffer.from(original[0])
    flipped[flipped.length - 10] ^= 0x01
    writeFileSync(paths[0], flipped)
    writeFileSync(paths[1], original[1].subarray(0, original[1].length - 100))
    writeFileSync(paths[2], original[3])
    writeFileSync(paths[3], 'not json at all')
    const run = await extractPages(subset, { sources, cache, jobs: 1 })
    expect([run.extracted, run.cached]).toEqual([4, 0])
    expect(datasetBytes(run.records).equals(referenceBytes(subset, sources))).toBe(true)
    expect(paths.map((p) => readFileSync(p).equals(original[paths.indexOf(p)]))).toEqual([true, true, true, true])
  })

  it('still extracts, with one warning, when the cache cannot be written', async () => {
    const blocked = join(work, 'blocked')
    writeFileSync(blocked, 'a file where the cache folder should be')
    const warnings: string[] = []
    const run = await extractPages(files.slice(0, 3), { cache: new PageCache(blocked, version, (m) => warnings.push(m)), jobs: 1 })
    expect(datasetBytes(run.records).equals(referenceBytes(files.slice(0, 3)))).toBe(true)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(`cache not written (${blocked})`)
  })
})

describe('the pipeline version', () => {
  it('changes with any pipeline or model source and with the stored format, and not with the rest of the app', () => {
    const src = join(work, 'src')
    for (const dir of ['pipeline', 'model', 'app', 'build']) cpSync(join(import.meta.dirname, '../../src', dir), join(src, dir), { recursive: true })
    const before = pipelineVersion(src)
    expect(pipelineVersion(src)).toBe(before)
    writeFileSync(join(src, 'app/main.ts'), '// an app edit\n', { flag: 'a' })
    expect(pipelineVersion(src)).toBe(before)
    writeFileSync(join(src, 'pipeline/quantities.ts'), '// a pipeline edit\n', { flag: 'a' })
    const afterPipeline = pipelineVersion(src)
    expect(afterPipeline).not.toBe(before)
    writeFileSync(join(src, 'model/index.ts'), '// a model edit\n', { flag: 'a' })
    const afterModel = pipelineVersion(src)
    expect(afterModel).not.toBe(afterPipeline)
    writeFileSync(join(src, 'build/pageRecord.ts'), '// a change of the stored format\n', { flag: 'a' })
    expect(pipelineVersion(src)).not.toBe(afterModel)
  })
})

describe('pages the cache has seen unchanged', { timeout: 60_000 }, () => {
  it('are not read again; an edited or rewritten page is, and a damaged index only costs reading every page', async () => {
    const dir = writeFolder(join(work, 'stamped'), files.slice(0, 6), sources)
    // A file changed in the last two seconds could change again unseen within the clock's resolution: its hash is not kept.
    await new Promise((r) => setTimeout(r, 2_100))
    const run = async () => {
      // A new cache each run, as each run of the command opens it afresh.
      const cache = new PageCache(join(work, 'stamped-cache'), version)
      const { pages, sources: readSources } = await listCorpusDir(dir)
      let reads = 0
      const counted = pages.map((p) => ({ ...p, read: () => (reads++, p.read()) }))
      const result = await extractPages(counted, { sources: await readSources(), cache, jobs: 1 })
      return { reads, extracted: result.extracted, bytes: datasetBytes(result.records) }
    }
    expect(await run()).toMatchObject({ reads: 6, extracted: 6 })
    const warm = await run()
    expect(warm).toMatchObject({ reads: 0, extracted: 0 })
    expect(warm.bytes.equals(referenceBytes(files.slice(0, 6), sources))).toBe(true)

    writeFileSync(join(dir, files[1].name), files[1].bytes)
    expect(await run()).toMatchObject({ reads: 1, extracted: 0 })
    const edited = new TextEncoder().encode(new TextDecoder().decode(files[2].bytes).replace(/\d/, '7'))
    writeFileSync(join(dir, files[2].name), edited)
    const afterEdit = await run()
    // Read: the edited page, and the page rewritten just before (too recent for its hash to be kept).
    expect(afterEdit).toMatchObject({ reads: 2, extracted: 1 })
    expect(afterEdit.bytes.equals(referenceBytes(files.slice(0, 6).map((f, i) => (i === 2 ? { name: f.name, bytes: edited } : f)), sources))).toBe(true)

    writeFileSync(join(work, 'stamped-cache', 'content-hashes.json'), '[["oops"')
    const damaged = await run()
    expect(damaged).toMatchObject({ reads: 6, extracted: 0 })
    expect(damaged.bytes.equals(afterEdit.bytes)).toBe(true)
  })
})
