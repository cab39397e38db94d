import { OPEN_DOC_COMMAND_PREFIX } from '../../../shared/api/transport.ts'
import { navigate } from '../router.ts'
import { useAppStore } from '../store/index.ts'
import { errorText } from '../components/errorText.ts'
import { runCommand } from './registry.ts'
import { isTextField } from './shortcuts.ts'

// The Electron menu's own names for commands, mapped onto registry ids.
const ALIASES: Record<string, string> = {
  'new-workshop': 'workshop.new',
  'open-workshop': 'workshop.open',
  undo: 'history.undo',
  redo: 'history.redo',
  'projector-open': 'presenter.open'
}

/**
 * A command from the Electron shell (menu item, or a file opened from the OS). The menu's
 * accelerators take Ctrl+Z before the page sees it, so here we decide what undo means: inside a
 * text field it is the field's own undo.
 */
export function runShellCommand(id: string): void {
  if (id.startsWith(OPEN_DOC_COMMAND_PREFIX)) {
    const docId = id.slice(OPEN_DOC_COMMAND_PREFIX.length)
    const { api, pushToast } = useAppStore.getState()
    api
      ?.call('workshop.get', { docId })
      .then((got) => navigate({ name: 'workshop', path: got.path }))
      .catch((e: unknown) => pushToast({ kind: 'error', message: errorText(e) }))
    return
  }
  if ((id === 'undo' || id === 'redo') && isTextField(document.activeElement)) {
    // execCommand is deprecated but remains the only way to reach a field's native undo stack.
    document.execCommand(id)
    return
  }
  runCommand(ALIASES[id] ?? id)
}
