import { formatShortcut, getCommand, type Shortcut } from '../../commands/index.ts'
import { useShortcutWords } from '../../components/useShortcutWords.ts'

const ARROWS: Record<string, string> = { ArrowRight: '→', ArrowLeft: '←', ArrowUp: '↑', ArrowDown: '↓' }

/** The first shortcut of a command, as a keycap; arrow keys as arrows. */
export function useShortcutText(): (commandId: string) => string | null {
  const words = useShortcutWords()
  return (commandId) => {
    const shortcut: Shortcut | undefined = getCommand(commandId)?.shortcuts?.[0]
    if (!shortcut) return null
    const arrow = ARROWS[shortcut.key]
    return arrow ? formatShortcut({ ...shortcut, key: 'X' }, words).replace(/X$/, arrow) : formatShortcut(shortcut, words)
  }
}

export function ShortcutHint({ commandId }: { commandId: string }): React.JSX.Element | null {
  const text = useShortcutText()(commandId)
  return text ? (
    <kbd className="kbd" aria-hidden="true">
      {text}
    </kbd>
  ) : null
}
