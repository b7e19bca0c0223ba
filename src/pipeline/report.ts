import type { Dataset } from '../model/index.ts'

/** The per-file report as a plain text table. */
export function reportTable(dataset: Dataset): string {
  const rows = [['file', 'status', 'encoding', 'articles', 'numbers', 'figures', 'set aside', 'by metric / reason']]
  for (const f of dataset.files) {
    const reasons = new Map<string, number>()
    for (const s of f.setAside) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1)
    const metrics = Object.entries(f.figuresByMetric).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')
    const aside = [...reasons].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')
    rows.push([f.file, f.status, f.encoding ?? '-', String(f.articles), String(f.numbersSeen), String(f.figures), aside || '0', f.status === 'ok' ? metrics : f.reason ?? ''])
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)))
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ')).join('\n')
}
