import { readFile } from 'node:fs/promises'
import { CorpusError, listCorpusDir } from '../build/corpus.ts'
import { extractPages } from '../build/extractPages.ts'
import { previousPages, replaceable, writeDatasetFile } from '../build/outputIndex.ts'
import { cacheFromEnv, codeDirFromEnv } from '../build/pageCache.ts'
import { pipelineVersion } from '../build/pipelineVersion.ts'
import { manifestName, previousShardPages, writeShardDir } from '../build/shardDir.ts'
import { finish, run, writeDataset } from './output.ts'

const USAGE =
  'usage: npm run extract -- <input-dir> [--out <file.json> | --out-dir <folder>] [--jobs N] [--shard i/n | --files <list>] [--no-cache] [--report] [--strict]'

interface Args {
  input: string
  out: string | null
  outDir: string | null
  jobs: number | 'auto'
  shard: { i: number; n: number } | null
  files: string | null
  cache: boolean
  report: boolean
  strict: boolean
}

function parseArgs(argv: string[]): Args {
  const args: Args = { input: '', out: null, outDir: null, jobs: 'auto', shard: null, files: null, cache: true, report: false, strict: false }
  const value = (i: number, name: string) => {
    const v = argv[i]
    if (v === undefined || v === '') throw new CorpusError(`${name} needs a value\n${USAGE}`)
    return v
  }
  for (let i = 0; i < argv.length; i++) {
    const [a, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], null]
    const take = () => (inline !== null ? value(0, a) && inline : value(++i, a))
    if (a === '--out') args.out = take()
    else if (a === '--out-dir') args.outDir = take()
    else if (a === '--jobs') {
      const v = take()
      if (!/^[1-9]\d*$/.test(v)) throw new CorpusError(`--jobs needs a whole number of at least 1, not ${v}\n${USAGE}`)
      args.jobs = Number(v)
    } else if (a === '--shard') {
      const v = take()
      const m = /^(\d+)\/(\d+)$/.exec(v)
      if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new CorpusError(`--shard needs i/n with 1 <= i <= n (such as 1/4), not ${v}\n${USAGE}`)
      args.shard = { i: Number(m[1]), n: Number(m[2]) }
    } else if (a === '--files') args.files = take()
    else if (a === '--no-cache') args.cache = false
    else if (a === '--report') args.report = true
    else if (a === '--strict') args.strict = true
    else if (a.startsWith('--')) throw new CorpusError(`unknown option ${a}\n${USAGE}`)
    else if (!args.input) args.input = a
    else throw new CorpusError(`unexpected argument ${a}\n${USAGE}`)
  }
  if (!args.input) throw new CorpusError(`missing <input-dir>\n${USAGE}`)
  if (args.out !== null && args.outDir !== null) throw new CorpusError(`--out and --out-dir: choose one\n${USAGE}`)
  if (args.shard && args.files) throw new CorpusError(`--shard and --files: choose one\n${USAGE}`)
  return args
}

/** The page names of a `--files` list: one a line, relative to the input folder; `-` reads them from stdin. */
async function readList(path: string): Promise<string[]> {
  let text: string
  try {
    if (path === '-') {
      text = ''
      for await (const chunk of process.stdin) text += String(chunk)
    } else {
      text = await readFile(path, 'utf8')
    }
  } catch (error) {
    throw new CorpusError(`cannot read the --files list ${path}: ${(error as Error).message}`)
  }
  return [...new Set(text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== ''))]
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2))
  const listed = args.files === null ? null : await readList(args.files)
  const corpus = await listCorpusDir(args.input, {
    select: (names) => {
      if (args.shard) return names.filter((_, k) => k % args.shard!.n === args.shard!.i - 1)
      if (!listed) return names
      const known = new Set(names)
      const unknown = listed.filter((n) => !known.has(n))
      if (unknown.length > 0) throw new CorpusError(`not pages of ${args.input}: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` (+${unknown.length - 5} more)` : ''}`)
      return names.filter((n) => listed.includes(n))
    },
  })
  const version = pipelineVersion()
  const cache = args.cache ? cacheFromEnv(version, (m) => console.error(m)) : null
  // A file written with the cache on keeps an index in it, so the next run copies unchanged pages from that file.
  const indexed = cache !== null && args.out !== null && !args.report && replaceable(args.out) ? args.out : null
  const shard = args.shard ? `${args.shard.i}/${args.shard.n}` : null
  // A folder keeps its own index in its manifest: unchanged pages stay where they are, unread and unwritten.
  const previous =
    indexed !== null
      ? previousPages(cache!.getOutputIndex(indexed), indexed)
      : cache !== null && args.outDir !== null && !args.report
        ? previousShardPages(args.outDir, manifestName({ shard }))
        : null
  const result = await extractPages(corpus.pages, { sources: await corpus.sources(), jobs: args.jobs, cache, version, previous, codeDir: codeDirFromEnv() })
  for (const record of result.records) for (const note of record.notes) console.error(note)
  console.error(
    `${result.extracted} page(s) extracted` +
      (result.extracted > 0 ? ` (${result.workers} ${result.workers === 1 ? 'thread' : 'worker threads'})` : '') +
      (cache ? `, ${result.cached} from the cache (${cache.dir})` : ''),
  )
  if (args.outDir !== null) {
    await writeShardDir(args.outDir, result.records, { shard, version, fields: result.fields, files: result.records.map((r) => r.file) })
  } else if (indexed !== null) {
    await cache!.setOutputIndex(indexed, writeDatasetFile(result.records, result.fields, indexed))
  } else {
    await writeDataset(result.records, result.fields, args.out)
  }
  return finish(result.records, result.fields, { out: args.outDir ?? args.out, report: args.report, strict: args.strict })
}

run('extract', main)
