import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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

  it('copies unchanged pages from its previous output file, and never from one changed since', async () => {
    const folder = join(work, 'again')
    const { files, sources } = testCorpus()
    writeFolder(folder, files, sources)
    const out = join(work, 'again.json')
    const env = { NMG_CACHE_DIR: join(work, 'cache-again') }
    expect((await cli('extract', [folder, '--out', out], env)).status).toBe(0)
    expect(readFileSync(out).equals(reference)).toBe(true)
    // One page edited: the others come from again.json as it was; the bytes are those of the pipeline alone.
    const edited = files.map((f, i) => (i === 3 ? { name: f.name, bytes: new TextEncoder().encode(new TextDecoder().decode(f.bytes) + '\n全年新增投资12亿元。\n') } : f))
    writeFolder(folder, edited, sources)
    const warm = await cli('extract', [folder, '--out', out], env)
    expect(warm.stderr).toContain('1 page(s) extracted')
    expect(readFileSync(out).equals(referenceBytes(edited, sources))).toBe(true)
    // A file changed by someone else since is not copied from: the pages come from the cache.
    writeFileSync(out, readFileSync(out).toString('utf8').replace(/"figures": \[/, '"figures": [ '))
    expect((await cli('extract', [folder, '--out', out], env)).status).toBe(0)
    expect(readFileSync(out).equals(referenceBytes(edited, sources))).toBe(true)
  })

  it('refuses a --jobs that is not a whole number of at least 1', async () => {
    for (const bad of ['0', 'two', '-1']) {
      const run = await cli('extract', [pages, '--jobs', bad])
      expect(run.status, bad).toBe(1)
      expect(run.stderr).toContain(`--jobs needs a whole number of at least 1, not ${bad}`)
    }
  })
})
