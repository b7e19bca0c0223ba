import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, writeFolder } from './cli'
import { referenceBytes, testCorpus } from './helpers'

let work: string
let pages: string
let reference: Buffer
const cache = () => ({ NMG_CACHE_DIR: join(work, 'cache') })

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'nmg-extract-cli-'))
  const { files, sources } = testCorpus()
  pages = writeFolder(join(work, 'pages'), files, sources)
  reference = referenceBytes(files, sources)
}, 60_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

// Each run starts tsx and Node (about a second) and the workers theirs: a generous timeout on a shared machine.
describe('extract CLI: cache and worker threads', { timeout: 120_000 }, () => {
  it('writes the same bytes with --jobs 1, with --jobs 2 and from its cache, and says where each page came from', async () => {
    const one = await cli('extract', [pages, '--out', join(work, 'one.json'), '--jobs', '1', '--no-cache'])
    const two = await cli('extract', [pages, '--out', join(work, 'two.json'), '--jobs', '2'], cache())
    expect([one.status, two.status]).toEqual([0, 0])
    expect(one.stderr).toContain('17 page(s) extracted (1 thread)')
    expect(two.stderr).toContain('17 page(s) extracted (2 worker threads), 0 from the cache')
    const warm = await cli('extract', [pages, '--out', join(work, 'warm.json')], cache())
    expect(warm.stderr).toContain('0 page(s) extracted, 17 from the cache')
    for (const name of ['one.json', 'two.json', 'warm.json']) expect(readFileSync(join(work, name)).equals(reference), name).toBe(true)
  })

  it('refuses a --jobs that is not a whole number of at least 1', async () => {
    for (const bad of ['0', 'two', '-1']) {
      const run = await cli('extract', [pages, '--jobs', bad])
      expect(run.status, bad).toBe(1)
      expect(run.stderr).toContain(`--jobs needs a whole number of at least 1, not ${bad}`)
    }
  })
})
