import { formatShortcut, getCommand } from '../commands/index.ts'
import { useTranslation } from '../i18n/index.ts'
import { useAppStore } from '../store/index.ts'
import { useShortcutWords } from './useShortcutWords.ts'

/** Opens the command palette; shows its shortcut so the keyboard route is discoverable. */
export function PaletteButton(): React.JSX.Element {
  const { t } = useTranslation()
  const setPaletteOpen = useAppStore((s) => s.setPaletteOpen)
  const words = useShortcutWords()
  const shortcut = getCommand('app.palette')?.shortcuts?.[0]
  return (
    <button type="button" className="button button--quiet" onClick={() => setPaletteOpen(true)} aria-haspopup="dialog">
      {t('commands.open')}
      {shortcut && <kbd className="kbd">{formatShortcut(shortcut, words)}</kbd>}
    </button>
  )
}
