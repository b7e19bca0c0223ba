import { afterEach, describe, expect, it } from 'vitest'
import { afterFirstPaint } from '../../src/sw/register'

/** Settles to which came first: the promise, or `ms` milliseconds. */
function within<T>(promise: Promise<T>, ms: number): Promise<'resolved' | 'pending'> {
  return Promise.race([promise.then(() => 'resolved' as const), new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms))])
}

describe('the service worker waits for the first view', () => {
  afterEach(() => performance.clearMarks())

  it('registers at once when the first chart is already on screen', async () => {
    performance.mark('nmg:first-chart')
    expect(await within(afterFirstPaint(60_000), 50)).toBe('resolved')
  })

  it('waits while the page is still drawing, and goes on when the first view is marked', async () => {
    const waiting = afterFirstPaint(60_000)
    performance.mark('nmg:data-ready')
    expect(await within(waiting, 50)).toBe('pending')
    performance.mark('nmg:first-view')
    expect(await within(waiting, 400)).toBe('resolved')
  })

  it('registers anyway on a page that never marks a first view (an article, the about page)', async () => {
    expect(await within(afterFirstPaint(30), 300)).toBe('resolved')
  })
})
