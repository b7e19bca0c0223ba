import { isHeightMessage, PING_MESSAGE } from './protocol.ts'

/** How a host page marks its embed iframes; the attribute's value, when set, is the embed's id. */
export const FRAME_ATTRIBUTE = 'data-nmg-embed'
export const FRAME_SELECTOR = `iframe[${FRAME_ATTRIBUTE}]`

export interface EmbedFrame {
  readonly contentWindow: unknown
  readonly src: string
  getAttribute(name: string): string | null
}

export interface IncomingMessage {
  readonly data: unknown
  readonly origin: string
  readonly source: unknown
}

function originOf(src: string, base: string): string | null {
  try {
    return new URL(src, base).origin
  } catch {
    return null
  }
}

/**
 * The frame a height message is about, and the height to give it, or null when the message is not an embed's:
 * wrong shape, sent by a window that is none of our frames, from another origin than the frame's page (it
 * navigated away), or naming another id.
 */
export function heightFor<F extends EmbedFrame>(frames: Iterable<F>, message: IncomingMessage, base: string): { frame: F; height: number } | null {
  if (!isHeightMessage(message.data)) return null
  for (const frame of frames) {
    if (frame.contentWindow !== message.source || message.source === null) continue
    if (originOf(frame.src, base) !== message.origin) return null
    const id = frame.getAttribute(FRAME_ATTRIBUTE)
    if (id && message.data.id !== null && id !== message.data.id) return null
    return { frame, height: message.data.height }
  }
  return null
}

/** Asks an embed to report its height again (it may have done so before the loader was listening). */
export function pingFrame(frame: HTMLIFrameElement, base: string): void {
  const origin = originOf(frame.src, base)
  if (origin && origin !== 'null') frame.contentWindow?.postMessage({ type: PING_MESSAGE }, origin)
}
