import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractPages } from '../../src/build/extractPages'
import { pipelineVersion } from '../../src/build/pipelineVersion'
import { workerBundle } from '../../src/build/workerCode'
import { mergePages } from '../../src/pipeline/dataset'
import { datasetBytes, referenceBytes, testCorpus } from './helpers'

let work: string
const version = pipelineVersion()
const { files, sources } = testCorpus()

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'nmg-worker-code-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('the extraction worker bundled once', { timeout: 60_000 }, () => {
  it('extracts the same bytes in two workers started from the bundle, and sends the dataset of no pages', async () => {
    const dir = join(work, 'same')
    const run = await extractPages(files, { sources, jobs: 2, version, codeDir: dir })
    expect(run.workers).toBe(2)
    expect(readdirSync(dir).filter((n) => n.endsWith('.mjs'))).toHaveLength(1)
    expect(datasetBytes(run.records).equals(referenceBytes(files, sources))).toBe(true)
    expect(run.fields).toEqual(mergePages([]))
  })

  it('is built once per pipeline version, and a new version gives a new file', async () => {
    const dir = join(work, 'versions')
    const first = await workerBundle(dir, version)
    expect(first).not.toBeNull()
    const built = statSync(first!).mtimeMs
    expect(await workerBundle(dir, version)).toBe(first)
    expect(statSync(first!).mtimeMs).toBe(built)
    const other = await workerBundle(dir, 'f'.repeat(64))
    expect(other).not.toBeNull()
    expect(other).not.toBe(first)
  })

  it("deletes old pipelines' bundles but the two newest and any made within the hour", async () => {
    const dir = join(work, 'prune')
    mkdirSync(dir)
    const old = (name: string, hoursAgo: number) => {
      writeFileSync(join(dir, name), '')
      const t = new Date(Date.now() - hoursAgo * 3_600_000)
      utimesSync(join(dir, name), t, t)
    }
    old('extract-worker-aaaa.mjs', 30)
    old('extract-worker-bbbb.mjs', 20)
    old('extract-worker-cccc.mjs', 0.5)
    old('notes.txt', 40)
    await workerBundle(dir, version)
    const left = readdirSync(dir).sort()
    expect(left).toContain('extract-worker-cccc.mjs')
    expect(left).toContain('notes.txt')
    expect(left).not.toContain('extract-worker-aaaa.mjs')
    expect(left).not.toContain('extract-worker-bbbb.mjs')
    expect(left.filter((n) => n.endsWith('.mjs'))).toHaveLength(2)
  })

  it('falls back to starting workers from the TypeScript when the bundle cannot be written', async () => {
    // A file where the folder should be: a permission would not stop root.
    const blocked = join(work, 'blocked')
    writeFileSync(blocked, 'a file, not a folder')
    expect(await workerBundle(join(blocked, 'code'), version)).toBeNull()
    const run = await extractPages(files.slice(0, 6), { jobs: 2, version, codeDir: join(blocked, 'code') })
    expect(run.workers).toBe(2)
    expect(datasetBytes(run.records).equals(referenceBytes(files.slice(0, 6)))).toBe(true)
  })
})
