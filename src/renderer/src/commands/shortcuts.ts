import type { Shortcut } from './types.ts'

export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)

function isPlainSymbol(key: string): boolean {
  return key.length === 1 && !/[\p{L}\p{N}]/u.test(key)
}

export function matches(shortcut: Shortcut, event: KeyboardEvent): boolean {
  if (event.key.toLowerCase() !== shortcut.key.toLowerCase()) return false
  const mod = IS_MAC ? event.metaKey : event.ctrlKey
  const otherMod = IS_MAC ? event.ctrlKey : event.metaKey
  if (mod !== Boolean(shortcut.mod) || otherMod) return false
  if (event.altKey !== Boolean(shortcut.alt)) return false
  if (!isPlainSymbol(shortcut.key) && event.shiftKey !== Boolean(shortcut.shift)) return false
  return true
}

/** "Ctrl+Skift+Z" or "⇧⌘Z", in the words of the current language. */
export function formatShortcut(shortcut: Shortcut, words: { shift: string; ctrl: string; alt: string }): string {
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key
  if (IS_MAC) {
    return `${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${shortcut.mod ? '⌘' : ''}${key}`
  }
  return [shortcut.mod ? words.ctrl : null, shortcut.alt ? words.alt : null, shortcut.shift ? words.shift : null, key]
    .filter(Boolean)
    .join('+')
}

/** Where typing belongs to the field: single-key shortcuts must not fire there. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'color', 'range'].includes(target.type)
  }
  return false
}
