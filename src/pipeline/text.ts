/**
 * A piece of text together with where each of its UTF-16 code units came from in the decoded file.
 * Stages work on `text` (normalized, column breaks joined) and report positions through `origin`,
 * so every figure keeps an exact offset into the file it was read from.
 */
export interface TextView {
  text: string
  /** origin[i] is the offset in the decoded file text of text[i]; origin.length === text.length. */
  origin: Int32Array
}

/** Offset in the decoded file of position `i` of a view; `i === text.length` maps just past the last unit. */
export function originOf(view: TextView, i: number): number {
  if (i < view.text.length) return view.origin[i]
  return view.text.length === 0 ? 0 : view.origin[view.text.length - 1] + 1
}
