import { dirname, relative, resolve, sep } from 'node:path'

/**
 * Which top-level folder of src/ may import which: imports run one way.
 *
 *   model ← pipeline ← build ← cli      model ← search      model ← series
 *   app → search, series, model         embed → app (the runtime of the embeds reuses the app's charts and URL schema)
 *
 * `model` imports no other folder; `build` (build tools run by Vite and the CLI) may import what it builds.
 * A folder not listed here may import none of the others.
 */
export const ALLOWED = {
  model: [],
  pipeline: ['model'],
  series: ['model'],
  search: ['model'],
  app: ['model', 'search', 'series'],
  embed: ['app', 'model', 'series'],
  sw: [],
  build: ['app', 'embed', 'model', 'pipeline', 'search', 'series', 'sw'],
  cli: ['build', 'model', 'pipeline'],
}

/** The folder of src/ a path lies in, or null outside src/ (tests, config). */
function layerOf(file, srcDir) {
  const rel = relative(srcDir, file)
  if (rel.startsWith('..') || rel === '') return null
  const [first, ...rest] = rel.split(sep)
  return rest.length ? first : null
}

/** @type {import('eslint').Rule.RuleModule} */
export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'imports between the folders of src/ run one way (see ALLOWED)' },
    schema: [],
    messages: {
      forbidden: 'src/{{from}} may not import src/{{to}} ({{source}}): src/{{from}} imports only {{allowed}}.',
    },
  },
  create(context) {
    const file = context.physicalFilename ?? context.filename
    const srcDir = resolve(context.cwd, 'src')
    const from = layerOf(file, srcDir)
    if (!from) return {}
    const allowed = ALLOWED[from] ?? []
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const to = layerOf(resolve(dirname(file), source), srcDir)
      if (!to || to === from || allowed.includes(to)) return
      context.report({ node, messageId: 'forbidden', data: { from, to, source, allowed: allowed.length ? allowed.map((l) => `src/${l}`).join(', ') : 'no other folder' } })
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    }
  },
}

export default { rules: { boundaries } }
