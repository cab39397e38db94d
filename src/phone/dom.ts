// Tiny DOM helpers. Every text goes in through textContent: a note, a question or a cluster title
// is shown as the letters it is, never parsed as markup (issue 8, point 5).

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

export function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text
}

export function show(node: HTMLElement, visible: boolean): void {
  if (node.hidden === !visible) return
  node.hidden = !visible
}

/** Text written by people (notes, the facilitator's question) takes its direction from its own letters. */
export function userText<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = el(tag, className)
  node.setAttribute('dir', 'auto')
  return node
}
