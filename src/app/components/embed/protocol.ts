/**
 * The messages between an embed iframe and the page that hosts it. Both sides check every message's shape and
 * ignore anything else: a host page carries other frames, extensions and its own scripts that post messages too.
 *
 * The dashboard's embed builder is such a host (its live preview), so the protocol lives here, in the app; the
 * embed runtime (src/embed: the frame and the loader) imports it from here, since imports run embed → app.
 */

/** Sent by the embed to its parent whenever its content changes height. */
export const HEIGHT_MESSAGE = 'nmg-embed:height'
/** Sent by the loader to an embed that may have reported its height before the loader was listening. */
export const PING_MESSAGE = 'nmg-embed:ping'

/** Heights outside this range are not an embed's content: the loader ignores them. */
export const MAX_REPORTED_HEIGHT = 10_000

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE
  id: string | null
  height: number
}

export interface PingMessage {
  type: typeof PING_MESSAGE
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function heightMessage(id: string | null, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, id, height: Math.ceil(height) }
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  return (
    isRecord(data) &&
    data.type === HEIGHT_MESSAGE &&
    (data.id === null || typeof data.id === 'string') &&
    typeof data.height === 'number' &&
    Number.isFinite(data.height) &&
    data.height >= 0 &&
    data.height <= MAX_REPORTED_HEIGHT
  )
}

export function isPingMessage(data: unknown): data is PingMessage {
  return isRecord(data) && data.type === PING_MESSAGE
}
