import { readFileSync, statSync, type BigIntStats } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { SourcesJson } from '../model/index.ts'
import type { CorpusFile } from '../pipeline/dataset.ts'

export interface Corpus {
  files: CorpusFile[]
  sources: SourcesJson | undefined
}

export class CorpusError extends Error {}

/** Page files: plain text, and HTML pages (the decode stage reads their text). */
export const PAGE_EXTENSIONS = ['.txt', '.html', '.htm'] as const

export function isPageName(name: string): boolean {
  const lower = name.toLowerCase()
  return PAGE_EXTENSIONS.some((ext) => lower.endsWith(ext))
}

export interface ReadCorpusOptions {
  /** Picks the pages to read from the folder's sorted page names (a shard, a list); may throw a CorpusError. */
  select?: (names: string[]) => string[]
}

/** A page not read yet: a warm run reads only the pages whose stamp the cache does not know. */
export interface PageSource {
  name: string
  path: string
  /** Inode, size, modification and change times (ns): a file edited in any way gets another stamp. Null if unknown. */
  stamp: string | null
  /** The page's bytes; throws a CorpusError naming the file when it cannot be read. */
  read(): Uint8Array
}

/**
 * Reads the pages of a folder (`*.txt`, `*.html`, `*.htm`, sorted by name, so output is deterministic) and its
 * optional sources.json.
 */
export async function readCorpusDir(dir: string, options: ReadCorpusOptions = {}): Promise<Corpus> {
  const { pages, sources } = await listCorpusDir(dir, options)
  // A page that cannot be read is reported before a sources.json that cannot be parsed.
  const files = pages.map((page) => ({ name: page.name, bytes: page.read() }))
  return { files, sources: await sources() }
}

/** The pages of a folder, as readCorpusDir finds them, without reading them; and a reader of its sources.json. */
export async function listCorpusDir(
  dir: string,
  options: ReadCorpusOptions = {},
): Promise<{ pages: PageSource[]; sources: () => Promise<SourcesJson | undefined> }> {
  let names: string[]
  try {
    if (!(await stat(dir)).isDirectory()) throw new CorpusError(`not a folder: ${dir}`)
    names = await readdir(dir)
  } catch (error) {
    if (error instanceof CorpusError) throw error
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CorpusError(`input folder not found: ${dir}`)
    throw new CorpusError(`cannot read input folder ${dir}: ${(error as Error).message}`)
  }
  // Synchronous stats and reads: for ten thousand small files they take a quarter of the time of async ones.
  const stats = new Map<string, BigIntStats | null>()
  const pageNames = names.filter(isPageName).sort().filter((name) => {
    // A folder that happens to be named x.txt is not a page; a file that cannot be read fails when read, by name.
    const entry = statOrNull(join(dir, name))
    stats.set(name, entry)
    return !entry || entry.isFile()
  })
  if (pageNames.length === 0) throw new CorpusError(`no pages in ${dir} (the pages must be files named *.txt, *.html or *.htm)`)
  const pages = (options.select ? options.select(pageNames) : pageNames).map((name): PageSource => {
    const path = join(dir, name)
    const s = stats.get(name)
    return {
      name,
      path,
      stamp: s ? `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}` : null,
      read() {
        try {
          return new Uint8Array(readFileSync(path))
        } catch (error) {
          throw new CorpusError(`cannot read ${path}: ${(error as Error).message}`)
        }
      },
    }
  })
  const sources = async () => {
    if (!names.includes('sources.json')) return undefined
    try {
      return JSON.parse(await readFile(join(dir, 'sources.json'), 'utf8')) as SourcesJson
    } catch (error) {
      throw new CorpusError(`${join(dir, 'sources.json')} is not valid JSON: ${(error as Error).message}`)
    }
  }
  return { pages, sources }
}

function statOrNull(path: string): BigIntStats | null {
  try {
    return statSync(path, { bigint: true })
  } catch {
    return null
  }
}
