import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CorpusError, readCorpusDir } from '../../src/build/corpus'

let work: string
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'nmg-corpus-'))
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

describe('readCorpusDir', () => {
  it('lists .txt, .html and .htm pages in name order, whatever the case of the extension, and nothing else', async () => {
    for (const name of ['b.html', 'a.txt', 'c.HTM', 'd.Txt', 'notes.md', 'page.pdf']) writeFileSync(join(work, name), 'x')
    writeFileSync(join(work, 'sources.json'), '{}')
    mkdirSync(join(work, 'folder.html'))
    const corpus = await readCorpusDir(work)
    expect(corpus.files.map((f) => f.name)).toEqual(['a.txt', 'b.html', 'c.HTM', 'd.Txt'])
  })

  it('says which pages it looks for when the folder has none', async () => {
    writeFileSync(join(work, 'notes.md'), 'x')
    await expect(readCorpusDir(work)).rejects.toThrow(/no pages in .*\*\.txt, \*\.html or \*\.htm/)
  })

  it('names the first page it cannot read, in name order', async () => {
    writeFileSync(join(work, 'a.txt'), 'x')
    symlinkSync(join(work, 'nowhere'), join(work, 'c.htm'))
    symlinkSync(join(work, 'nowhere-either'), join(work, 'b.html'))
    const error = await readCorpusDir(work).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CorpusError)
    expect((error as Error).message).toContain(`cannot read ${join(work, 'b.html')}`)
  })

  it('reads only the pages a selection keeps, and the selection may refuse with its own error', async () => {
    for (const name of ['a.txt', 'c.txt']) writeFileSync(join(work, name), name)
    symlinkSync(join(work, 'nowhere'), join(work, 'b.txt'))
    const corpus = await readCorpusDir(work, { select: (names) => names.filter((n) => n !== 'b.txt') })
    expect(corpus.files.map((f) => f.name)).toEqual(['a.txt', 'c.txt'])
    await expect(readCorpusDir(work, { select: () => { throw new CorpusError('not in the folder: z.txt') } })).rejects.toThrow('not in the folder: z.txt')
  })
})
