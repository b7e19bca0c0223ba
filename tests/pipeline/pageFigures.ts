import type { Figure } from '../../src/model'
import { extractPage } from '../../src/pipeline/dataset'

/** The figures of one invented page (its first line the title), published on `date`. */
export function figures(text: string, date = '2012-08-01'): Figure[] {
  return extractPage('x.txt', text, { date }).figures
}

/** A figure's period as `start..end` (null where open). */
export const span = (f: Figure) => `${f.period.start}..${f.period.end}`

/** The first figure of this value. */
export const byValue = (found: Figure[], value: number) => found.find((f) => f.value === value)!
