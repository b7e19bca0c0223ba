/** Saves text or a data URL as a file through a temporary link; nothing leaves the browser. */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  downloadUrl(url, filename)
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function downloadUrl(url: string, filename: string): void {
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
}

/** File names from metric keys and views: ASCII only, so every system keeps them. */
export function safeFilename(...parts: string[]): string {
  return (
    parts
      .map((p) => p.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, ''))
      .filter(Boolean)
      .join('_') || 'chart'
  )
}
