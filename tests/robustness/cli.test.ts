import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateDataset } from '../../src/model/validate'
import { extractCorpus } from '../../src/pipeline/dataset'
import { encodeGb18030 } from './encoders'
import { SEEDS, seedFiles } from './helpers'

const ROOT = join(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules/.bin/tsx')
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1])

/** `npm run extract -- …` without npm: the CLI as a subprocess, as a user runs it. */
function extract(...args: string[]): { status: number | null; stdout: Buffer; stderr: string } {
  // A cache of its own: these runs must not depend on, or fill, the project's cache.
  const env = { ...process.env, NMG_CACHE_DIR: join(work, 'cache') }
  const run = spawnSync(TSX, ['src/cli/extract.ts', ...args], { cwd: ROOT, encoding: 'buffer', timeout: 120_000, env })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.toString('utf8') }
}

let work: string
const dir = (name: string) => join(work, name)

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'nmg-extract-'))
  mkdirSync(dir('empty'))
  mkdirSync(dir('no-txt'))
  writeFileSync(join(dir('no-txt'), 'page.pdf'), '%PDF-1.4')
  writeFileSync(join(dir('no-txt'), 'notes.md'), '# notes')
  mkdirSync(join(dir('no-txt'), 'folder.txt'))
  mkdirSync(dir('mixed'))
  const seed = seedFiles()[1]
  copyFileSync(join(SEEDS, seed.name), join(dir('mixed'), seed.name))
  writeFileSync(join(dir('mixed'), 'photo.txt'), PNG)
  writeFileSync(join(dir('mixed'), 'gbk.txt'), encodeGb18030(new TextDecoder().decode(seedFiles()[2].bytes)))
  writeFileSync(join(dir('mixed'), 'empty.txt'), '')
  mkdirSync(dir('only-png'))
  writeFileSync(join(dir('only-png'), 'photo.txt'), PNG)
  mkdirSync(dir('dangling'))
  symlinkSync(join(work, 'nowhere.txt'), join(dir('dangling'), 'gone.txt'))
  mkdirSync(dir('bad-sources'))
  copyFileSync(join(SEEDS, seed.name), join(dir('bad-sources'), seed.name))
  writeFileSync(join(dir('bad-sources'), 'sources.json'), '{"a.txt": {')
}, 60_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

// Each run starts tsx and a Node process (about a second), and extracts the seeds when given them.
const SLOW = { timeout: 60_000 }

describe('extract CLI: inputs it cannot use', SLOW, () => {
  it('fails with a clear message when the input folder does not exist', () => {
    const run = extract(dir('missing'), '--out', dir('out.json'))
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`input folder not found: ${dir('missing')}`)
  })

  it('fails when the input is a file, not a folder', () => {
    const run = extract(join(dir('mixed'), 'photo.txt'))
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('not a folder')
  })

  it('fails when the folder has no page (other files and a folder named x.txt do not count)', () => {
    for (const d of ['empty', 'no-txt']) {
      const run = extract(dir(d), '--out', dir('out.json'))
      expect(run.status, d).toBe(1)
      expect(run.stderr).toMatch(/no pages in .*files named \*\.txt, \*\.html or \*\.htm/)
    }
  })

  it('names a page it cannot read', () => {
    const run = extract(dir('dangling'))
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`cannot read ${join(dir('dangling'), 'gone.txt')}`)
  })

  it('names a sources.json that is not JSON', () => {
    const run = extract(dir('bad-sources'))
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/sources\.json is not valid JSON/)
  })

  it('explains its usage on a missing argument or an unknown option', () => {
    expect(extract().stderr).toMatch(/missing <input-dir>\nusage: npm run extract/)
    const run = extract(SEEDS, '--verbose')
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/unknown option --verbose/)
  })
})

describe('extract CLI: a folder with a file that is not text', SLOW, () => {
  let json: string
  let run: ReturnType<typeof extract>
  beforeAll(() => {
    run = extract(dir('mixed'), '--out', dir('mixed.json'), '--report')
    json = readFileSync(dir('mixed.json'), 'utf8')
  }, 60_000)

  it('skips the PNG named .txt, says so on stderr by name, and exits 0', () => {
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(/photo\.txt: skipped: not text: looks like a PNG image/)
    expect(run.stderr).toMatch(/4 files \(1 skipped\)/)
  })

  it('writes a valid dataset with the other pages and a report entry for every file', () => {
    const checked = validateDataset(JSON.parse(json))
    expect(checked.ok).toBe(true)
    if (!checked.ok) return
    const files = checked.dataset.files
    expect(files.map((f) => [f.file, f.status, f.encoding])).toEqual([
      [seedFiles()[1].name, 'ok', 'utf-8'],
      ['empty.txt', 'empty', 'utf-8'],
      ['gbk.txt', 'ok', 'gb18030'],
      ['photo.txt', 'skipped', null],
    ])
    expect(checked.dataset.figures.some((f) => f.source.file === 'gbk.txt')).toBe(true)
  })

  it('prints the per-file report as a table with --report', () => {
    const table = run.stderr.slice(run.stderr.indexOf('file  '))
    expect(table.split('\n')[0]).toMatch(/^file\s+status\s+encoding\s+articles\s+numbers\s+figures\s+set aside/)
    expect(table).toMatch(/gbk\.txt\s+ok\s+gb18030\s+\d+/)
    expect(table).toMatch(/photo\.txt\s+skipped\s+-\s+0\s+0\s+0\s+0\s+not text: looks like a PNG image/)
  })

  it('exits 2 with --strict, naming the skipped file', () => {
    const strict = extract(dir('mixed'), '--out', dir('strict.json'), '--strict')
    expect(strict.status).toBe(2)
    expect(strict.stderr).toMatch(/--strict: 1 file\(s\) skipped: photo\.txt/)
  })
})

describe('extract CLI: deterministic output', SLOW, () => {
  it('writes byte-identical JSON for the seeds on two runs, to a file and to stdout', () => {
    const first = extract(SEEDS, '--out', dir('a.json'))
    const second = extract(SEEDS, '--out', dir('b.json'))
    expect([first.status, second.status]).toEqual([0, 0])
    const a = readFileSync(dir('a.json'))
    expect(a.length).toBeGreaterThan(100_000)
    expect(a.equals(readFileSync(dir('b.json')))).toBe(true)
    const piped = extract(SEEDS)
    expect(piped.status).toBe(0)
    expect(piped.stdout.equals(a)).toBe(true)
    // Written in pieces, the JSON is still exactly what JSON.stringify(dataset, null, 1) gives.
    expect(a.toString('utf8')).toBe(JSON.stringify(extractCorpus(seedFiles()), null, 1) + '\n')
  })

  it('writes a dataset of empty lists when every file is skipped, and exits 0', () => {
    const run = extract(dir('only-png'))
    expect(run.status).toBe(0)
    const expected = extractCorpus([{ name: 'photo.txt', bytes: PNG }])
    expect(expected.figures).toEqual([])
    expect(run.stdout.toString('utf8')).toBe(JSON.stringify(expected, null, 1) + '\n')
  })
})
