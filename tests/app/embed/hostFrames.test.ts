import { describe, expect, it } from 'vitest'
import { FRAME_ATTRIBUTE, heightFor, type EmbedFrame } from '../../../src/app/components/embed/hostFrames'
import { heightMessage, isHeightMessage, isPingMessage } from '../../../src/app/components/embed/protocol'

const BASE = 'https://host.example/page.html'

function frame(src: string, id: string | null = null): EmbedFrame & { contentWindow: object } {
  const contentWindow = {}
  return { contentWindow, src, getAttribute: (name) => (name === FRAME_ATTRIBUTE ? id : null) }
}

describe('height messages', () => {
  it('accept only the documented shape', () => {
    expect(isHeightMessage(heightMessage('a', 311.2))).toBe(true)
    expect(heightMessage('a', 311.2).height).toBe(312)
    expect(isHeightMessage({ type: 'nmg-embed:height', id: null, height: 10 })).toBe(true)
    for (const bad of [null, 'nmg-embed:height', { type: 'other', id: 'a', height: 10 }, { type: 'nmg-embed:height', id: 1, height: 10 },
      { type: 'nmg-embed:height', id: 'a', height: -1 }, { type: 'nmg-embed:height', id: 'a', height: Infinity }, { type: 'nmg-embed:height', id: 'a', height: 1e6 },
      { type: 'nmg-embed:height', id: 'a', height: '10' }]) {
      expect(isHeightMessage(bad)).toBe(false)
    }
    expect(isPingMessage({ type: 'nmg-embed:ping' })).toBe(true)
    expect(isPingMessage({ type: 'nmg-embed:height' })).toBe(false)
  })
})

describe('the loader', () => {
  const a = frame('https://dash.example/site/embed.html#/chart?metric=gdp', 'gdp')
  const b = frame('https://dash.example/site/embed.html#/chart?metric=funding')
  const message = (source: unknown, data: unknown, origin = 'https://dash.example') => ({ source, data, origin })

  it('sizes the frame whose window sent the message', () => {
    expect(heightFor([a, b], message(b.contentWindow, heightMessage(null, 420)), BASE)).toEqual({ frame: b, height: 420 })
    expect(heightFor([a, b], message(a.contentWindow, heightMessage('gdp', 300)), BASE)).toEqual({ frame: a, height: 300 })
  })

  it('ignores messages from other windows, other origins, other ids and other shapes', () => {
    expect(heightFor([a, b], message({}, heightMessage(null, 420)), BASE)).toBeNull()
    expect(heightFor([a, b], message(null, heightMessage(null, 420)), BASE)).toBeNull()
    expect(heightFor([a, b], message(a.contentWindow, heightMessage('gdp', 420), 'https://evil.example'), BASE)).toBeNull()
    expect(heightFor([a, b], message(a.contentWindow, heightMessage('other', 420)), BASE)).toBeNull()
    expect(heightFor([a, b], message(a.contentWindow, { type: 'resize', height: 420 }), BASE)).toBeNull()
  })

  it('resolves a relative iframe src against the host page', () => {
    const local = frame('embed.html#/chart')
    expect(heightFor([local], message(local.contentWindow, heightMessage(null, 200), 'https://host.example'), BASE)?.height).toBe(200)
  })
})
