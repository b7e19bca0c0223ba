/** Values of form events, typed once here so components stay free of DOM casts. */
export function eventValue(event: Event): string {
  return (event.target as HTMLInputElement | HTMLSelectElement | null)?.value ?? ''
}

export function eventChecked(event: Event): boolean {
  return (event.target as HTMLInputElement | null)?.checked ?? false
}

export function detailsOpen(event: Event): boolean {
  return (event.target as HTMLDetailsElement | null)?.open ?? false
}

export type KeyEvent = Pick<KeyboardEvent, 'key' | 'preventDefault'>
export type FormEvent = Event

/** The element that has focus now, to give it back later (when a panel closes). */
export function focusedElement(): HTMLElement | null {
  const active = typeof document === 'undefined' ? null : document.activeElement
  return active instanceof HTMLElement && active !== document.body ? active : null
}

export function restoreFocus(target: HTMLElement | null): void {
  if (target?.isConnected) target.focus()
}
