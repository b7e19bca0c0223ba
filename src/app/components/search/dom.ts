/** DOM helpers for the search box, typed here so the components stay free of DOM casts. */
export type InputElement = HTMLInputElement
export type BoxElement = HTMLElement
export type KeyEvent = KeyboardEvent
export type ClickEvent = MouseEvent
export type AnyEvent = Event

export function isComposing(event: Event): boolean {
  return (event as InputEvent).isComposing === true
}

export function inputValue(event: Event): string {
  return (event.target as HTMLInputElement | null)?.value ?? ''
}

/** A click the browser should handle itself: open in a new tab or window. */
export function wantsNewTab(event: MouseEvent): boolean {
  return event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1
}

export function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}

/** Whether focus or a click went to something inside `root`. */
export function inside(root: HTMLElement | null, target: EventTarget | null): boolean {
  return !!root && !!target && root.contains(target as Node)
}

export function relatedTarget(event: Event): EventTarget | null {
  return (event as FocusEvent).relatedTarget
}

export function scrollIntoViewById(id: string): void {
  document.getElementById(id)?.scrollIntoView({ block: 'nearest' })
}
