import { once } from 'node:events'
import { open } from 'node:fs/promises'
import { CorpusError, readCorpusDir } from '../build/corpus'
import type { Dataset } from '../model'
import { extractCorpus } from '../pipeline/dataset'
import { reportTable } from '../pipeline/report'

const USAGE = 'usage: npm run extract -- <input-dir> --out <file.json> [--report] [--strict]'

interface Args {
  input: string
  out: string | null
  report: boolean
  strict: boolean
}

function parseArgs(argv: string[]): Args {
  const args: Args = { input: '', out: null, report: false, strict: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--out') args.out = argv[++i] ?? ''
    else if (a.startsWith('--out=')) args.out = a.slice(6)
    else if (a === '--report') args.report = true
    else if (a === '--strict') args.strict = true
    else if (a.startsWith('--')) throw new CorpusError(`unknown option ${a}\n${USAGE}`)
    else if (!args.input) args.input = a
    else throw new CorpusError(`unexpected argument ${a}\n${USAGE}`)
  }
  if (!args.input) throw new CorpusError(`missing <input-dir>\n${USAGE}`)
  if (args.out === '') throw new CorpusError(`--out needs a file name\n${USAGE}`)
  return args
}

/**
 * The text JSON.stringify(dataset, null, 1) gives, in pieces of one array item each: the JSON of a 100 MB
 * corpus is close to 500 MB, over V8's longest string, and would triple the memory the extraction needs.
 */
function* datasetJsonChunks(dataset: Dataset): Generator<string> {
  const entries = Object.entries(dataset)
  yield '{\n'
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k]
    const comma = k < entries.length - 1 ? ',' : ''
    if (Array.isArray(value) && value.length > 0) {
      yield ` ${JSON.stringify(key)}: [\n`
      // JSON strings never hold a raw line break, so re-indenting by replacing \n is exact.
      for (let i = 0; i < value.length; i++) yield `  ${JSON.stringify(value[i], null, 1).replace(/\n/g, '\n  ')}${i < value.length - 1 ? ',' : ''}\n`
      yield ` ]${comma}\n`
    } else {
      yield ` ${JSON.stringify(key)}: ${JSON.stringify(value, null, 1).replace(/\n/g, '\n ')}${comma}\n`
    }
  }
  yield '}\n'
}

async function writeDatasetJson(dataset: Dataset, out: string | null): Promise<void> {
  const file = out ? await open(out, 'w') : null
  try {
    let pending = ''
    const flush = async () => {
      if (file) await file.write(pending)
      else if (!process.stdout.write(pending)) await once(process.stdout, 'drain')
      pending = ''
    }
    for (const chunk of datasetJsonChunks(dataset)) {
      pending += chunk
      if (pending.length >= 1 << 20) await flush()
    }
    await flush()
  } finally {
    await file?.close()
  }
}

async function main(): Promise<number> {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of the extraction.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
  const args = parseArgs(process.argv.slice(2))
  const corpus = await readCorpusDir(args.input)
  const dataset = extractCorpus(corpus.files, { sources: corpus.sources, log: (m) => console.error(m) })
  await writeDatasetJson(dataset, args.out)
  const skipped = dataset.files.filter((f) => f.status === 'skipped')
  console.error(
    `${dataset.files.length} files (${skipped.length} skipped), ${dataset.articles.length} articles, ${dataset.figures.length} figures` +
      (args.out ? ` -> ${args.out}` : ''),
  )
  if (args.report) console.error(reportTable(dataset))
  if (args.strict && skipped.length > 0) {
    console.error(`--strict: ${skipped.length} file(s) skipped: ${skipped.map((f) => f.file).join(', ')}`)
    return 2
  }
  return 0
}

// exitCode, not process.exit(): exiting at once cuts JSON written to a pipe at 64 KB.
main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(`extract: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  },
)
