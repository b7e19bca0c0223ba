import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { SourcesJson } from '../model/index.ts'
import type { CorpusFile } from '../pipeline/dataset.ts'

export interface Corpus {
  files: CorpusFile[]
  sources: SourcesJson | undefined
}

export class CorpusError extends Error {}

/** Reads every `*.txt` of a folder (sorted by name, so output is deterministic) and its optional sources.json. */
export async function readCorpusDir(dir: string): Promise<Corpus> {
  let names: string[]
  try {
    if (!(await stat(dir)).isDirectory()) throw new CorpusError(`not a folder: ${dir}`)
    names = await readdir(dir)
  } catch (error) {
    if (error instanceof CorpusError) throw error
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CorpusError(`input folder not found: ${dir}`)
    throw new CorpusError(`cannot read input folder ${dir}: ${(error as Error).message}`)
  }
  const txt: string[] = []
  for (const name of names.filter((n) => n.toLowerCase().endsWith('.txt')).sort()) {
    // A folder that happens to be named x.txt is not a page; a file that cannot be read fails below, by name.
    const entry = await stat(join(dir, name)).catch(() => null)
    if (!entry || entry.isFile()) txt.push(name)
  }
  if (txt.length === 0) throw new CorpusError(`no .txt files in ${dir} (the pages must be plain-text files named *.txt)`)
  const files: CorpusFile[] = []
  for (const name of txt) {
    try {
      files.push({ name, bytes: new Uint8Array(await readFile(join(dir, name))) })
    } catch (error) {
      throw new CorpusError(`cannot read ${join(dir, name)}: ${(error as Error).message}`)
    }
  }
  let sources: SourcesJson | undefined
  if (names.includes('sources.json')) {
    try {
      sources = JSON.parse(await readFile(join(dir, 'sources.json'), 'utf8')) as SourcesJson
    } catch (error) {
      throw new CorpusError(`${join(dir, 'sources.json')} is not valid JSON: ${(error as Error).message}`)
    }
  }
  return { files, sources }
}
