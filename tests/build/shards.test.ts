import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractPages } from '../../src/build/extractPages'
import { readShardDirs, writeShardDir } from '../../src/build/shardDir'
import { cli, writeFolder } from './cli'
import { datasetBytes, referenceBytes, testCorpus } from './helpers'

let work: string
let pages: string
let reference: Buffer
const { files, sources } = testCorpus()
const shardDir = (i: number) => join(work, `shard-${i}`)

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'nmg-shards-'))
  pages = writeFolder(join(work, 'pages'), files, sources)
  reference = referenceBytes(files, sources)
  // Four shards as four processes at once, as a job runner would start them (each could be on its own machine).
  const runs = await Promise.all([1, 2, 3, 4].map((i) => cli('extract', [pages, '--shard', `${i}/4`, '--out-dir', shardDir(i), '--jobs', '1', '--no-cache'])))
  expect(runs.map((r) => r.status)).toEqual([0, 0, 0, 0])
}, 180_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('extract --shard and merge', { timeout: 120_000 }, () => {
  it('merges 4 shards extracted by separate processes into the same bytes as one run', async () => {
    const sizes = [1, 2, 3, 4].map((i) => readdirSync(shardDir(i)).filter((n) => n.endsWith('.page')).length)
    expect(sizes.reduce((a, b) => a + b)).toBe(files.length)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(4)
    const one = await cli('extract', [pages, '--out', join(work, 'one.json'), '--no-cache'])
    const merged = await cli('merge', [shardDir(3), shardDir(1), shardDir(4), shardDir(2), '--out', join(work, 'merged.json')])
    expect([one.status, merged.status]).toEqual([0, 0])
    expect(merged.stderr).toMatch(/17 files \(0 skipped\), \d+ articles, \d+ figures -> .*merged\.json/)
    expect(readFileSync(join(work, 'merged.json')).equals(readFileSync(join(work, 'one.json')))).toBe(true)
    expect(readFileSync(join(work, 'one.json')).equals(reference)).toBe(true)
  })

  it('refuses to merge when a shard is missing, naming it, and writes nothing', async () => {
    const run = await cli('merge', [shardDir(1), shardDir(2), shardDir(4), '--out', join(work, 'partial.json')])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('merge: missing shard(s) 3/4 of 4')
    expect(readdirSync(work)).not.toContain('partial.json')
  })

  it('extracts the pages of a --files list, and names listed files that are not pages of the folder', async () => {
    const list = join(work, 'list.txt')
    writeFileSync(list, `${files[2].name}\n\n${files[9].name}\n`)
    const run = await cli('extract', [pages, '--files', list, '--out-dir', join(work, 'listed'), '--no-cache'])
    expect(run.status).toBe(0)
    expect(readdirSync(join(work, 'listed')).sort()).toEqual([`${files[2].name}.page`, `${files[9].name}.page`, 'pages.json'])
    writeFileSync(list, `${files[2].name}\nnot-there.txt\n`)
    const bad = await cli('extract', [pages, '--files', list, '--out-dir', join(work, 'bad-list')])
    expect(bad.status).toBe(1)
    expect(bad.stderr).toContain(`not pages of ${pages}: not-there.txt`)
  })
})

describe('extract --out-dir run again into the same folder', { timeout: 120_000 }, () => {
  it('writes only the changed page, removes a deleted page, and still merges to the bytes of a fresh run', async () => {
    const folder = join(work, 'again-pages')
    cpSync(pages, folder, { recursive: true })
    const out = join(work, 'again')
    const env = { NMG_CACHE_DIR: join(work, 'again-cache') }
    expect((await cli('extract', [folder, '--out-dir', out, '--jobs', '1'], env)).status).toBe(0)
    const past = new Date(Date.now() - 86_400_000)
    const results = () => readdirSync(out).filter((n) => n.endsWith('.page'))
    for (const name of results()) utimesSync(join(out, name), past, past)
    const [edited, deleted] = [files[5].name, files[7].name]
    writeFileSync(join(folder, edited), readFileSync(join(folder, edited), 'utf8') + '\n全年完成货运量1234万吨，同比增长5.6%。\n')
    rmSync(join(folder, deleted))
    const again = await cli('extract', [folder, '--out-dir', out, '--jobs', '1'], env)
    expect(again.status).toBe(0)
    expect(again.stderr).toContain(`1 page(s) extracted (1 thread), ${files.length - 2} from the cache`)
    const touched = results().filter((n) => statSync(join(out, n)).mtimeMs > past.getTime() + 1000)
    expect(touched).toEqual([`${edited}.page`])
    expect(results()).not.toContain(`${deleted}.page`)
    expect(results()).toHaveLength(files.length - 1)
    const merged = await cli('merge', [out, '--out', join(work, 'again-merged.json')])
    const fresh = await cli('extract', [folder, '--out', join(work, 'again-fresh.json'), '--no-cache'])
    expect([merged.status, fresh.status]).toEqual([0, 0])
    expect(readFileSync(join(work, 'again-merged.json')).equals(readFileSync(join(work, 'again-fresh.json')))).toBe(true)
  })

  it('writes every page again after a run that was cut short (no manifest), never trusting what it left', async () => {
    const out = join(work, 'cut')
    const env = { NMG_CACHE_DIR: join(work, 'cut-cache') }
    expect((await cli('extract', [pages, '--out-dir', out, '--jobs', '1'], env)).status).toBe(0)
    rmSync(join(out, 'pages.json'))
    for (const name of readdirSync(out)) writeFileSync(join(out, name), 'not a page result')
    expect((await cli('extract', [pages, '--out-dir', out, '--jobs', '1'], env)).status).toBe(0)
    const merged = await cli('merge', [out, '--out', join(work, 'cut-merged.json')])
    expect(merged.status).toBe(0)
    expect(readFileSync(join(work, 'cut-merged.json')).equals(reference)).toBe(true)
  })
})

describe('readShardDirs: folders it cannot merge', { timeout: 60_000 }, () => {
  const copy = (from: string, to: string) => (cpSync(from, join(work, to), { recursive: true }), join(work, to))

  it('names a damaged page result', async () => {
    const dir = copy(shardDir(2), 'damaged')
    const name = readdirSync(dir).find((n) => n.endsWith('.page'))!
    const bytes = readFileSync(join(dir, name))
    writeFileSync(join(dir, name), bytes.subarray(0, bytes.length - 1))
    await expect(readShardDirs([shardDir(1), dir, shardDir(3), shardDir(4)])).rejects.toThrow(`${join(dir, name)} is not a page result (truncated or extended body)`)
  })

  it('names a page found in two folders, a result a manifest names but that is missing, and a folder without a manifest', async () => {
    await expect(readShardDirs([shardDir(1), shardDir(1)])).rejects.toThrow(/is in two folders/)
    const dir = copy(shardDir(3), 'incomplete')
    const gone = readdirSync(dir).find((n) => n.endsWith('.page'))!
    rmSync(join(dir, gone))
    await expect(readShardDirs([shardDir(1), shardDir(2), dir, shardDir(4)])).rejects.toThrow(`names 1 page(s) without a result: ${gone.replace(/\.page$/, '')}`)
    const bare = copy(shardDir(4), 'bare')
    rmSync(join(bare, 'shard-4-of-4.json'))
    await expect(readShardDirs([bare])).rejects.toThrow(/has no manifest/)
  })

  it('refuses results of two pipeline versions', async () => {
    const a = await extractPages(files.slice(0, 2), { version: 'a'.repeat(64), jobs: 1 })
    const b = await extractPages(files.slice(2, 4), { version: 'b'.repeat(64), jobs: 1 })
    await writeShardDir(join(work, 'va'), a.records, { shard: null, version: 'a'.repeat(64), fields: a.fields, files: a.records.map((r) => r.file) })
    await writeShardDir(join(work, 'vb'), b.records, { shard: null, version: 'b'.repeat(64), fields: b.fields, files: b.records.map((r) => r.file) })
    await expect(readShardDirs([join(work, 'va'), join(work, 'vb')])).rejects.toThrow(/2 pipeline versions/)
    const same = await readShardDirs([join(work, 'va')])
    expect(datasetBytes(same.records).equals(referenceBytes(files.slice(0, 2)))).toBe(true)
  })
})
