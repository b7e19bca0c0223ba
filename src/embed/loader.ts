/**
 * The optional loader a host page includes next to its embed iframes (dist/embed/loader.js): it sets each
 * iframe's height to the height its content reports. Without it an iframe keeps the height it was given.
 */
import { FRAME_SELECTOR, heightFor, pingFrame } from '../app/components/embed/hostFrames.ts'

const INSTALLED = '__nmgEmbedLoader'

function frames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll<HTMLIFrameElement>(FRAME_SELECTOR)]
}

function install(): void {
  const flags = window as unknown as Record<string, boolean>
  if (flags[INSTALLED]) return
  flags[INSTALLED] = true
  window.addEventListener('message', (event) => {
    const match = heightFor(frames(), event, document.baseURI)
    if (match) match.frame.style.height = `${match.height}px`
  })
  // Frames that loaded before this script: ask them again. Later ones report on their own.
  const pingAll = () => frames().forEach((f) => pingFrame(f, document.baseURI))
  pingAll()
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', pingAll, { once: true })
}

install()
